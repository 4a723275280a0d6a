#include <sys/vfs.h>

#include "CErasureSys.h"

long refurb_filesystem_magic(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    return (long)info.f_type;
}
