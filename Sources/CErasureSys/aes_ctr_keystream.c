// AES-256-CTR keystream through OpenSSL's EVP interface, written straight into the caller's
// O_DIRECT buffer. swift-crypto's AES-CTR returns a freshly allocated Data that then has to be copied;
// generating in place costs about a third as much CPU, which decides whether a random pass keeps up
// with a fast disk on a small machine.
#include "CErasureSys.h"

#include <limits.h>
#include <string.h>
#include <openssl/evp.h>

int refurb_aes256ctr_keystream(const uint8_t key[32], const uint8_t counter[16], uint8_t *out, size_t length) {
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    if (context == NULL) return 0;
    int ok = EVP_EncryptInit_ex(context, EVP_aes_256_ctr(), NULL, key, counter) == 1;
    memset(out, 0, length);
    size_t done = 0;
    while (ok && done < length) {
        size_t step = length - done;
        if (step > (size_t)INT_MAX / 2) step = (size_t)INT_MAX / 2;
        int written = 0;
        ok = EVP_EncryptUpdate(context, out + done, &written, out + done, (int)step) == 1 && (size_t)written == step;
        done += step;
    }
    EVP_CIPHER_CTX_free(context);
    return ok;
}
