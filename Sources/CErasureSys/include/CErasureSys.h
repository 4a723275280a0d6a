#ifndef REFURB_CERASURESYS_H
#define REFURB_CERASURESYS_H

#include <stddef.h>
#include <stdint.h>

/// Writes `length` bytes of AES-256-CTR keystream into `out`, starting at the 128-bit big-endian
/// counter block `counter` (the keystream is the encryption of zeros, generated in place).
/// Returns 1 on success, 0 if the cipher could not be set up.
int refurb_aes256ctr_keystream(const uint8_t key[32], const uint8_t counter[16], uint8_t *out, size_t length);

#endif
