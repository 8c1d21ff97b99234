#ifndef COMMUNE_HEALTH_HEAP_TUNING_H
#define COMMUNE_HEALTH_HEAP_TUNING_H

/// Asks the C library's allocator to keep `bytes` of free memory at the top of its heaps rather
/// than give it back to the system after every file (glibc's `mallopt(M_TOP_PAD, bytes)`).
/// Returns 1 when the allocator took the setting, 0 when it refused or has no such setting (any
/// C library but glibc): nothing changes then.
int commune_health_keep_heap_top(int bytes);

#endif
