#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Files, folders and the machine, through the C library's POSIX calls (the library does not use
// Foundation: see Package.swift). The other files of the module call these for such things.

/// Why a file or folder could not be written: what was being done, where, and the system's reason.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Operation: Sendable, Equatable {
        /// Creating a file in `path`, a folder.
        case createFileIn
        /// Writing the file at `path`.
        case write
        /// Renaming a finished temporary file to `path`.
        case renameInto
        /// Creating the folder `path` (and the folders above it).
        case createFolder
    }

    public var operation: Operation
    public var path: String
    /// The `errno` of the failed call.
    public var code: Int32

    public init(_ operation: Operation, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's text for `code`, e.g. "No such file or directory".
    public var reason: String { String(cString: strerror(code)) }

    public var description: String {
        switch operation {
        case .createFileIn: "cannot create a file in \(path): \(reason)"
        case .write: "cannot write \(path): \(reason)"
        case .renameInto: "cannot rename the finished file into place: \(reason)"
        case .createFolder: "cannot create the folder \(path): \(reason)"
        }
    }
}

enum FileSystem {
    /// The folder of `path` (`.` for a bare name) and its last component; trailing `/` ignored.
    static func split(_ path: String) -> (folder: String, name: String) {
        var path = Substring(path)
        while path.count > 1, path.last == "/" { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return (".", String(path)) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    /// `path` from the root: relative paths are taken from the current folder.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let current = getcwd(nil, 0) else { return path }
        defer { free(current) }
        return join(String(cString: current), path)
    }

    /// `name` inside `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The size in bytes of the file at `path` (links followed), 0 when it cannot be known: the
    /// file then reports its own problem when it is read.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Creates (or truncates) the file at `path`, mode 0666 less the umask, and writes `bytes`.
    /// - Throws: `FileSystemError` (`.write`); a file created before the failure is left.
    static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileSystemError(.write, path: path, code: errno) }
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw FileSystemError(.write, path: path, code: code)
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw FileSystemError(.write, path: path, code: errno) }
    }

    static func writeFile(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        // `withUnsafeBytes` rethrows untyped errors: the typed one goes through a Result.
        try bytes.withUnsafeBytes { buffer in Result { () throws(FileSystemError) in try writeFile(buffer, to: path) } }.get()
    }

    /// Writes `bytes` to a temporary file beside `path` (`.NAME.PID.tmp`), then renames it into
    /// place: readers see the earlier file or the whole new one. On failure the temporary file is
    /// removed and whatever was at `path` is untouched.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let (folder, name) = split(path)
        let temporary = join(folder, "." + name + "." + String(getpid()) + ".tmp")
        do {
            try writeFile(bytes, to: temporary)
        } catch {
            unlink(temporary)
            // A missing or unwritable folder is the folder's fault, not the file's.
            throw error.code == ENOENT || error.code == EACCES || error.code == ENOTDIR || error.code == EROFS
                ? FileSystemError(.createFileIn, path: folder, code: error.code) : error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileSystemError(.renameInto, path: path, code: code)
        }
    }

    /// Creates the folder `path` and any missing folder above it (mode 0777 less the umask); an
    /// existing folder is fine.
    static func createFolder(_ path: String) throws(FileSystemError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileSystemError(.createFolder, path: path, code: ENOTDIR) }
            return
        }
        let parent = split(path).folder
        do {
            if parent != path { try createFolder(parent) }
        } catch {
            throw FileSystemError(.createFolder, path: path, code: error.code)  // named as asked for
        }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw FileSystemError(.createFolder, path: path, code: errno)
        }
    }
}

/// What the C library answers about the machine, and its number formatting.
enum CLibrary {
    /// The number of processors online, as Foundation's `ProcessInfo.activeProcessorCount`
    /// gives it on Linux (`sysconf(_SC_NPROCESSORS_ONLN)`, which ignores CPU affinity); at least 1.
    static var activeProcessorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `value` as the C library's `printf("%.<places>f")` writes it (what Foundation's
    /// `String(format:)` gives for `%f`); the program never sets a locale, so `.` is the mark.
    static func fixed(_ value: Double, places: Int) -> String {
        // At most 309 digits before the point, the sign, the point and `places` digits.
        let capacity = 320 + places
        return withVaList([value]) { arguments in
            String(unsafeUninitializedCapacity: capacity) { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    let count = Int(vsnprintf(characters.baseAddress, capacity, "%.\(places)f", arguments))
                    return min(max(count, 0), capacity - 1)
                }
            }
        }
    }
}
