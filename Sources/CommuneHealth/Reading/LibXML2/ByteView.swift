// The reader's view of what libxml2 hands over: attribute values as borrowed bytes and names as
// interned tokens. The pointers stay private to this folder; a view is valid only during the
// callback that gave it, and nothing outside Reading/LibXML2 can keep or move one.

/// Bytes owned by libxml2, borrowed for the length of one callback.
struct ByteView {
    private let base: UnsafePointer<UInt8>?
    let count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress
        count = buffer.count
    }

    private init(base: UnsafePointer<UInt8>?, count: Int) {
        self.base = base
        self.count = count
    }

    var isEmpty: Bool { count == 0 }

    /// The byte at `index`, which must be below `count`.
    @inline(__always)
    subscript(index: Int) -> UInt8 { base.unsafelyUnwrapped[index] }

    /// The 8 bytes from `offset` as one little-endian word, for reading digits eight at a time;
    /// `offset + 8` must not pass `count`. No pointer leaves the view.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
    }

    /// The first `length` bytes.
    func prefix(_ length: Int) -> ByteView { ByteView(base: base, count: min(length, count)) }

    /// Whether the bytes are exactly `constant`.
    @inline(__always)
    func equals(_ constant: StaticString) -> Bool {
        guard count == constant.utf8CodeUnitCount else { return false }
        guard let base else { return true }
        let expected = constant.utf8Start
        for index in 0..<count where base[index] != expected[index] { return false }
        return true
    }

    func contains(_ byte: UInt8) -> Bool {
        guard let base, count > 0 else { return false }
        return LibC.memchr(base, Int32(byte), count) != nil
    }

    /// The bytes as a buffer, for the byte-level code of this folder (ByteStringTable); the
    /// buffer must not outlive the call.
    @inline(__always)
    func withBuffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes as UTF-8 text.
    var string: String {
        guard let base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}

/// A name from libxml2's dictionary of the file: the same name always comes at the same address,
/// so two names of one file are equal exactly when their tokens are.
struct InternedName: Equatable {
    private let pointer: UnsafePointer<UInt8>

    init(_ pointer: UnsafePointer<UInt8>) { self.pointer = pointer }

    /// The first byte (0 for the empty name).
    @inline(__always)
    var first: UInt8 { pointer[0] }

    /// The byte at `index`; every byte up to the terminating 0 may be read.
    @inline(__always)
    subscript(index: Int) -> UInt8 { pointer[index] }

    /// Whether the name is exactly `constant`, byte for byte: names are short and most
    /// comparisons fail on the first byte, so a loop rather than memcmp.
    @inline(__always)
    func equals(_ constant: StaticString) -> Bool {
        let count = constant.utf8CodeUnitCount
        let expected = constant.utf8Start
        for index in 0..<count where pointer[index] != expected[index] { return false }
        return pointer[count] == 0
    }

    var string: String { String(cString: pointer) }

    /// The name's address in the dictionary, the token itself as a number.
    @inline(__always)
    var address: UInt { UInt(bitPattern: pointer) }
}
