#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommuneHealth
import FuzzDriver

/// One input is one export file checked as `validate` checks it, in both languages: the reader's
/// messages and, when the reader accepts the file, libxml2's XML Schema validation of it (which
/// reads the file by its path: the input is written to a temporary file first).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = temporaryPath
    guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
    require(size == 0 || fwrite(data, 1, size, file) == size, "cannot write \(path)")
    fclose(file)
    for language in Language.allCases {
        let report = FileValidator(language: language).validate(file: path)
        require(!report.rejected || !report.problems.isEmpty, "a rejected file without a message")
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("ValidateFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}

/// One file per process, in $TMPDIR or /tmp.
private let temporaryPath: String = {
    let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    return folder + "/validate-fuzz-\(getpid()).xml"
}()
