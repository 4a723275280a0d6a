#ifndef REFURB_CCURL_H
#define REFURB_CCURL_H

// One HTTP exchange through libcurl, which is opened with dlopen the first time it is needed: no binary links
// libcurl, so programs that never send anything (the probe) do not pay for loading it and its ~25 libraries.
// This header deliberately does not include <curl/curl.h>, so that Swift code never sees curl's functions and
// cannot call (and thereby link) them by mistake.

#include <stddef.h>

typedef struct {
    const char *method;            // "POST", "PUT", "GET"…
    const char *url;
    const char *const *headers;    // "Name: value" lines; "Name:" removes a header curl would add itself
    size_t header_count;
    const void *body;              // ignored for GET and HEAD
    size_t body_length;
    long timeout_ms;               // for the whole exchange; must be positive, since curl reads 0 as "never"
    const int *cancel_flag;        // may be NULL; raised from another thread with refurb_http_cancel
} refurb_http_request;

typedef enum __attribute__((enum_extensibility(closed))) {
    REFURB_HTTP_ANSWERED = 0,          // status, body and location are set, whatever the status
    REFURB_HTTP_TRANSFER_FAILED = 1,   // curl_code, failure and error_text are set
    REFURB_HTTP_CANCELLED = 2,
    REFURB_HTTP_LIBCURL_MISSING = 3,   // error_text is why libcurl could not be opened (dlerror)
} refurb_http_result;

// What a failed transfer means to the person waiting for it, decided here where curl's codes are known.
typedef enum __attribute__((enum_extensibility(closed))) {
    REFURB_HTTP_FAILURE_OTHER = 0,
    REFURB_HTTP_FAILURE_CONNECTION_REFUSED = 1,
    REFURB_HTTP_FAILURE_NO_NETWORK = 2,
    REFURB_HTTP_FAILURE_TIMEOUT = 3,
    REFURB_HTTP_FAILURE_DNS = 4,
    REFURB_HTTP_FAILURE_TLS = 5,
    REFURB_HTTP_FAILURE_CONNECTION_LOST = 6,
} refurb_http_failure;

typedef struct {
    long status;
    unsigned char *body;           // NULL when empty
    size_t body_length;
    char *location;                // the Location header of the final answer, NULL when absent
    int curl_code;                 // CURLcode; 0 unless the transfer failed
    refurb_http_failure failure;
    char *error_text;              // NULL when there is nothing to say
} refurb_http_response;

// Blocks until the exchange is over (answered, failed, timed out or cancelled). Thread-safe. Fills `response`
// in every case; release it with refurb_http_response_free.
refurb_http_result refurb_http_perform(const refurb_http_request *request, refurb_http_response *response);

void refurb_http_response_free(refurb_http_response *response);

// Callable from any thread at any time. curl notices it at its next progress call: at once while data flows,
// within about a second while it waits.
void refurb_http_cancel(int *flag);

#endif
