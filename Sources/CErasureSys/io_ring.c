// A minimal io_uring for the erasure's reads and writes, through the raw system calls (no liburing):
// only what a pass needs, which is to keep several O_DIRECT transfers of whole chunks in flight from
// one thread, on buffers registered once so that the kernel does not pin their pages again for every
// request. See Sources/Erasure/IO/RingEngine.swift for how it is driven and docs/erasure/throughput.md
// for the measurements that chose it.
#define _GNU_SOURCE
#include "CErasureSys.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/io_uring.h>

struct refurb_ring {
    int fd;
    unsigned features;
    unsigned sq_entries;
    // Submission queue: the kernel reads sqes[array[head & mask]] up to tail.
    unsigned *sq_head, *sq_tail, *sq_mask, *sq_array;
    struct io_uring_sqe *sqes;
    unsigned sq_local_tail;  // entries prepared but not yet published to the kernel
    // Completion queue: we read cqes[head & mask] up to tail.
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_cqe *cqes;
    void *sq_map, *cq_map;
    size_t sq_map_size, cq_map_size, sqes_size;
};

static int sys_setup(unsigned entries, struct io_uring_params *params) {
    return (int)syscall(__NR_io_uring_setup, entries, params);
}

static int sys_enter(int fd, unsigned to_submit, unsigned min_complete, unsigned flags) {
    return (int)syscall(__NR_io_uring_enter, fd, to_submit, min_complete, flags, NULL, 0);
}

static int sys_register(int fd, unsigned opcode, const void *arg, unsigned count) {
    return (int)syscall(__NR_io_uring_register, fd, opcode, arg, count);
}

int refurb_ring_create(unsigned entries, refurb_ring **out) {
    *out = NULL;
    struct io_uring_params params;
    memset(&params, 0, sizeof params);
    int fd = sys_setup(entries, &params);
    // ENOSYS (old kernel, seccomp), EPERM (kernel.io_uring_disabled, a container's policy), ENOMEM…
    if (fd < 0) return -errno;

    // IORING_OP_READ/WRITE and IOSQE_ASYNC came with Linux 5.6, as did this feature bit: an older
    // kernel's ring would fail every request, so it is refused here and the pass uses threads.
    if ((params.features & IORING_FEAT_RW_CUR_POS) == 0) { close(fd); return -ENOSYS; }

    refurb_ring *ring = calloc(1, sizeof *ring);
    if (ring == NULL) { close(fd); return -ENOMEM; }
    ring->fd = fd;
    ring->features = params.features;
    ring->sq_entries = params.sq_entries;

    ring->sq_map_size = params.sq_off.array + params.sq_entries * sizeof(unsigned);
    ring->cq_map_size = params.cq_off.cqes + params.cq_entries * sizeof(struct io_uring_cqe);
    int single = (params.features & IORING_FEAT_SINGLE_MMAP) != 0;
    if (single && ring->cq_map_size > ring->sq_map_size) ring->sq_map_size = ring->cq_map_size;
    ring->sq_map = mmap(NULL, ring->sq_map_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQ_RING);
    if (ring->sq_map == MAP_FAILED) { int e = errno; close(fd); free(ring); return -e; }
    if (single) {
        ring->cq_map = ring->sq_map;
    } else {
        ring->cq_map = mmap(NULL, ring->cq_map_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_CQ_RING);
        if (ring->cq_map == MAP_FAILED) { int e = errno; munmap(ring->sq_map, ring->sq_map_size); close(fd); free(ring); return -e; }
    }
    ring->sqes_size = params.sq_entries * sizeof(struct io_uring_sqe);
    ring->sqes = mmap(NULL, ring->sqes_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQES);
    if (ring->sqes == MAP_FAILED) {
        int e = errno;
        if (!single) munmap(ring->cq_map, ring->cq_map_size);
        munmap(ring->sq_map, ring->sq_map_size);
        close(fd);
        free(ring);
        return -e;
    }
    char *sq = ring->sq_map, *cq = ring->cq_map;
    ring->sq_head = (unsigned *)(sq + params.sq_off.head);
    ring->sq_tail = (unsigned *)(sq + params.sq_off.tail);
    ring->sq_mask = (unsigned *)(sq + params.sq_off.ring_mask);
    ring->sq_array = (unsigned *)(sq + params.sq_off.array);
    ring->cq_head = (unsigned *)(cq + params.cq_off.head);
    ring->cq_tail = (unsigned *)(cq + params.cq_off.tail);
    ring->cq_mask = (unsigned *)(cq + params.cq_off.ring_mask);
    ring->cqes = (struct io_uring_cqe *)(cq + params.cq_off.cqes);
    ring->sq_local_tail = *ring->sq_tail;
    *out = ring;
    return 0;
}

unsigned refurb_ring_entries(const refurb_ring *ring) { return ring->sq_entries; }

