#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// An open file, shaped like swift-system's `FileDescriptor` (its names, reduced to the calls the
// program makes): open, read, pread, write, pwrite, fsync, close, each through
// `retryingInterrupted`, the one loop that calls again when a signal interrupted the call (EINTR),
// and each failure a typed `Errno`. The rest of the module reads and writes files through it.

/// The reason a call into the C library failed (swift-system's `Errno`): its `errno`.
struct Errno: Error, Equatable, Sendable, CustomStringConvertible {
    let rawValue: Int32

    init(rawValue: Int32) { self.rawValue = rawValue }

    /// The `errno` of the call that just failed.
    static var current: Errno { Errno(rawValue: errno) }

    /// A call moved nothing where bytes were due (a file shorter than asked).
    static var ioError: Errno { Errno(rawValue: EIO) }
    /// A folder where a file was expected.
    static var isDirectory: Errno { Errno(rawValue: EISDIR) }

    /// The system's text, e.g. "No such file or directory".
    var description: String { String(cString: strerror(rawValue)) }
}

/// The one loop of the program that calls a `read`, `write`, `pread`, `pwrite`, `open` or `fsync`
/// again when a signal interrupted it (`EINTR`).
/// - Returns: the call's result when it is not negative.
/// - Throws: the failure's `Errno`.
@inline(__always)
func retryingInterrupted<Result: BinaryInteger>(_ call: () -> Result) throws(Errno) -> Result {
    while true {
        let result = call()
        if result >= 0 { return result }
        let code = errno
        if code != EINTR { throw Errno(rawValue: code) }
    }
}

/// An open file's descriptor. A value: closing it is the owner's task (`close`).
struct FileDescriptor: Sendable, Hashable {
    let rawValue: Int32

    init(rawValue: Int32) { self.rawValue = rawValue }

    static var standardOutput: FileDescriptor { FileDescriptor(rawValue: STDOUT_FILENO) }
    static var standardError: FileDescriptor { FileDescriptor(rawValue: STDERR_FILENO) }

    enum AccessMode {
        case readOnly, writeOnly, readWrite

        var flags: Int32 {
            switch self {
            case .readOnly: O_RDONLY
            case .writeOnly: O_WRONLY
            case .readWrite: O_RDWR
            }
        }
    }

    /// How a file is opened beyond its access mode; every descriptor is closed on `exec`.
    struct OpenOptions: OptionSet, Sendable {
        let rawValue: Int32

        /// `O_CREAT`: made when missing.
        static var create: OpenOptions { OpenOptions(rawValue: O_CREAT) }
        /// `O_EXCL`: with `create`, fails when the file exists.
        static var exclusiveCreate: OpenOptions { OpenOptions(rawValue: O_EXCL) }
        /// `O_NOFOLLOW`: fails on a symbolic link.
        static var noFollow: OpenOptions { OpenOptions(rawValue: O_NOFOLLOW) }
    }

    /// Opens `path` (`open(2)`, with `O_CLOEXEC`); `permissions` for a file it makes.
    static func open(
        _ path: String, _ mode: AccessMode, options: OpenOptions = [],
        permissions: UInt32 = 0
    ) throws(Errno) -> FileDescriptor {
        let flags = mode.flags | options.rawValue | O_CLOEXEC
        return FileDescriptor(rawValue: try retryingInterrupted { systemOpen(path, flags, mode_t(permissions)) })
    }

    /// Reads at most `buffer.count` bytes at the file's position (`read(2)`); 0 at its end.
    @inline(__always)
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupted { systemRead(rawValue, buffer.baseAddress, buffer.count) }
    }

    /// Reads at most `buffer.count` bytes at `offset` (`pread(2)`), leaving the position; 0 at the end.
    func read(fromAbsoluteOffset offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupted { pread(rawValue, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    /// Writes at most `buffer.count` bytes at the file's position (`write(2)`): how many it wrote.
    func write(_ buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupted { systemWrite(rawValue, buffer.baseAddress, buffer.count) }
    }

    /// Writes at most `buffer.count` bytes at `offset` (`pwrite(2)`): how many it wrote.
    func write(toAbsoluteOffset offset: Int, _ buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupted { pwrite(rawValue, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    /// Writes all of `buffer`, continuing a write that took part of it.
    func writeAll(_ buffer: UnsafeRawBufferPointer) throws(Errno) {
        try Self.transferAll(buffer.count) { (done: Int) throws(Errno) in
            try write(UnsafeRawBufferPointer(rebasing: buffer[done...]))
        }
    }

    /// Writes all of `buffer` at `offset`.
    func writeAll(toAbsoluteOffset offset: Int, _ buffer: UnsafeRawBufferPointer) throws(Errno) {
        try Self.transferAll(buffer.count) { (done: Int) throws(Errno) in
            try write(toAbsoluteOffset: offset + done, UnsafeRawBufferPointer(rebasing: buffer[done...]))
        }
    }

    /// Reads exactly `buffer.count` bytes at `offset`; a file shorter than that is `Errno.ioError`.
    func read(exactlyFromAbsoluteOffset offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) {
        try Self.transferAll(buffer.count) { (done: Int) throws(Errno) in
            try read(fromAbsoluteOffset: offset + done, into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
        }
    }

    /// Calls `move(done)` until `count` bytes are moved; one that moves nothing is `Errno.ioError`.
    private static func transferAll(_ count: Int, _ move: (_ done: Int) throws(Errno) -> Int) throws(Errno) {
        var done = 0
        while done < count {
            let moved = try move(done)
            if moved == 0 { throw .ioError }
            done += moved
        }
    }

    /// Flushes what was written to the disk (`fsync(2)`).
    func sync() throws(Errno) {
        _ = try retryingInterrupted { fsync(rawValue) }
    }

    /// Closes the descriptor (`close(2)`, never called again: the descriptor is gone either way).
    func close() throws(Errno) {
        guard systemClose(rawValue) == 0 else { throw .current }
    }

    /// Whether it is a terminal (`isatty(3)`).
    var isTerminal: Bool { isatty(rawValue) == 1 }

    /// Whether it is a folder (`fstat(2)`); false when that cannot be known.
    var isFolder: Bool {
        var info = stat()
        return fstat(rawValue, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

// The C calls by names that `FileDescriptor`'s own methods do not hide.
@inline(__always)
private func systemOpen(_ path: String, _ flags: Int32, _ permissions: mode_t) -> Int32 {
    open(path, flags, permissions)
}
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
@inline(__always)
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
