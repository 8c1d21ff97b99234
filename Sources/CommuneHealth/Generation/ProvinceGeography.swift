/// The synthetic province: Tuyên Quang's seven districts and their communes, with
/// statistics-office-like codes (ordered by district, three apart).
enum ProvinceGeography {
    static let provinceCode = "08"
    static let provinceName = "Tuyên Quang"
    static let firstCommuneCode = 2194
    static let communeCodeStep = 3

    enum Terrain { case city, midland, mountain }

    struct District {
        var code: String
        var name: String
        var terrain: Terrain
        /// Relative weights of `ethnicGroups`, for a rural commune of the district.
        var ethnicMix: [Double]
        var communes: [String]
    }

    /// The ethnic groups written in @ethnicity, with how much more often their households are
    /// poor than the commune's rate, and their mean shift of height-for-age (z).
    static let ethnicGroups: [(name: String, povertyFactor: Double, heightShift: Double)] = [
        ("Kinh", 0.5, 0.1), ("Tày", 1.0, 0), ("Dao", 1.5, -0.15), ("Sán Chay", 1.1, -0.05),
        ("Cao Lan", 1.1, -0.05), ("H'Mông", 2.0, -0.3), ("Nùng", 1.1, 0), ("Sán Dìu", 0.9, 0),
        ("Pà Thẻn", 1.8, -0.2), ("Hoa", 0.5, 0.1), ("Mường", 1.0, 0), ("Giáy", 1.2, -0.05),
    ]
    static let kinh = 0

