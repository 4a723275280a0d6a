#ifndef REFURB_CERASURESYS_H
#define REFURB_CERASURESYS_H

#include <stddef.h>
#include <stdint.h>

/// Writes `length` bytes of AES-256-CTR keystream into `out`, starting at the 128-bit big-endian
/// counter block `counter` (the keystream is the encryption of zeros, generated in place).
/// Returns 1 on success, 0 if the cipher could not be set up.
int refurb_aes256ctr_keystream(const uint8_t key[32], const uint8_t counter[16], uint8_t *out, size_t length);

/// The filesystem type's magic number (statfs's f_type: 0x01021994 for tmpfs) of the filesystem holding `path`,
/// or -1 with errno set. Swift's Glibc module does not include <sys/vfs.h>.
long refurb_filesystem_magic(const char *path);

/// Names the calling thread (the kernel keeps the first 15 bytes).
void refurb_name_this_thread(const char *name);

/// A small io_uring (raw system calls) for keeping several O_DIRECT reads or writes in flight from one
/// thread. Functions returning int give 0 (or a count) on success and a negative errno on failure.
/// `prepare` may be called from one thread at a time (the caller holds a lock), `wait` from one thread.
typedef struct refurb_ring refurb_ring;

typedef struct {
    uint64_t user_data;
    /// Bytes transferred, or a negative errno.
    int32_t result;
} refurb_ring_completion;

/// -ENOSYS on kernels without io_uring (or older than 5.6) or under a seccomp filter, -EPERM where
/// kernel.io_uring_disabled (or a container's policy) refuses it.
int refurb_ring_create(unsigned entries, refurb_ring **out);
unsigned refurb_ring_entries(const refurb_ring *ring);
/// Registers buffers once, so that the kernel pins their pages once rather than per request.
int refurb_ring_register_buffers(refurb_ring *ring, void *const *bases, const size_t *lengths, unsigned count);
/// Queues one read or write; `buffer_index` is a registered buffer's index, or -1. -EBUSY when the
/// submission queue is full.
int refurb_ring_prepare(refurb_ring *ring, int is_write, int fd, void *buffer, unsigned length, uint64_t offset,
                        int buffer_index, uint64_t user_data);
/// Hands the queued requests to the kernel; returns how many it took (those it could not take yet go
/// with the next submit or wait).
int refurb_ring_submit(refurb_ring *ring);
/// Waits for at least one completion and copies up to `capacity` of them; returns their count.
int refurb_ring_wait(refurb_ring *ring, refurb_ring_completion *out, unsigned capacity);
void refurb_ring_destroy(refurb_ring *ring);

#endif
