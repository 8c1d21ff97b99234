import CHeapTuning

/// The allocator setting the executable makes before anything else (the library makes none: a
/// process's allocator is its program's to set).
///
/// Reading a file frees, at its end, what it held at the top of the heap: the read buffer, the
/// parser's input buffer (libxml2 copies each 256 kB chunk into it), the commune's residents and
/// problems. glibc gives such a top back to the system once it passes its trim threshold (128 kB
/// and up, adjusted as it goes), and the next file faults the same pages in again: on the messy
/// province (137 files, one job) 21,600 page faults and 0.08 s of system time in 1.1 s; with
/// 16 MB kept at the top, 4,100 and 0.04 s. Peak memory does not grow with it (what is kept was
/// already resident; the pad itself is never touched): Benchmarks/README.md, "The heap's top kept
/// between files".
enum HeapTuning {
    /// Free memory kept at the top of each of the allocator's heaps.
    static let keptTop = 16 << 20

    /// Applies the setting; a C library without it (not glibc) is left as it is.
    static func apply() {
        _ = commune_health_keep_heap_top(Int32(keptTop))
    }
}
