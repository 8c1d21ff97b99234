import CProcessorHints

// The processor hint of CProcessorHints, the one place the library calls it.

/// Asks the processor to bring the memory at `address` into its caches, to be read soon, without
/// waiting for it: a hint, which faults on no address and changes no value.
///
/// Used once: the rows of the WHO tables a measurement will read are asked for a few measurements
/// ahead (`Anthropometry.prefetchRows(for:)`), so that their cache misses, which a province's
/// measurements at random ages and lengths meet on almost every row, are not waited for (#30).
@inline(__always)
func prefetchForReading(_ address: UnsafeRawPointer) {
    commune_health_prefetch_for_reading(address)
}
