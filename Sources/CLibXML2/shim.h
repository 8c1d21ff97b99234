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

/* Scans raw bytes for a start tag longer than `limit` bytes, before libxml2 parses it: libxml2
 * 2.9 checks duplicate attributes in quadratic time. Quotes are followed so that a '>' inside an
 * attribute value does not end the tag; comments, PIs, declarations and end tags are not start
 * tags. The state carries over from one chunk to the next. Written in C with memchr because it
 * touches every byte of every file and must cost next to nothing.
 * Returns 1 when a tag exceeded the limit (scan->tag_start is then its offset in the input). */
typedef struct {
    int state;              /* 0 text, 1 after '<', 2 in tag, 3 in "..." value, 4 in '...' value */
    long long tag_start;    /* offset of the current tag's '<' */
    long long offset;       /* offset of the next chunk's first byte */
} commune_health_tag_scan;

static inline int commune_health_scan_tags(commune_health_tag_scan *scan, const unsigned char *bytes,
                                           size_t count, long long limit) {
    static const unsigned char ends_run[256] = { ['>'] = 1, ['"'] = 1, ['\''] = 1 };
    size_t i = 0;
    int state = scan->state;
    while (i < count) {
        if (state == 0) {
            const unsigned char *p = (const unsigned char *)memchr(bytes + i, '<', count - i);
            if (p == NULL) { i = count; break; }
            i = (size_t)(p - bytes) + 1;
            scan->tag_start = scan->offset + (long long)(p - bytes);
            state = 1;
            continue;
        }
        if (state == 1) {
            unsigned char c = bytes[i];
            if (c == '!' || c == '?' || c == '/') { state = 0; i++; } else { state = 2; }
            continue;
        }
        if (state == 2) {
            while (i < count && !ends_run[bytes[i]]) i++;
            if (i < count) {
                unsigned char c = bytes[i++];
                state = c == '>' ? 0 : (c == '"' ? 3 : 4);
            }
        } else {
            const unsigned char *p = (const unsigned char *)memchr(bytes + i, state == 3 ? '"' : '\'', count - i);
            if (p == NULL) { i = count; } else { i = (size_t)(p - bytes) + 1; state = 2; }
        }
        if (state != 0 && scan->offset + (long long)i - scan->tag_start > limit) {
            scan->state = state;
            return 1;
        }
    }
    scan->state = state;
    scan->offset += (long long)count;
    return (state >= 2 && scan->offset - scan->tag_start > limit) ? 1 : 0;
}

#endif
