#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Files, folders and the machine, through the C library's POSIX calls (the library does not use
// Foundation: see Package.swift). Platform/ is the package's one way into the C library: only its
// files import it (this one, FileDescriptor.swift for reading and writing files, AtomicOutput.swift
// for every file written, LibC.swift for libm and the byte searches); the others call these.

/// Why a file or folder could not be written: what was being done, where, and the system's reason.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Operation: Sendable, Equatable {
        /// Creating a file in `path`, a folder.
        case createFileIn
        /// Writing the file at `path`.
        case write
        /// Renaming a finished temporary file to `path`.
        case renameInto
        /// Creating the folder `path` (and the folders above it).
        case createFolder
        /// Creating a temporary file in `path`, the folder of temporary files (`$TMPDIR`).
        case createTemporaryIn
        /// Reading back the temporary file at `path`.
        case readTemporary
        // #26: output written safely (docs/output.md).
        /// Replacing `path`, which is not a regular file but `FileKind`: refused (exit status 73).
        case replace(FileKind)
        /// Writing the program's standard output (`path` is empty).
        case writeStandardOutput
        /// Writing to a path that names nothing (an empty `--output`).
        case emptyPath
    }

    /// What is at a path that the program refuses to replace (#26).
    package enum FileKind: Sendable, Equatable {
        case folder, device, fifo, socket, symbolicLink
    }

    package var operation: Operation
    package var path: String
    /// The `errno` of the failed call.
    package var code: Int32

    package init(_ operation: Operation, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's text for `code`, e.g. "No such file or directory".
    package var reason: String { String(cString: strerror(code)) }

    /// The English message; `Labels.failure(_:)` gives it in the language of a run (Text/).
    public var description: String { Labels(.en)[.failure(.fileSystem(self))] }

    /// Whether the program refused to replace what is at `path` (exit status 73, EX_CANTCREAT).
    package var isRefusedReplacement: Bool {
        if case .replace = operation { true } else { false }
    }
}

extension FileSystemError.FileKind {
    /// What `mode` (a `stat`'s `st_mode`) says is there, or nil for a regular file.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .device  // S_IFCHR, S_IFBLK
        }
    }
}

package enum FileSystem {
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
    package static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// What is at `path` (`stat`, links followed): nil when nothing is there or it cannot be known.
    static func status(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStatus(isFolder: (info.st_mode & S_IFMT) == S_IFDIR, device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The names in the folder at `path` but `.` and `..`, in the order the system gives them
    /// (`opendir`, `readdir`); nil when it cannot be opened.
    static func names(inFolder path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            // glibc allocates each entry only as long as its name: read the name in place, never
            // copy the whole 256-byte field (AddressSanitizer caught that overread).
            let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The size in bytes of the file at `path` (links followed), 0 when it cannot be known: the
    /// file then reports its own problem when it is read.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Writes `bytes` to a new temporary file beside `path`, then renames it into place
    /// (`AtomicFileWriter`): readers see the earlier file or the whole new one, a symbolic link at
    /// `path` is refused unless `followingSymlink`, and anything but a regular file is refused. On
    /// failure the temporary file is removed and whatever was at `path` is untouched.
    static func writeAtomically(
        _ bytes: UnsafeRawBufferPointer, to path: String,
        followingSymlink: Bool = false
    ) throws(FileSystemError) {
        let file = try AtomicFileWriter(path: path, followingSymlink: followingSymlink)
        try file.append(bytes)
        try file.commit()
    }

    package static func writeAtomically(_ bytes: [UInt8], to path: String, followingSymlink: Bool = false) throws(FileSystemError) {
        // `withUnsafeBytes` rethrows untyped errors: the typed one goes through a Result.
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(FileSystemError) in try writeAtomically(buffer, to: path, followingSymlink: followingSymlink) }
        }.get()
    }

    /// Creates the folder `path` and any missing folder above it (mode 0777 less the umask); an
    /// existing folder is fine.
    package static func createFolder(_ path: String) throws(FileSystemError) {
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

/// What `FileSystem.status` tells of a path.
struct FileStatus {
    var isFolder: Bool
    /// The device and inode: the file's identity, whatever the path that reaches it.
    var device: UInt64
    var inode: UInt64
}

/// A file of the program's own in the folder of temporary files, removed from its folder as soon
/// as it is made (`mkstemp`, then `unlink`): nothing is left behind however the program ends, and
/// its space is given back when the descriptor is closed. Written and read at explicit offsets
/// (`pwrite`, `pread`), so that several threads can use it at once.
final class UnlinkedTemporaryFile: Sendable {
    let descriptor: FileDescriptor
    /// Where it was made, for messages (it has no name any more).
    let path: String

    /// The folder of temporary files: `$TMPDIR` when set and not empty, else `/tmp`.
    static var folder: String {
        guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
        return String(cString: value)
    }

    /// - Throws: `FileSystemError` (`.createTemporaryIn`, naming the folder).
    init(prefix: String, in folder: String = UnlinkedTemporaryFile.folder) throws(FileSystemError) {
        var template = Array(FileSystem.join(folder, prefix + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileSystemError(.createTemporaryIn, path: folder, code: errno) }
        let name = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        unlink(name)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        self.descriptor = FileDescriptor(rawValue: descriptor)
        path = name
    }

    /// `path` opened for `mode` in its stead, and not removed: how the tests make a full disk
    /// (`/dev/full`) and a file that cannot be read back (opened write-only).
    /// - Throws: `FileSystemError` (`.createTemporaryIn`, naming `path`).
    init(standIn path: String, _ mode: FileDescriptor.AccessMode) throws(FileSystemError) {
        do {
            descriptor = try FileDescriptor.open(path, mode)
        } catch {
            throw FileSystemError(.createTemporaryIn, path: path, code: error.rawValue)
        }
        self.path = path
    }

    deinit { try? descriptor.close() }

    /// Writes all of `bytes` at `offset`.
    /// - Throws: `FileSystemError` (`.write`), e.g. when the disk is full.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) {
        do {
            try descriptor.writeAll(toAbsoluteOffset: offset, bytes)
        } catch {
            throw FileSystemError(.write, path: path, code: error.rawValue)
        }
    }

    /// Reads `bytes.count` bytes at `offset` into `bytes`.
    /// - Throws: `FileSystemError` (`.readTemporary`); a file shorter than asked gives `EIO`.
    func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError) {
        do {
            try descriptor.read(exactlyFromAbsoluteOffset: offset, into: bytes)
        } catch {
            throw FileSystemError(.readTemporary, path: path, code: error.rawValue)
        }
    }
}

/// What the C library answers about the machine, and its number formatting.
package enum CLibrary {
    /// The number of processors online, as Foundation's `ProcessInfo.activeProcessorCount`
    /// gives it on Linux (`sysconf(_SC_NPROCESSORS_ONLN)`, which ignores CPU affinity); at least 1.
    package static var activeProcessorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Seconds on the monotonic clock (`clock_gettime(CLOCK_MONOTONIC)`), for the progress line.
    package static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

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
