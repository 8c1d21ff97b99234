#ifndef COMMUNE_HEALTH_HEAP_TUNING_H
#define COMMUNE_HEALTH_HEAP_TUNING_H

/* The executable's one call into the C library's allocator settings
 * (Sources/commune-health/HeapTuning.swift says why). Swift's Glibc module does not export
 * <malloc.h>. Header-only, like the libxml2 shim: a C source file would be compiled by clang with
 * DWARF 5 debug information, which valgrind 3.19 (Debian 12; Benchmarks/compare.sh's callgrind)
 * cannot read ("Possibly corrupted debuginfo file"). */
#include <stdlib.h> /* defines __GLIBC__ on glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* Asks the C library's allocator to keep `bytes` of free memory at the top of its heaps rather
 * than give it back to the system after every file (glibc's `mallopt(M_TOP_PAD, bytes)`).
 * Returns 1 when the allocator took the setting, 0 when it refused or has no such setting (any C
 * library but glibc): nothing changes then. */
static inline int commune_health_keep_heap_top(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_TOP_PAD, bytes) == 1 ? 1 : 0;
#else
    (void)bytes;
    return 0;
#endif
}

#endif
