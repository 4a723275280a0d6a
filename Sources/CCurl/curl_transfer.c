#include "CCurl.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

// Only the types and constants of <curl/curl.h> are used: every function is reached through these pointers, so
// that nothing here makes the linker ask for libcurl.
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *curl);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
    void (*slist_free_all)(struct curl_slist *list);
    const char *(*easy_strerror)(CURLcode code);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[512];

static void load_libcurl(void) {
    // libcurl4 (OpenSSL) first, as Debian installs it; the bare name for a hand-built one; GnuTLS as a last resort.
    static const char *const names[] = {"libcurl.so.4", "libcurl.so", "libcurl-gnutls.so.4"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL && i == 0) {
            // The first name's failure is the one that tells what to install.
            const char *reason = dlerror();
            snprintf(load_error, sizeof load_error, "%s", reason ? reason : names[0]);
        }
    }
    if (library == NULL) return;

#define RESOLVE(field, symbol)                                                         \
    do {                                                                               \
        curl.field = (__typeof__(curl.field))dlsym(library, symbol);                   \
        if (curl.field == NULL) {                                                      \
            const char *reason = dlerror();                                            \
            snprintf(load_error, sizeof load_error, "%s", reason ? reason : symbol);   \
            return;                                                                    \
        }                                                                              \
    } while (0)

    RESOLVE(global_init, "curl_global_init");
    RESOLVE(easy_init, "curl_easy_init");
    RESOLVE(easy_setopt, "curl_easy_setopt");
    RESOLVE(easy_perform, "curl_easy_perform");
    RESOLVE(easy_getinfo, "curl_easy_getinfo");
    RESOLVE(easy_cleanup, "curl_easy_cleanup");
    RESOLVE(slist_append, "curl_slist_append");
    RESOLVE(slist_free_all, "curl_slist_free_all");
    RESOLVE(easy_strerror, "curl_easy_strerror");
#undef RESOLVE

    // curl_easy_init would do this itself, but not thread-safely; here it runs once, under pthread_once.
    CURLcode code = curl.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "curl_global_init: %s", curl.easy_strerror(code));
        return;
    }
    // The library stays open for the life of the process: curl keeps global state that dlclose would pull away.
    loaded = 1;
}

struct transfer {
    refurb_http_response *response;
    size_t capacity;
    const int *cancel_flag;
    int cancelled;
};

static char *copy_text(const char *text, size_t length) {
    char *copy = malloc(length + 1);
    if (copy == NULL) return NULL;
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    struct transfer *transfer = context;
    refurb_http_response *response = transfer->response;
    size_t length = size * count;
    if (length == 0) return 0;
    if (length > transfer->capacity - response->body_length) {
        size_t needed = response->body_length + length;
        if (needed < length) return 0;
        size_t capacity = transfer->capacity ? transfer->capacity : 4096;
        while (capacity < needed) {
            capacity = capacity > SIZE_MAX / 2 ? needed : capacity * 2;
        }
        unsigned char *grown = realloc(response->body, capacity);
        // Returning less than was given makes curl stop with CURLE_WRITE_ERROR.
        if (grown == NULL) return 0;
        response->body = grown;
        transfer->capacity = capacity;
    }
    memcpy(response->body + response->body_length, data, length);
    response->body_length += length;
    return length;
}

static size_t on_header(char *line, size_t size, size_t count, void *context) {
    struct transfer *transfer = context;
    refurb_http_response *response = transfer->response;
    size_t length = size * count;
    if (length >= 5 && memcmp(line, "HTTP/", 5) == 0) {
        // A new answer begins (after a "100 Continue", say): only the last one's Location counts.
        free(response->location);
        response->location = NULL;
    } else if (length > 9 && strncasecmp(line, "location:", 9) == 0) {
        const char *start = line + 9;
        const char *end = line + length;
        while (start < end && (*start == ' ' || *start == '\t')) start++;
        while (end > start && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
        free(response->location);
        response->location = copy_text(start, (size_t)(end - start));
    }
    return length;
}

static int is_cancelled(const int *flag) {
    return flag != NULL && __atomic_load_n(flag, __ATOMIC_ACQUIRE) != 0;
}

static int on_progress(void *context, curl_off_t download_total, curl_off_t downloaded, curl_off_t upload_total,
                       curl_off_t uploaded) {
    (void)download_total, (void)downloaded, (void)upload_total, (void)uploaded;
    struct transfer *transfer = context;
    if (is_cancelled(transfer->cancel_flag)) {
        transfer->cancelled = 1;
        return 1;
    }
    return 0;
}

static refurb_http_failure classify(CURLcode code, long os_errno) {
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return os_errno == ENETUNREACH || os_errno == ENETDOWN ? REFURB_HTTP_FAILURE_NO_NETWORK
                                                               : REFURB_HTTP_FAILURE_CONNECTION_REFUSED;
    case CURLE_OPERATION_TIMEDOUT:
        return REFURB_HTTP_FAILURE_TIMEOUT;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return REFURB_HTTP_FAILURE_DNS;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return REFURB_HTTP_FAILURE_TLS;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
        return REFURB_HTTP_FAILURE_CONNECTION_LOST;
    default:
        return REFURB_HTTP_FAILURE_OTHER;
    }
}

