/// Writes a report so that readers see either the old file or the whole new one, never a part
/// (`AtomicFileWriter`: a new temporary file, mode 0600, renamed into place; only a regular file is
/// replaced, a symbolic link only when `followingSymlink`).
public enum AtomicFile {
    /// Writes `text` to a temporary file beside `path`, then renames it into place.
    /// - Throws: `FileSystemError`; the file at `path`, if any, is then untouched.
    public static func write(_ text: String, to path: String, followingSymlink: Bool = false) throws(FileSystemError) {
        try FileSystem.writeAtomically(Array(text.utf8), to: path, followingSymlink: followingSymlink)
    }

    /// Writes `bytes` (a report already encoded) the same way.
    public static func write(_ bytes: [UInt8], to path: String, followingSymlink: Bool = false) throws(FileSystemError) {
        try FileSystem.writeAtomically(bytes, to: path, followingSymlink: followingSymlink)
    }
}
