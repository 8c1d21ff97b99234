#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// The one way the program writes a file that someone asked for (#26, docs/output.md): every
// `--output`, the workbook and each export of `generate` go through `AtomicFileWriter`; standard
// output and standard error through `StandardStream`. Its reads and writes go through
// `FileDescriptor` (FileDescriptor.swift), as every other file's do.

/// A file written in full under a temporary name in the folder of `path`, then renamed to
/// `path` by `commit`: readers see the earlier file or the whole new one, never a part.
///
/// - The temporary file is new (`O_CREAT | O_EXCL | O_NOFOLLOW`), mode 0600, with an
///   unpredictable name of 36 bytes (`.commune-health-` and 16 random letters and digits, `.tmp`),
///   whatever the length of `path`'s own name: nothing planted in the folder is ever opened.
/// - Only a regular file (or nothing) at `path` is replaced; a folder, device, FIFO or socket is
///   refused, and so is a symbolic link unless `followingSymlink`, which then replaces the file
///   it points to (the link stays). Refusals are `FileSystemError`s with `.replace(kind)`.
/// - An existing file's permissions are kept (and its owner and group, where the user may give
///   them); a new file gets 0666 less the umask, as the shell's `>` gives.
/// - Until it is committed or abandoned, SIGINT and SIGTERM remove the temporary file before
///   the program ends by that signal (`LiveTemporaryFiles`).
package final class AtomicFileWriter {
    /// The path as asked for, for messages.
    package let path: String
    /// What `commit` renames onto: `path`, or the file a followed symbolic link points to.
    private let destination: String
    private let temporary: String
    /// The temporary file, open until committed or abandoned.
    private var descriptor: FileDescriptor?
    /// The regular file at `destination` when the writer was made, if any: its mode and owner.
    private let existing: stat?
    private var slot: LiveTemporaryFiles.Slot?

    /// - Throws: `FileSystemError`: `.emptyPath`; `.replace(kind)` for what is not a regular file;
    ///   `.createFileIn` (naming the folder) when the folder is missing or not writable.
    package init(path: String, followingSymlink: Bool = false) throws(FileSystemError) {
        guard !path.isEmpty else { throw FileSystemError(.emptyPath, path: path, code: ENOENT) }
        self.path = path
        (destination, existing) = try Self.destination(of: path, followingSymlink: followingSymlink)
        _ = FileSystem.creationMask  // read once, before any thread writes a file (see there)
        let folder = FileSystem.split(destination).folder
        var attempts = 0
        while true {
            let candidate = FileSystem.join(folder, Self.temporaryName())
            let slot = LiveTemporaryFiles.register(candidate)
            let code: Int32
            do {
                descriptor = try FileDescriptor.open(
                    candidate, .writeOnly, options: [.create, .exclusiveCreate, .noFollow],
                    permissions: 0o600)
                temporary = candidate
                self.slot = slot
                return
            } catch {
                code = error.rawValue
            }
            LiveTemporaryFiles.unregister(slot)
            attempts += 1
            if code == EEXIST && attempts < 100 { continue }  // someone's file by chance: another name
            throw code == ENOENT || code == EACCES || code == ENOTDIR || code == EROFS || code == EEXIST
                ? FileSystemError(.createFileIn, path: folder, code: code) : FileSystemError(.write, path: candidate, code: code)
        }
    }

    deinit { abandon() }

    /// Where the bytes go: `path`, or through each symbolic link it is (at most 40) when
    /// `followingSymlink`; with what is there now, when it is a regular file.
    private static func destination(of path: String, followingSymlink: Bool) throws(FileSystemError) -> (String, stat?) {
        var destination = path
        for _ in 0...40 {
            var info = stat()
            // Nothing there: a new file (any other failure shows when the temporary file is made).
            guard lstat(destination, &info) == 0 else { return (destination, nil) }
            guard let kind = FileSystemError.FileKind(mode: info.st_mode) else { return (destination, info) }
            guard kind == .symbolicLink && followingSymlink else { throw FileSystemError(.replace(kind), path: path, code: 0) }
            guard let target = readLink(destination) else { throw FileSystemError(.write, path: path, code: errno) }
            destination = target.hasPrefix("/") ? target : FileSystem.join(FileSystem.split(destination).folder, target)
        }
        throw FileSystemError(.write, path: path, code: ELOOP)
    }

    /// The text of the symbolic link at `path`, or nil (errno set).
    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `.commune-health-` and 16 random letters and digits (82 bits from the system's generator), `.tmp`.
    private static func temporaryName() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return ".commune-health-" + String(decoding: letters, as: UTF8.self) + ".tmp"
    }

    /// A name under which another library can open the temporary file itself to write it whole
    /// (libxlsxwriter): `/proc/self/fd/N`, which names this very file even if its name in the
    /// folder were replaced meanwhile, where /proc is mounted; else the temporary file's name.
    var pathForAnotherWriter: String {
        let link = "/proc/self/fd/" + String(descriptor?.rawValue ?? -1)
        return access(link, W_OK) == 0 ? link : temporary
    }

    /// Appends `bytes`. On failure the temporary file is removed.
    package func append(_ bytes: UnsafeRawBufferPointer) throws(FileSystemError) {
        guard let descriptor else { throw FileSystemError(.write, path: temporary, code: EBADF) }
        do {
            try descriptor.writeAll(bytes)
        } catch {
            abandon()
            throw FileSystemError(.write, path: temporary, code: error.rawValue)
        }
    }

    /// Gives the temporary file the existing file's permissions (or a new file's), flushes it to
    /// the disk, closes it and renames it to `path`. On failure it is removed.
    package func commit() throws(FileSystemError) {
        guard let descriptor else { throw FileSystemError(.write, path: temporary, code: EBADF) }
        var code: Int32 = 0
        if let existing {
            // The owner first: a change of owner clears the set-user-ID bits that fchmod then sets.
            // Only root (or the owner, for a group of theirs) may; otherwise the file becomes the user's.
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                _ = fchown(descriptor.rawValue, existing.st_uid, existing.st_gid)
            }
            if fchmod(descriptor.rawValue, existing.st_mode & 0o7777) != 0 { code = errno }
        } else if fchmod(descriptor.rawValue, 0o666 & ~FileSystem.creationMask) != 0 {
            code = errno
        }
        if code == 0 {
            do { try descriptor.sync() } catch { code = error.rawValue }
        }
        do { try descriptor.close() } catch  where code == 0 { code = error.rawValue } catch {}
        self.descriptor = nil
        guard code == 0 else {
            removeTemporary()
            throw FileSystemError(.write, path: temporary, code: code)
        }
        guard rename(temporary, destination) == 0 else {
            let code = errno
            removeTemporary()
            throw FileSystemError(.renameInto, path: path, code: code)
        }
        LiveTemporaryFiles.unregister(slot)
        slot = nil
    }

    /// Removes the temporary file, if not committed; `path` is untouched.
    package func abandon() {
        guard let descriptor else { return }
        try? descriptor.close()
        self.descriptor = nil
        removeTemporary()
    }

    private func removeTemporary() {
        unlink(temporary)
        LiveTemporaryFiles.unregister(slot)
        slot = nil
    }
}