    //                                      Kinh Tày Dao SCh CLa HMô Nùng SDìu PàT Hoa Mường Giáy
    static let districts: [District] = [
        District(code: "070", name: "Thành phố Tuyên Quang", terrain: .city,
                 ethnicMix: [78, 11, 3, 3, 1, 0.3, 1.5, 1, 0, 0.6, 0.4, 0.2],
                 communes: ["Phường Phan Thiết", "Phường Minh Xuân", "Phường Tân Quang", "Phường Nông Tiến",
                            "Phường Ỷ La", "Phường Tân Hà", "Phường Hưng Thành", "Phường An Tường",
                            "Phường Đội Cấn", "Phường Mỹ Lâm", "Phường Lưỡng Vượng", "Xã Tràng Đà",
                            "Xã Kim Phú", "Xã An Khang", "Xã Thái Long"]),
        District(code: "071", name: "Huyện Lâm Bình", terrain: .mountain,
                 ethnicMix: [6, 55, 20, 1, 0, 12, 2, 0, 4, 0, 0, 0],
                 communes: ["Xã Lăng Can", "Xã Thượng Lâm", "Xã Khuôn Hà", "Xã Phúc Yên", "Xã Xuân Lập",
                            "Xã Bình An", "Xã Thổ Bình", "Xã Hồng Quang"]),
        District(code: "072", name: "Huyện Na Hang", terrain: .mountain,
                 ethnicMix: [12, 45, 22, 3, 0, 12, 3, 0, 3, 0, 0, 0],
                 communes: ["Thị trấn Na Hang", "Xã Thượng Giáp", "Xã Thượng Nông", "Xã Côn Lôn",
                            "Xã Yên Hoa", "Xã Hồng Thái", "Xã Đà Vị", "Xã Khâu Tinh", "Xã Sơn Phú",
                            "Xã Sinh Long", "Xã Năng Khả", "Xã Thanh Tương"]),
        District(code: "073", name: "Huyện Chiêm Hóa", terrain: .mountain,
                 ethnicMix: [20, 55, 12, 3, 2, 3, 3, 0, 2, 0, 0, 0],
                 communes: ["Thị trấn Vĩnh Lộc", "Xã Trung Hà", "Xã Phúc Sơn", "Xã Tân Mỹ", "Xã Hà Lang",
                            "Xã Hùng Mỹ", "Xã Yên Lập", "Xã Tân An", "Xã Bình Phú", "Xã Xuân Quang",
                            "Xã Ngọc Hội", "Xã Phú Bình", "Xã Hòa Phú", "Xã Phúc Thịnh", "Xã Kiên Đài",
                            "Xã Tân Thịnh", "Xã Trung Hòa", "Xã Kim Bình", "Xã Hòa An", "Xã Vinh Quang",
                            "Xã Tri Phú", "Xã Nhân Lý", "Xã Yên Nguyên", "Xã Linh Phú", "Xã Bình Nhân",
                            "Xã Minh Quang"]),
        District(code: "074", name: "Huyện Hàm Yên", terrain: .midland,
                 ethnicMix: [45, 25, 12, 4, 5, 3, 4, 0, 0, 0, 0, 2],
                 communes: ["Thị trấn Tân Yên", "Xã Yên Thuận", "Xã Bạch Xa", "Xã Minh Khương", "Xã Yên Lâm",
                            "Xã Minh Dân", "Xã Phù Lưu", "Xã Minh Hương", "Xã Yên Phú", "Xã Tân Thành",
                            "Xã Bình Xa", "Xã Thái Sơn", "Xã Nhân Mục", "Xã Thành Long", "Xã Bằng Cốc",
                            "Xã Thái Hòa", "Xã Đức Ninh", "Xã Hùng Đức"]),
        District(code: "075", name: "Huyện Yên Sơn", terrain: .midland,
                 ethnicMix: [50, 20, 10, 9, 4, 1, 3, 3, 0, 0, 0, 0],
                 communes: ["Thị trấn Yên Sơn", "Xã Trung Minh", "Xã Hùng Lợi", "Xã Trung Sơn", "Xã Kim Quan",
                            "Xã Lực Hành", "Xã Kiến Thiết", "Xã Trung Trực", "Xã Xuân Vân", "Xã Phúc Ninh",
                            "Xã Chiêu Yên", "Xã Tân Long", "Xã Thái Bình", "Xã Tứ Quận", "Xã Lang Quán",
                            "Xã Chân Sơn", "Xã Thắng Quân", "Xã Phú Thịnh", "Xã Tiến Bộ", "Xã Đạo Viện",
                            "Xã Công Đa", "Xã Quý Quân", "Xã Mỹ Bằng", "Xã Hoàng Khai", "Xã Nhữ Hán",
                            "Xã Nhữ Khê", "Xã Đội Bình", "Xã Trung Môn", "Xã Tân Tiến"]),
        District(code: "076", name: "Huyện Sơn Dương", terrain: .midland,
                 ethnicMix: [55, 12, 7, 6, 7, 0, 2, 10, 0, 1, 0, 0],
                 communes: ["Thị trấn Sơn Dương", "Xã Trung Yên", "Xã Minh Thanh", "Xã Tân Trào", "Xã Bình Yên",
                            "Xã Lương Thiện", "Xã Hợp Hòa", "Xã Kháng Nhật", "Xã Hợp Thành", "Xã Phúc Ứng",
                            "Xã Tú Thịnh", "Xã Đông Thọ", "Xã Quyết Thắng", "Xã Thượng Ấm", "Xã Vĩnh Lợi",
                            "Xã Cấp Tiến", "Xã Sơn Nam", "Xã Đại Phú", "Xã Phú Lương", "Xã Tam Đa",
                            "Xã Hào Phú", "Xã Văn Phú", "Xã Chi Thiết", "Xã Đông Lợi", "Xã Thiện Kế",
                            "Xã Ninh Lai", "Xã Sầm Dương", "Xã Lâm Xuyên", "Xã Vân Sơn", "Xã Tuân Lộ",
                            "Xã Hồng Lạc", "Xã Đồng Quý"]),
    ]

    /// One commune of the generated province: where it is, not yet how it looks.
    struct Place {
        /// Position in the province's full list: the key of everything drawn for the commune.
        var index: Int
        var code: String
        var name: String
        var district: Int
        var isUrban: Bool
    }

    /// Every commune of the province in code order: the real list, then, when more communes are
    /// asked for than it holds, made-up ones spread over the districts in proportion. A real
    /// commune has the same code however many communes are asked for.
    static func places(count: Int) throws -> [Place] {
        var result: [Place] = []
        func add(_ name: String, district: Int) throws {
            let number = firstCommuneCode + communeCodeStep * result.count
            guard number <= 99_999 else { throw GeneratorError.tooManyCommunes(count) }
            result.append(Place(index: result.count, code: zeroPadded(number, 5), name: name, district: district,
                                isUrban: !name.hasPrefix("Xã ")))
        }
        for (district, info) in districts.enumerated() {
            for name in info.communes { try add(name, district: district) }
        }
        if count > result.count {
            let extra = apportion(count - result.count, weights: districts.map { Double($0.communes.count) })
            var used = Set(result.map(\.name))
            var nameNumber = 0
            for (district, more) in extra.enumerated() {
                for _ in 0..<more {
                    var name: String
                    repeat { name = madeUpName(nameNumber); nameNumber += 1 } while used.contains(name)
                    used.insert(name)
                    try add(name, district: district)
                }
            }
        }
        return result
    }

