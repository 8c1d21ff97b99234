// The one call into the C library's allocator settings (Sources/commune-health/HeapTuning.swift
// says why). Swift's Glibc module does not export <malloc.h>.
#include "CHeapTuning.h"
#include <stdlib.h>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>

int commune_health_keep_heap_top(int bytes) {
    return mallopt(M_TOP_PAD, bytes) == 1 ? 1 : 0;
}
#else
int commune_health_keep_heap_top(int bytes) {
    (void)bytes;
    return 0;
}
#endif