int refurb_ring_register_buffers(refurb_ring *ring, void *const *bases, const size_t *lengths, unsigned count) {
    struct iovec *vectors = calloc(count, sizeof *vectors);
    if (vectors == NULL) return -ENOMEM;
    for (unsigned i = 0; i < count; i++) {
        vectors[i].iov_base = bases[i];
        vectors[i].iov_len = lengths[i];
    }
    int result = sys_register(ring->fd, IORING_REGISTER_BUFFERS, vectors, count);
    int error = result < 0 ? -errno : 0;
    free(vectors);
    return error;
}

int refurb_ring_prepare(refurb_ring *ring, int is_write, int fd, void *buffer, unsigned length, uint64_t offset,
                        int buffer_index, uint64_t user_data) {
    unsigned head = atomic_load_explicit((_Atomic unsigned *)ring->sq_head, memory_order_acquire);
    if (ring->sq_local_tail - head >= ring->sq_entries) return -EBUSY;
    unsigned index = ring->sq_local_tail & *ring->sq_mask;
    struct io_uring_sqe *sqe = &ring->sqes[index];
    memset(sqe, 0, sizeof *sqe);
    if (buffer_index >= 0) {
        sqe->opcode = is_write ? IORING_OP_WRITE_FIXED : IORING_OP_READ_FIXED;
        sqe->buf_index = (unsigned short)buffer_index;
    } else {
        sqe->opcode = is_write ? IORING_OP_WRITE : IORING_OP_READ;
    }
    // Straight to the ring's worker threads (IOSQE_ASYNC) rather than first trying to submit without
    // blocking from this thread: a chunk is larger than a request the disk takes in one piece, and a
    // nonblocking attempt at a bio that must be split gives up (EAGAIN) after the block layer has charged
    // it to the cgroup's I/O throttle, so that each chunk was charged twice and a throttled disk ran at
    // half its limit (measured with fio: 760 MB/s under a 1500 MB/s io limit, 1505 MB/s with IOSQE_ASYNC).
    sqe->flags = IOSQE_ASYNC;
    sqe->fd = fd;
    sqe->addr = (uint64_t)(uintptr_t)buffer;
    sqe->len = length;
    sqe->off = offset;
    sqe->user_data = user_data;
    ring->sq_array[index] = index;
    ring->sq_local_tail++;
    return 0;
}

int refurb_ring_submit(refurb_ring *ring) {
    unsigned tail = ring->sq_local_tail;
    atomic_store_explicit((_Atomic unsigned *)ring->sq_tail, tail, memory_order_release);
    unsigned head = atomic_load_explicit((_Atomic unsigned *)ring->sq_head, memory_order_acquire);
    unsigned pending = tail - head;
    int submitted = 0;
    while (pending > 0) {
        int result = sys_enter(ring->fd, pending, 0, 0);
        if (result < 0) {
            if (errno == EINTR) continue;
            // EAGAIN/EBUSY: the kernel has no room right now; what was taken is in flight, the rest
            // stays queued in the ring and goes with the next submission.
            if ((errno == EAGAIN || errno == EBUSY) && submitted > 0) break;
            return -errno;
        }
        if (result == 0) break;
        submitted += result;
        pending -= (unsigned)result;
    }
    return submitted;
}

int refurb_ring_wait(refurb_ring *ring, refurb_ring_completion *out, unsigned capacity) {
    for (;;) {
        unsigned head = *ring->cq_head;
        unsigned tail = atomic_load_explicit((_Atomic unsigned *)ring->cq_tail, memory_order_acquire);
        if (head != tail) {
            unsigned count = 0;
            while (head != tail && count < capacity) {
                struct io_uring_cqe *cqe = &ring->cqes[head & *ring->cq_mask];
                out[count].user_data = cqe->user_data;
                out[count].result = cqe->res;
                count++;
                head++;
            }
            atomic_store_explicit((_Atomic unsigned *)ring->cq_head, head, memory_order_release);
            return (int)count;
        }
        // Entries a submission left queued (the kernel said EAGAIN) go with this call.
        unsigned published = atomic_load_explicit((_Atomic unsigned *)ring->sq_tail, memory_order_acquire);
        unsigned pending = published - atomic_load_explicit((_Atomic unsigned *)ring->sq_head, memory_order_acquire);
        int result = sys_enter(ring->fd, pending, 1, IORING_ENTER_GETEVENTS);
        if (result < 0 && errno != EINTR && errno != EAGAIN && errno != EBUSY) return -errno;
    }
}

void refurb_ring_destroy(refurb_ring *ring) {
    if (ring == NULL) return;
    munmap(ring->sqes, ring->sqes_size);
    if (ring->cq_map != ring->sq_map) munmap(ring->cq_map, ring->cq_map_size);
    munmap(ring->sq_map, ring->sq_map_size);
    close(ring->fd);
    free(ring);
}
