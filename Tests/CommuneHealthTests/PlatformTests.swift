import Foundation
import Testing
import CHeapTuning
@testable import CommuneHealth

/// The POSIX replacements of Foundation calls (Platform/POSIX.swift) give what Foundation gave.
@Suite struct PlatformTests {
    @Test func hugeValuesAreFormattedAsStringFormatDid() {
        let values: [Double] = [1e15, -1e15, 123_456_789_012_345_680, 1e20 + 0.5, -9.87654321e22, 1.7976931348623157e308,
                                -1e300, 4.5e15, 0x1p60, -0x1p53 - 2]
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
