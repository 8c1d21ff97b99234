import ArgumentParser

/// An option whose values are the names of its cases (`--format json`).
///
/// Its default description and value list are the raw values, given here rather than left to
/// swift-argument-parser's defaults, which print a value with `String(describing:)`: that asks
/// the runtime which protocols the type conforms to, a search through every conformance record
/// of every loaded library, several times per option and on every run (Benchmarks/README.md).
protocol NamedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension NamedArgument {
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