extension FileSystem {
    /// The process's umask, read once (setting it to read it is not safe while another thread
    /// creates a file: the first `AtomicFileWriter` reads it before any file of the run is written).
    static let creationMask: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Whether there is a symbolic link at `path` (not followed).
    package static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}

/// The temporary files that SIGINT and SIGTERM must remove: their paths in a C buffer made once,
/// 64 slots of PATH_MAX bytes, and an atomic mask of the slots that hold a live one. The handler
/// reads only these (no allocation, no lock), `unlink`s each live path, then ends the program by
/// the same signal, its handler reset: the shell sees 130 (SIGINT) or 143 (SIGTERM). A crash
/// (SIGSEGV, SIGKILL) cannot be cleaned up after.
enum LiveTemporaryFiles {
    typealias Slot = Int

    static let slotCount = 64
    static let slotSize = Int(PATH_MAX)
    /// Bit i: slot i holds the path of a temporary file that exists or is being made.
    static let live = Atomic<UInt64>(0)
    /// Bit i: slot i is taken (being filled, or live).
    static let taken = Atomic<UInt64>(0)
    /// Made before the handlers are installed, never freed.
    nonisolated(unsafe) static let paths: UnsafeMutablePointer<CChar> = {
        let paths = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        paths.initialize(repeating: 0, count: slotCount * slotSize)
        return paths
    }()
    static let handlersInstalled = Atomic<Bool>(false)

