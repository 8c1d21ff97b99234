#ifndef COMMUNE_HEALTH_PROCESSOR_HINTS_H
#define COMMUNE_HEALTH_PROCESSOR_HINTS_H

/* The one hint the library gives the processor (Sources/CommuneHealth/Platform/Prefetch.swift
 * says where and why): Swift has no way to ask for memory to be brought into the caches without
 * waiting for it. Header-only, like the other shims: a C source file would be compiled by clang
 * with DWARF 5 debug information, which valgrind 3.19 (Benchmarks/compare.sh's callgrind) cannot
 * read. */

/* Asks for the cache line holding `address` to be read into the caches, for a read soon. A hint:
 * it faults on no address, changes no value, and a compiler or processor without it ignores it. */
static inline void commune_health_prefetch_for_reading(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

#endif