    /// `count` communes of the province spread over the districts in proportion to their size
    /// (each district gets one when there are enough), which ones drawn from `seed`; code order.
    static func selection(count: Int, seed: UInt64) throws -> [Place] {
        let all = try places(count: count)
        let realCount = districts.reduce(0) { $0 + $1.communes.count }
        if count >= realCount { return all }
        let byDistrict = Dictionary(grouping: all, by: \.district)
        let sizes = districts.map { $0.communes.count }
        let quotas = apportion(count, weights: sizes.map(Double.init), minimum: count >= districts.count ? 1 : 0,
                               capacity: sizes)
        var chosen: [Place] = []
        for (district, quota) in quotas.enumerated() where quota > 0 {
            var candidates = byDistrict[district] ?? []
            var random = GeneratorRandom(seed, 0x5E1E_C7, UInt64(district))
            // A partial Fisher-Yates shuffle: the first `quota` are a uniform choice.
            for slot in 0..<quota {
                candidates.swapAt(slot, slot + random.below(candidates.count - slot))
            }
            chosen += candidates.prefix(quota)
        }
        return chosen.sorted { $0.index < $1.index }
    }

    /// Splits `total` into integer parts proportional to `weights` by largest remainders, each
    /// part at least `minimum` and at most its `capacity` (both must leave room for `total`).
    static func apportion(_ total: Int, weights: [Double], minimum: Int = 0, capacity: [Int]? = nil) -> [Int] {
        let sum = weights.reduce(0, +)
        let quotas = weights.map { Double(total) * $0 / sum }
        let capacity = capacity ?? Array(repeating: Int.max, count: weights.count)
        var parts = quotas.indices.map { min(max(Int(quotas[$0]), minimum), capacity[$0]) }
        // Ties go to the earlier index, so the split never depends on sort stability.
        let byRemainder = weights.indices.sorted {
            let a = quotas[$0] - Double(Int(quotas[$0])), b = quotas[$1] - Double(Int(quotas[$1]))
            return a != b ? a > b : $0 < $1
        }
        var missing = total - parts.reduce(0, +)
        while missing > 0 {
            for index in byRemainder where missing > 0 && parts[index] < capacity[index] {
                parts[index] += 1
                missing -= 1
            }
        }
        while missing < 0 {
            for index in byRemainder.reversed() where missing < 0 && parts[index] > minimum {
                parts[index] -= 1
                missing += 1
            }
        }
        return parts
    }

    private static let syllables = ["An", "Bình", "Hòa", "Phú", "Tân", "Thịnh", "Long", "Sơn", "Hà", "Minh",
                                    "Quang", "Thành", "Yên", "Phúc", "Trung", "Hồng", "Đức", "Lâm", "Vĩnh",
                                    "Xuân", "Thái", "Kim", "Ngọc", "Đông", "Tiến", "Lợi", "Hưng", "Khánh"]

    /// The `number`-th made-up commune name: two syllables, then a number once they run out.
    private static func madeUpName(_ number: Int) -> String {
        let count = syllables.count
        let first = number % count
        let second = (first + 1 + (number / count) % (count - 1)) % count
        let round = number / (count * (count - 1))
        return "Xã \(syllables[first]) \(syllables[second])" + (round > 0 ? " \(round + 1)" : "")
    }
}

func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Why `generate` could not write a province.
public enum GeneratorError: Error, CustomStringConvertible {
    case tooManyCommunes(Int)
    case invalidOptions(String)

    public var description: String {
        switch self {
        case .tooManyCommunes(let count): return "\(count) communes do not fit in 5-digit commune codes"
        case .invalidOptions(let why): return why
        }
    }
}