    /// Takes a slot for `path`: nil when all 64 are taken or the path is longer than PATH_MAX
    /// (the file is then not removed by a signal).
    static func register(_ path: String) -> Slot? {
        installHandlers()
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        var current = taken.load(ordering: .relaxed)
        while current != .max {
            let slot = (~current).trailingZeroBitCount
            let (exchanged, original) = taken.compareExchange(
                expected: current, desired: current | (1 << slot),
                ordering: .acquiringAndReleasing)
            guard exchanged else {
                current = original
                continue
            }
            let start = paths + slot * slotSize
            for (index, byte) in bytes.enumerated() { start[index] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            live.bitwiseOr(1 << slot, ordering: .releasing)
            return slot
        }
        return nil
    }

    static func unregister(_ slot: Slot?) {
        guard let slot else { return }
        live.bitwiseAnd(~(1 << slot), ordering: .releasing)
        taken.bitwiseAnd(~(1 << slot), ordering: .releasing)
    }

    /// Installs the handler of SIGINT and SIGTERM once, but not for a signal the program was
    /// started with ignored (`nohup`, a background job): that stays ignored.
    private static func installHandlers() {
        guard !handlersInstalled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        _ = paths
        _ = live.load(ordering: .relaxed)
        for signal in [SIGINT, SIGTERM] {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !isIgnored(previous) else { continue }
            var action = sigaction()
            setHandler(&action, removeLiveTemporaryFiles)
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// The temporary files that exist now, for the tests.
    static var livePaths: [String] {
        let mask = live.load(ordering: .acquiring)
        return (0..<slotCount).filter { mask & (1 << $0) != 0 }.map { String(cString: paths + $0 * slotSize) }
    }
}

#if canImport(Darwin)
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == 1  // SIG_IGN
}
private func setHandler(_ action: inout sigaction, _ handler: @escaping @convention(c) (Int32) -> Void) {
    action.__sigaction_u.__sa_handler = handler
}
#else
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1  // SIG_IGN
}
private func setHandler(_ action: inout sigaction, _ handler: @escaping @convention(c) (Int32) -> Void) {
    action.__sigaction_handler.sa_handler = handler
}
#endif

/// The handler of SIGINT and SIGTERM: async-signal-safe (an atomic load, `unlink`, `raise`).
/// SA_RESETHAND has put back the default action, so the raised signal, delivered once this
/// returns, ends the program as the signal would have.
private func removeLiveTemporaryFiles(_ signal: Int32) {
    var mask = LiveTemporaryFiles.live.load(ordering: .acquiring)
    while mask != 0 {
        let slot = mask.trailingZeroBitCount
        mask &= mask - 1
        unlink(LiveTemporaryFiles.paths + slot * LiveTemporaryFiles.slotSize)
    }
    raise(signal)
}

/// The program's standard output or standard error, written straight (unbuffered).
package enum StandardStream {
    case output, error

    private var descriptor: FileDescriptor { self == .output ? .standardOutput : .standardError }

    /// Whether it is a terminal (`isatty`): where the command line draws its progress line and
    /// writes a listing only at the end.
    package var isTerminal: Bool { descriptor.isTerminal }

    /// Writes all of `bytes`; a write that takes part of them is continued, one interrupted by a
    /// signal is retried.
    /// - Throws: `FileSystemError` (`.writeStandardOutput`, also for standard error) with the
    ///   system's reason: `EPIPE` when the reader has gone (and SIGPIPE is ignored), `ENOSPC`…
    package func write(_ bytes: UnsafeRawBufferPointer) throws(FileSystemError) {
        guard bytes.baseAddress != nil else { return }
        do {
            try descriptor.writeAll(bytes)
        } catch {
            throw FileSystemError(.writeStandardOutput, path: "", code: error.rawValue)
        }
    }

    /// Whether a failure is the reader going away (`EPIPE`), which ends the program quietly.
    package static func isBrokenPipe(_ error: FileSystemError) -> Bool { error.code == EPIPE }
}
