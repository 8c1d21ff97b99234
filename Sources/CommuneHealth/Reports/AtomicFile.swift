/// Writes a report so that readers see either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `text` to a temporary file beside `path`, then renames it into place.
    /// - Throws: `FileSystemError`; the file at `path`, if any, is then untouched.
    public static func write(_ text: String, to path: String) throws(FileSystemError) {
        try FileSystem.writeAtomically(Array(text.utf8), to: path)
    }

    /// Writes `bytes` (a report already encoded) the same way.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        try FileSystem.writeAtomically(bytes, to: path)
    }
}
