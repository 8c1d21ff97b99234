/// What a command made and no longer needs once its result is written, kept until the process
/// exits rather than freed: the system takes a process's memory back whole, where freeing an
/// analysis goes object by object (each commune's summary, the problems held in memory, the
/// duplicates: about 2 ms at the end of the messy province's 0.4 s run with two jobs; #30,
/// Benchmarks/README.md). Only the executable keeps anything here, once per run; the library
/// frees what it makes as usual.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` (a copy of a struct keeps its storage) until the process exits.
    static func keep(_ value: Any) { values.append(value) }
}
