import Foundation
import Testing
import CHeapTuning
@testable import CommuneHealth

/// The POSIX replacements of Foundation calls (Platform/POSIX.swift) give what Foundation gave.
@Suite struct PlatformTests {
    @Test func hugeValuesAreFormattedAsStringFormatDid() {
        let values: [Double] = [
            1e15, -1e15, 123_456_789_012_345_680, 1e20 + 0.5, -9.87654321e22, 1.7976931348623157e308,
            -1e300, 4.5e15, 0x1p60, -0x1p53 - 2,
        ]
        for value in values {
            for places in [0, 1, 2, 3] {
                #expect(formatFixed(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
            }
        }
    }

    /// The executable's allocator setting (Sources/commune-health/HeapTuning.swift) reaches glibc:
    /// built without <stdlib.h> the C file saw no `__GLIBC__` and silently did nothing. Under
    /// AddressSanitizer the allocator is the sanitizer's, whose `mallopt` takes no setting (#26).
    @Test func theHeapTopSettingReachesGlibc() {
        #if os(Linux) && canImport(Glibc)
        #expect(commune_health_keep_heap_top(16 << 20) == (underAddressSanitizer ? 0 : 1))
        #else
        #expect(commune_health_keep_heap_top(16 << 20) == 0)
        #endif
    }

    @Test func theProcessorCountIsFoundations() {
        #expect(Analyzer.defaultJobs == ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func pathsSplitIntoFolderAndName() {
        #expect(FileSystem.split("report.json") == (".", "report.json"))
        #expect(FileSystem.split("out/report.json") == ("out", "report.json"))
        #expect(FileSystem.split("/report.json") == ("/", "report.json"))
        #expect(FileSystem.split("/a/b/") == ("/a", "b"))
        #expect(FileSystem.join("a", "b") == "a/b")
        #expect(FileSystem.join("a/", "b") == "a/b")
        #expect(FileSystem.join("", "b") == "b")
        #expect(FileSystem.absolute("/x/y") == "/x/y")
        #expect(FileSystem.absolute("y") == FileManager.default.currentDirectoryPath + "/y")
    }

    /// Platform/FileDescriptor.swift: what is written is read back at any offset, a read past the
    /// end is EIO, and every failure is the system's `Errno`.
    @Test func aFileDescriptorWritesReadsAndNamesItsFailures() throws {
        let path = NSTemporaryDirectory() + "commune-health-descriptor-\(UUID().uuidString)"
        let file = try FileDescriptor.open(path, .readWrite, options: [.create, .exclusiveCreate], permissions: 0o600)
        defer {
            try? file.close()
            unlink(path)
        }
        try Array("hello, world".utf8).withUnsafeBytes { try file.writeAll($0) }
        try Array("W".utf8).withUnsafeBytes { try file.writeAll(toAbsoluteOffset: 7, $0) }
        var five = [UInt8](repeating: 0, count: 5)
        try five.withUnsafeMutableBytes { try file.read(exactlyFromAbsoluteOffset: 7, into: $0) }
        #expect(String(decoding: five, as: UTF8.self) == "World")
        #expect(try five.withUnsafeMutableBytes { try file.read(fromAbsoluteOffset: 10, into: $0) } == 2)
        #expect(throws: Errno.ioError) { try five.withUnsafeMutableBytes { try file.read(exactlyFromAbsoluteOffset: 8, into: $0) } }
        #expect(throws: Errno(rawValue: EEXIST)) { try FileDescriptor.open(path, .writeOnly, options: [.create, .exclusiveCreate]) }
        #expect(throws: Errno(rawValue: ENOENT)) { try FileDescriptor.open(path + "-missing", .readOnly) }
        #expect(Errno(rawValue: ENOENT).description == "No such file or directory")
        #expect(!file.isFolder && !file.isTerminal)
        let folder = try FileDescriptor.open(NSTemporaryDirectory(), .readOnly)
        defer { try? folder.close() }
        #expect(folder.isFolder)
    }

    @Test func foldersAreCreatedWithTheFoldersAboveThem() throws {
        let base = NSTemporaryDirectory() + "commune-health-platform-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileSystem.createFolder(base + "/a/b/c")
        try FileSystem.createFolder(base + "/a/b/c")  // already there: fine
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: base + "/a/b/c", isDirectory: &isFolder) && isFolder.boolValue)
        try FileSystem.writeAtomically(Array("x".utf8), to: base + "/file")
        #expect(throws: FileSystemError(.createFolder, path: base + "/file/sub", code: ENOTDIR)) {
            try FileSystem.createFolder(base + "/file/sub")
        }
    }

    @Test func aReportInAMissingFolderSaysWhichFolder() {
        let folder = NSTemporaryDirectory() + "commune-health-missing-\(UUID().uuidString)"
        let error = #expect(throws: FileSystemError.self) { try FileSystem.writeAtomically(Array("x".utf8), to: folder + "/report.json") }
        #expect(error == FileSystemError(.createFileIn, path: folder, code: ENOENT))
        #expect(error?.description == "cannot create a file in \(folder): No such file or directory")
    }
}
