// PLACEHOLDER until the weight tables land; deleted at merge.
public struct WeightBasedZScores: Sendable, Equatable {
    public var waz: Double?
    public var whz: Double?
    public var baz: Double?
}
public struct WeightStandards: Sendable {
    public static let who2006 = WeightStandards()
    public func zScores(sex: Sex, ageDays: Int, adjustedHeightCm: Double, weightKg: Double?, oedema: Bool) -> WeightBasedZScores {
        WeightBasedZScores()
    }
}
