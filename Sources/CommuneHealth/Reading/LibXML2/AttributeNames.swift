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

    /// Whether the tag's attributes are the first of those given, in that order (all of them, or
    /// fewer but at least `minimum`), none in a namespace: then the reader takes each with its
    /// meaning known where it is written, rather than a `kind` and a dispatch on it per attribute
    /// (a fifth of the time of reading a resident or a card; #30). Any other tag is read
    /// attribute by attribute; both ways give the same record.
    @inline(__always)
    mutating func inFormatOrder(
        _ tag: XMLStartTag, atLeast minimum: Int, _ first: RecordAttribute, _ second: RecordAttribute,
        _ third: RecordAttribute, _ fourth: RecordAttribute? = nil, _ fifth: RecordAttribute? = nil
    ) -> Bool {
        let count = tag.attributeCount
        guard count >= max(minimum, 1), count <= (fourth == nil ? 3 : fifth == nil ? 4 : 5), has(tag, 0, first) else { return false }
        guard count > 1 else { return true }
        guard has(tag, 1, second) else { return false }
        guard count > 2 else { return true }
        guard has(tag, 2, third) else { return false }
        guard count > 3 else { return true }
        guard let fourth, has(tag, 3, fourth) else { return false }
        guard count > 4 else { return true }
        guard let fifth else { return false }
        return has(tag, 4, fifth)
    }

    /// Whether the tag's attribute at `position` (below its count) is `kind`, in no namespace.
    @inline(__always)
    private mutating func has(_ tag: XMLStartTag, _ position: Int, _ kind: RecordAttribute) -> Bool {
        let attribute = tag[position]
        return attribute.namespaceURI == nil && self.kind(of: attribute.localName, at: position) == kind
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