static refurb_http_result fail(refurb_http_response *response, CURLcode code, const char *text) {
    response->curl_code = (int)code;
    response->failure = classify(code, 0);
    response->error_text = text ? copy_text(text, strlen(text)) : NULL;
    return REFURB_HTTP_TRANSFER_FAILED;
}

refurb_http_result refurb_http_perform(const refurb_http_request *request, refurb_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load_libcurl);
    if (!loaded) {
        response->error_text = copy_text(load_error, strlen(load_error));
        return REFURB_HTTP_LIBCURL_MISSING;
    }
    if (is_cancelled(request->cancel_flag)) return REFURB_HTTP_CANCELLED;

    CURL *handle = curl.easy_init();
    if (handle == NULL) return fail(response, CURLE_FAILED_INIT, "curl_easy_init");

    struct curl_slist *headers = NULL;
    for (size_t i = 0; i < request->header_count; i++) {
        struct curl_slist *longer = curl.slist_append(headers, request->headers[i]);
        if (longer == NULL) {
            curl.slist_free_all(headers);
            curl.easy_cleanup(handle);
            return fail(response, CURLE_OUT_OF_MEMORY, "curl_slist_append");
        }
        headers = longer;
    }

    char error_buffer[CURL_ERROR_SIZE];
    error_buffer[0] = '\0';
    struct transfer transfer = {.response = response, .cancel_flag = request->cancel_flag};

    curl.easy_setopt(handle, CURLOPT_URL, request->url);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
    // Without it curl would use SIGALRM for DNS timeouts, which is not safe with other threads running.
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    // A POST must not silently become a GET elsewhere: the 3xx is the answer.
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, request->timeout_ms);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);
    curl.easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl.easy_setopt(handle, CURLOPT_XFERINFODATA, &transfer);
    curl.easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);

    const char *method = request->method ? request->method : "GET";
    if (strcmp(method, "GET") == 0) {
        curl.easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    } else if (strcmp(method, "HEAD") == 0) {
        curl.easy_setopt(handle, CURLOPT_NOBODY, 1L);
    } else {
        // POSTFIELDS does not copy: the body outlives the call, which is all curl needs.
        curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_length);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDS, request->body_length ? request->body : (const void *)"");
        if (strcmp(method, "POST") != 0) curl.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method);
    }

    refurb_http_result result;
    CURLcode code = curl.easy_perform(handle);
    if (code == CURLE_OK) {
        long status = 0;
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        response->status = status;
        result = REFURB_HTTP_ANSWERED;
    } else if (code == CURLE_ABORTED_BY_CALLBACK && transfer.cancelled) {
        result = REFURB_HTTP_CANCELLED;
    } else {
        long os_errno = 0;
        curl.easy_getinfo(handle, CURLINFO_OS_ERRNO, &os_errno);
        result = fail(response, code, error_buffer[0] ? error_buffer : curl.easy_strerror(code));
        response->failure = classify(code, os_errno);
    }

    curl.easy_cleanup(handle);
    curl.slist_free_all(headers);
    return result;
}

void refurb_http_response_free(refurb_http_response *response) {
    free(response->body);
    free(response->location);
    free(response->error_text);
    memset(response, 0, sizeof *response);
}

void refurb_http_cancel(int *flag) {
    __atomic_store_n(flag, 1, __ATOMIC_RELEASE);
}
