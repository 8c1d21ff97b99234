/// Validation against the XML Schema shipped in Reading/Resources (placeholder until the XSD lands).
public final class SchemaCheck: @unchecked Sendable {
    public static let shared = SchemaCheck()

    /// Every problem the schema finds in the file at `path`, as `FILE:LINE: message`.
    public func problems(in path: String) -> [Located<String>] { [] }
}

