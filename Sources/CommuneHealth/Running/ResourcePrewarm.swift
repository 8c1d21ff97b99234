import Dispatch

/// What the reading commands need before their first file is summarised, read on another thread as
/// soon as the program starts: the WHO growth tables (`Anthropometry`) and, for the commands that
/// check each commune against it, the register of communes. Parsing them (about 17 M
/// instructions) then overlaps swift-argument-parser's reading of the command line (about 16 M), on
/// a second core when there is one: a third of the start-up's wall time (#30,
/// Benchmarks/README.md).
///
/// Their first use waits for this thread: a `static let` is made once, by the first thread to ask,
/// any other waiting until it is made. So the values, and every output, are the same.
package enum ResourcePrewarm {
    package static func start(register: Bool) {
        DispatchQueue.global().async {
            _ = Anthropometry()
            if register { _ = CommuneRegister.shared }
        }
    }
}
