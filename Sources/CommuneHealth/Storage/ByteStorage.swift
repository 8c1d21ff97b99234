/// Moves `count` bytes from `base` (`capacity` bytes, allocated) into a new allocation of at
/// least `needed` bytes, doubling, and frees the old one: the growth step of the byte buffers
/// that append without going through `[UInt8]` (`JSONWriter`, `ByteStringTable`'s arena).
///
/// - Complexity: O(`count`); appends that grow this way are amortised O(1).
func grownByteStorage(
    _ base: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int,
    needed: Int
) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int) {
    var newCapacity = max(capacity, 1) * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    return (newBase, newCapacity)
}
