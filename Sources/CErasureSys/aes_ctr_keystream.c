// AES-256-CTR keystream through OpenSSL's EVP interface, written straight into the caller's
// O_DIRECT buffer. swift-crypto's AES-CTR returns a freshly allocated Data that then has to be copied;
// generating in place costs about a third as much CPU, which decides whether a random pass keeps up
// with a fast disk on a small machine.
#include "CErasureSys.h"

#include <pthread.h>
#include <string.h>
#include <openssl/evp.h>

// The keystream is the encryption of zeros. It is encrypted from this small, read-only block of
// zeros, slice by slice, instead of clearing the output first and encrypting it in place: clearing
// 4 MiB is a whole extra pass over memory, whose bandwidth the disk transfers need too. This block
// stays in the core's cache, so only the output is written to memory, once.
static const uint8_t zeros[64 * 1024];

// OpenSSL 3 looks the cipher up in its provider registry, under a lock, every time EVP_aes_256_ctr()
// is passed to an init: a tenth of the cost of a 64 KiB slice, which is what verification regenerates
// at a time. The cipher is fetched once and shared (fetched ciphers are safe to use from every thread).
static const EVP_CIPHER *cipher;
static pthread_once_t cipher_once = PTHREAD_ONCE_INIT;

static void fetch_cipher(void) {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    cipher = EVP_CIPHER_fetch(NULL, "AES-256-CTR", NULL);
#endif
    if (cipher == NULL) cipher = EVP_aes_256_ctr();
}

int refurb_aes256ctr_keystream(const uint8_t key[32], const uint8_t counter[16], uint8_t *out, size_t length) {
    pthread_once(&cipher_once, fetch_cipher);
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    if (context == NULL) return 0;
    int ok = EVP_EncryptInit_ex(context, cipher, NULL, key, counter) == 1;
    size_t done = 0;
    while (ok && done < length) {
        size_t step = length - done;
        if (step > sizeof zeros) step = sizeof zeros;
        int written = 0;
        ok = EVP_EncryptUpdate(context, out + done, &written, zeros, (int)step) == 1 && (size_t)written == step;
        done += step;
    }
    EVP_CIPHER_CTX_free(context);
    return ok;
}
