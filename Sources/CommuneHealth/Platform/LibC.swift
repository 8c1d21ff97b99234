#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The functions of the C library that the rest of the package calls: libm's (the WHO tables' LMS
// transformation, WHO's prevalence intervals, the chart of the normal curve, the generator) and
// the byte searches of the parsers. Each is the C function itself, inlined, under `LibC.`: the
// other files never import the C library (Platform/ is the only way into it).

/// The C library's functions, by their C names.
package enum LibC {
    /// The natural logarithm (`log`).
    @inline(__always)
    package static func log(_ x: Double) -> Double { cLog(x) }

    /// `e` to the power `x` (`exp`).
    @inline(__always)
    package static func exp(_ x: Double) -> Double { cExp(x) }

    /// `x` to the power `y` (`pow`).
    @inline(__always)
    package static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }

    /// The arc tangent, in radians (`atan`).
    @inline(__always)
    package static func atan(_ x: Double) -> Double { cAtan(x) }

    /// The first `byte` in the `count` bytes at `bytes`, or nil (`memchr`).
    @inline(__always)
    static func memchr(_ bytes: UnsafeRawPointer, _ byte: Int32, _ count: Int) -> UnsafeMutableRawPointer? {
        cMemchr(bytes, byte, count)
    }

    /// Compares `count` bytes (`memcmp`): 0 when they are equal.
    @inline(__always)
    static func memcmp(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Int32 {
        cMemcmp(lhs, rhs, count)
    }

    /// Sets `count` bytes at `bytes` to `byte` (`memset`).
    @inline(__always)
    static func memset(_ bytes: UnsafeMutableRawPointer, _ byte: Int32, _ count: Int) {
        cMemset(bytes, byte, count)
    }
}

// The C functions themselves, by names that `LibC`'s own do not hide.
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func cAtan(_ x: Double) -> Double { atan(x) }
@inline(__always)
private func cMemchr(_ bytes: UnsafeRawPointer, _ byte: Int32, _ count: Int) -> UnsafeMutableRawPointer? {
    memchr(bytes, byte, count)
}
@inline(__always)
private func cMemcmp(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Int32 { memcmp(lhs, rhs, count) }
@inline(__always)
private func cMemset(_ bytes: UnsafeMutableRawPointer, _ byte: Int32, _ count: Int) { _ = memset(bytes, byte, count) }
