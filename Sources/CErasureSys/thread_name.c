// Names the calling thread for the kernel (what top -H, perf and /proc/<pid>/task/*/comm show).
// pthread_setname_np is a GNU extension that Swift's Glibc module does not export.
#define _GNU_SOURCE
#include "CErasureSys.h"

#include <pthread.h>
#include <string.h>

void refurb_name_this_thread(const char *name) {
    char truncated[16];
    strncpy(truncated, name, sizeof truncated - 1);
    truncated[sizeof truncated - 1] = '\0';
    pthread_setname_np(pthread_self(), truncated);
}
