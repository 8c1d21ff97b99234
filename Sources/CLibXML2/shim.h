#ifndef COMMUNE_HEALTH_CLIBXML2_SHIM_H
#define COMMUNE_HEALTH_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU headers clash with the ICU copy inside Foundation.
 * Only pointers to the structures that hold ICU converters are used from Swift, never their
 * fields, so the declarations are read without them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <libxml/dict.h>
#include <stddef.h>
#include <string.h>

/* xmlFree is a global function pointer; Swift 6 treats it as shared mutable state. */
static inline void commune_health_xml_free(void *pointer) { xmlFree(pointer); }

/* libxml2 prints some errors through its generic (printf-like, variadic) handler, which Swift
 * cannot implement; the project reports every error itself, so these are dropped. */
static inline void commune_health_ignore_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}

static inline void commune_health_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, commune_health_ignore_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, commune_health_ignore_generic_error);
}

/* Checks that no stretch of the input between two '<' is longer than `limit` bytes. A '<' cannot
 * occur inside a start tag or an attribute value, so this bounds the size of every tag, of every
 * value and the number of attributes one tag can hold, before libxml2 (whose duplicate-attribute
 * check is quadratic in 2.9) sees the bytes.
 * Rather than visiting every '<', it jumps: from the last '<' kept, the last '<' within the next
 * `limit` bytes (found backwards) becomes the next one kept. Every gap up to it is then within
 * the limit, and when there is none the gap that starts at the kept '<' is too long. So the scan
 * costs a few calls per `limit` bytes, not one per element.
 * Returns 1 when a stretch went over the limit (gap->last_markup is then where it starts). */
typedef struct {
    long long last_markup;  /* offset of the last '<' kept, or 0 */
    long long offset;       /* offset of the next chunk's first byte */
} commune_health_markup_gap;

#if defined(__GLIBC__)
/* A GNU extension that string.h declares only under _GNU_SOURCE. */
extern void *memrchr(const void *bytes, int byte, size_t count);
#endif

static inline const unsigned char *commune_health_last_lt(const unsigned char *start, size_t count) {
#if defined(__GLIBC__)
    return (const unsigned char *)memrchr(start, '<', count);
#else
    for (size_t index = count; index > 0; index--) {
        if (start[index - 1] == '<') return start + index - 1;
    }
    return NULL;
#endif
}

static inline int commune_health_check_markup_gaps(commune_health_markup_gap *gap, const unsigned char *bytes,
                                                   size_t count, long long limit) {
    long long chunk_end = gap->offset + (long long)count;
    for (;;) {
        /* The window (last_markup, last_markup + limit], cut to this chunk. */
        long long from = gap->last_markup + 1 > gap->offset ? gap->last_markup + 1 : gap->offset;
        long long to = gap->last_markup + limit + 1 < chunk_end ? gap->last_markup + limit + 1 : chunk_end;
        if (from >= to) break;
        const unsigned char *found = commune_health_last_lt(bytes + (from - gap->offset), (size_t)(to - from));
        if (found == NULL) break;
        gap->last_markup = gap->offset + (long long)(found - bytes);
    }
    gap->offset = chunk_end;
    return gap->offset - gap->last_markup > limit ? 1 : 0;
}

#endif
