/// The attribute names one kind of record element has shown at each position. libxml2 hands every
/// name over from its dictionary of the file, so a name always comes at the same address: a
/// position that shows the same address as last time needs no comparison of bytes at all.
///
/// Fixed storage, read by offset: one load and one comparison per attribute on the path that runs
/// for every record, inlined into the reader's loops (an array would cost a bounds check, an
/// optional compare and a uniqueness check per attribute).
struct RecordAttributeNames {
    private static let positions = 8
    /// The address of the name last seen at each position; 0 when none yet.
    private var names: (UInt, UInt, UInt, UInt, UInt, UInt, UInt, UInt) = (0, 0, 0, 0, 0, 0, 0, 0)
    /// What the name at each position is.
    private var kinds:
        (
            RecordAttribute, RecordAttribute, RecordAttribute, RecordAttribute,
            RecordAttribute, RecordAttribute, RecordAttribute, RecordAttribute
        ) =
            (.unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown)

    @inline(__always)
    mutating func kind(of name: InternedName, at position: Int) -> RecordAttribute {
        guard position < Self.positions else { return RecordAttribute(name) }
        let address = name.address
        let known = withUnsafeBytes(of: &names) { $0.load(fromByteOffset: position &* MemoryLayout<UInt>.stride, as: UInt.self) }
        if known == address {
            return withUnsafeBytes(of: &kinds) { $0.load(fromByteOffset: position, as: RecordAttribute.self) }
        }
        return learn(name, at: position)
    }

    /// A position whose name changed (the first record, or another order of attributes).
    @inline(never)
    private mutating func learn(_ name: InternedName, at position: Int) -> RecordAttribute {
        let kind = RecordAttribute(name)
        withUnsafeMutableBytes(of: &names) { $0.storeBytes(of: name.address, toByteOffset: position * MemoryLayout<UInt>.stride, as: UInt.self) }
        withUnsafeMutableBytes(of: &kinds) { $0.storeBytes(of: kind, toByteOffset: position, as: RecordAttribute.self) }
        return kind
    }
}

/// One element name of the format, recognised by its interned address once it has been seen
/// spelled out: libxml2 interns names per file, and one reader reads one file, so the address
/// stays that name's for the reader's life. One comparison per element instead of a byte loop.
struct KnownName {
    private var address: UInt = 0

    @inline(__always)
    mutating func matches(_ name: InternedName, _ spelling: StaticString) -> Bool {
        if name.address == address { return true }
        guard name.equals(spelling) else { return false }
        address = name.address
        return true
    }
}
