import Testing
@testable import CommuneHealth

// Card numbers, funding groups, the under-6 rule and the duplicate check (cards-v1). Every suite's
// name starts with CardNumber so that `swift test --filter CardNumber` runs them all.

private func card(_ text: String) -> CardNumber {
    var copy = text
    return copy.withUTF8 { CardNumber(bytes: ByteView($0)) }
}

private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

@Suite struct CardNumberTests {
    @Test func fifteenCharacters() {
        let number = card("TE1083512345678")
        #expect(number.form == .fifteen)
        #expect(number.groupCode == .te && number.groupCode?.description == "TE")
        #expect(number.groupCode?.rawValue == 0x5445)
        #expect(number.fundingGroup == .stateBudget)
        #expect(number.benefitLevel == 1)
        #expect(number.provinceCode == 8)
        #expect(number.socialInsuranceNumber == 3_512_345_678)
        #expect(number.malformation == nil)
        #expect(number.isChildCard)
        #expect(number.warning { "TE1083512345678" } == nil)
    }

    @Test func everyBenefitLevelAndTheWidestNumbers() {
        for level in 1...5 {
            #expect(card("DN\(level)790000000000").benefitLevel == UInt8(level))
        }
        let widest = card("GD5999999999999")
        #expect(widest.provinceCode == 99 && widest.socialInsuranceNumber == 9_999_999_999)
        #expect(widest.fundingGroup == .household && !widest.isChildCard)
        #expect(card("HT3000000000000").socialInsuranceNumber == 0)
    }

    @Test func tenDigits() {
        let number = card("0123456789")
        #expect(number.form == .tenDigit)
        #expect(number.socialInsuranceNumber == 123_456_789)
        #expect(number.groupCode == nil && number.benefitLevel == nil && number.provinceCode == nil)
        #expect(number.fundingGroup == .unknown)
        #expect(number.malformation == nil)
        #expect(number.warning { "0123456789" } == nil)
    }

    @Test(arguments: [
        ("TE108351234567", CardNumberMalformation.length),  // 14 characters
        ("TE10835123456789", .length),  // 16 characters
        ("", .length),
        ("012345678", .length),
        ("01234567890", .length),
        ("te1083512345678", .groupCode),  // lower-case group code
        ("Te1083512345678", .groupCode),
        ("T11083512345678", .groupCode),
        ("TE0083512345678", .benefitLevel),  // level 0
        ("TE6083512345678", .benefitLevel),  // level 6
        ("TEA083512345678", .benefitLevel),
        ("TE1X83512345678", .provinceCode),
        ("TE10X3512345678", .provinceCode),
        ("TE10835123456A8", .socialInsuranceNumber),  // a letter in the number part
        ("TE108ABCDEFGHIJ", .socialInsuranceNumber),
        ("TE108351234567 ", .socialInsuranceNumber),
        ("01234567A9", .socialInsuranceNumber),
        ("012345678 ", .socialInsuranceNumber),
        (" TE1083512345678", .length),  // nothing is trimmed
        ("TÉ108351234567", .notASCII),  // 15 bytes, 14 characters
        ("０１２３４５６７８９", .notASCII),  // full-width digits
    ])
    func unknownForm(text: String, why: CardNumberMalformation) {
        let number = card(text)
        #expect(number.form == .unknown)
        #expect(number.malformation == why)
        #expect(number.groupCode == nil && number.benefitLevel == nil && number.provinceCode == nil)
        #expect(number.socialInsuranceNumber == nil)
        #expect(number.fundingGroup == .unknown)
        #expect(number.warning { text } == .unknownForm(number: text, why: why))
    }

    @Test func unknownGroupCode() {
        let number = card("ZZ1083512345678")
        #expect(number.form == .fifteen)
        #expect(number.groupCode?.description == "ZZ")
        #expect(number.fundingGroup == .unknown)
        #expect(number.socialInsuranceNumber == 3_512_345_678)
        #expect(number.malformation == nil)
        #expect(number.warning { "ZZ1083512345678" } == .unknownGroupCode(number: "ZZ1083512345678", code: "ZZ"))
    }

    @Test func theWarningTextIsMadeOnlyForAWarning() {
        var made = 0
        _ = card("DN4790123456789").warning {
            made += 1; return ""
        }
        #expect(made == 0)
        _ = card("DN479012345678").warning {
            made += 1; return ""
        }
        #expect(made == 1)
    }
}

@Suite struct CardNumberFundingGroupTests {
    @Test(arguments: [
        ("DN", FundingGroup.employment), ("XK", .employment),
        ("HT", .socialInsurance), ("CS", .socialInsurance),
        ("TE", .stateBudget), ("PV", .stateBudget), ("HN", .stateBudget),
        ("CN", .budgetSupported), ("HS", .budgetSupported), ("GB", .budgetSupported),
        ("GD", .household),
        ("ZZ", .unknown), ("AA", .unknown), ("DM", .unknown),
    ])
    func fromACode(code: String, group: FundingGroup) {
        #expect(FundingGroup(groupCode: code) == group)
        #expect(card(code + "2793512345678").fundingGroup == group)
    }

    /// The constant table agrees with the specification's lists for all 676 two-capital codes.
    @Test func theTableAgreesWithTheCodesForEveryCode() {
        var expected: [String: FundingGroup] = [:]
        for group in FundingGroup.allCases {
            for code in group.codes {
                #expect(expected.updateValue(group, forKey: code) == nil, "\(code) is in two groups")
            }
        }
        #expect(expected.count == 44)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        for first in letters {
            for second in letters {
                let code = GroupCode(first, second)
                #expect(code.fundingGroup == expected[code.description] ?? .unknown, "\(code)")
            }
        }
        GroupCode.table.withUTF8Buffer { table in
            #expect(table.count == 26 * GroupCode.rowStride - 1)
            for (row, letter) in letters.enumerated() {
                #expect(table[row * GroupCode.rowStride] == letter)
            }
        }
    }

    @Test func codesThatAreNotTwoCapitals() {
        for code in ["", "T", "TEE", "te", "T1", "@A", "[A", "A[", "É"] {
            #expect(FundingGroup(groupCode: code) == .unknown, "\(code)")
        }
    }

    @Test func countsPerGroupAddUp() {
        var counts = FundingGroupCounts()
        for group in [FundingGroup.stateBudget, .stateBudget, .household, .unknown, .employment] { counts.add(group) }
        #expect(counts == FundingGroupCounts(employment: 1, stateBudget: 2, household: 1, unknown: 1))
        #expect(counts.total == 5)
        #expect(counts.share(.stateBudget) == 0.4)
        #expect(counts.share(.socialInsurance) == 0)
        #expect(FundingGroupCounts().share(.employment) == nil)
        let sum =
            counts
            + FundingGroupCounts(
                employment: 2, socialInsurance: 3, stateBudget: 4, budgetSupported: 5,
                household: 6, unknown: 7)
        #expect(
            sum
                == FundingGroupCounts(
                    employment: 3, socialInsurance: 3, stateBudget: 6, budgetSupported: 5,
                    household: 7, unknown: 8))
        #expect(FundingGroup.allCases.map { sum[$0] } == [3, 3, 6, 5, 7, 8])
    }
}

@Suite struct CardNumberUnder6Tests {
    /// Age in completed years and "under 6", by the rules FileFold calls.
    private func age(_ birth: CalendarDate, on date: CalendarDate) -> Int {
        DateFields(birth).completedYears(to: DateFields(date))
    }

    @Test func sixthBirthday() {
        let birth = day("2018-06-15")
        #expect(isUnder6(ageYears: age(birth, on: day("2024-06-14"))))
        #expect(!isUnder6(ageYears: age(birth, on: day("2024-06-15"))))
        #expect(isUnder6(ageYears: age(birth, on: birth)))
        #expect(age(birth, on: day("2024-06-14")) == 5)
        #expect(age(birth, on: day("2024-06-15")) == 6)
        #expect(age(birth, on: day("2025-06-14")) == 6)
        #expect(isUnder6(ageYears: 5) && !isUnder6(ageYears: 6) && !isUnder6(ageYears: 7))
    }

    @Test func leapDayBirthdayTurnsSixOnTheFirstOfMarch() {
        let birth = day("2020-02-29")
        #expect(isUnder6(ageYears: age(birth, on: day("2026-02-28"))))
        #expect(!isUnder6(ageYears: age(birth, on: day("2026-03-01"))))
        #expect(age(birth, on: day("2024-02-29")) == 4)
        #expect(age(birth, on: day("2025-02-28")) == 4)
        #expect(age(birth, on: day("2025-03-01")) == 5)
    }

    @Test func aTECardHeldAtSixOrMore() {
        let te = card("TE1083512345678"), birth = day("2018-06-15")
        #expect(childCardWarning(te, ageYears: age(birth, on: day("2024-06-14"))) { "TE1083512345678" } == nil)
        #expect(
            childCardWarning(te, ageYears: age(birth, on: day("2024-06-15"))) { "TE1083512345678" }
                == .childCardAged6OrMore(number: "TE1083512345678", ageYears: 6))
        #expect(
            childCardWarning(te, ageYears: age(birth, on: day("2031-01-01"))) { "x" }
                == .childCardAged6OrMore(number: "x", ageYears: 12))
        let other = card("CN3083512345678")
        #expect(childCardWarning(other, ageYears: age(birth, on: day("2031-01-01"))) { "x" } == nil)
    }

    @Test func coverageAgeGroupsAndEntitlementFollowTheRule() {
        #expect(CoverageAgeGroup(ageYears: 5) == .under6)
        #expect(CoverageAgeGroup(ageYears: 6) == .from6to59)
        #expect(CoverageAgeGroup(ageYears: 59) == .from6to59)
        #expect(CoverageAgeGroup(ageYears: 60) == .from60)
    }

    @Test func under6Counts() {
        var counts = Under6Counts()
        #expect(counts.rate == nil)
        counts.add(insured: true)
        counts.add(insured: false)
        counts.add(insured: true)
        counts.add(insured: true)
        #expect(counts == Under6Counts(residents: 4, uninsured: 1))
        #expect(counts.rate == 0.25)
        #expect(counts + Under6Counts(residents: 6, uninsured: 4) == Under6Counts(residents: 10, uninsured: 5))
    }
}

@Suite struct CardNumberDuplicateTests {
    private let period2024 = ReportingPeriod(from: day("2024-01-01"), to: day("2024-12-31")).key
    private let period2023 = ReportingPeriod(from: day("2023-01-01"), to: day("2023-12-31")).key

    private func file(
        _ name: String, _ commune: String, _ period: PeriodKey,
        _ entries: [(number: UInt64, line: Int)]
    ) -> (InsuredNumbersOfFile, [InFileDuplicate]) {
        var collector = InsuredNumberCollector()
        for entry in entries { collector.append(number: entry.number, line: entry.line) }
        let (numbers, duplicates) = collector.sorted()
        return (InsuredNumbersOfFile(file: name, communeCode: commune, period: period, numbers: numbers), duplicates)
    }

    @Test func theSameNumberTwiceInOneFile() {
        let (a, inFile) = file("a.xml", "02218", period2024, [(42, 30), (7, 12), (42, 18), (9, 40)])
        #expect(a.numbers.keys.map(InsuredNumberKey.number) == [7, 9, 42, 42])
        #expect(inFile == [InFileDuplicate(number: 42, lines: [18, 30])])
        #expect(
            inFile[0].warnings(file: "a.xml") == [
                CardWarning(file: "a.xml", line: 18, reason: .sameNumberInFile(number: "0000000042", otherLines: [30])),
                CardWarning(file: "a.xml", line: 30, reason: .sameNumberInFile(number: "0000000042", otherLines: [18])),
            ])
        let (b, _) = file("b.xml", "02221", period2024, [(8, 5)])
        #expect(findDuplicatePeople(in: [a, b]).isEmpty)
    }

    @Test func twoFilesOfOnePeriod() {
        let (a, _) = file("a.xml", "02218", period2024, [(3_512_345_678, 30), (5, 12)])
        let (b, _) = file("b.xml", "02221", period2024, [(6, 9), (3_512_345_678, 44), (5, 70)])
        let people = findDuplicatePeople(in: [b, a])
        #expect(
            people == [
                DuplicatePerson(
                    number: 5, period: period2024,
                    places: [
                        DuplicatePlace(file: "a.xml", line: 12, communeCode: "02218"),
                        DuplicatePlace(file: "b.xml", line: 70, communeCode: "02221"),
                    ]),
                DuplicatePerson(
                    number: 3_512_345_678, period: period2024,
                    places: [
                        DuplicatePlace(file: "a.xml", line: 30, communeCode: "02218"),
                        DuplicatePlace(file: "b.xml", line: 44, communeCode: "02221"),
                    ]),
            ])
        #expect(people.map(\.digits) == ["0000000005", "3512345678"])
    }

    @Test func twoFilesOfDifferentPeriodsAreNoDuplicate() {
        let (a, _) = file("a.xml", "02218", period2024, [(42, 30)])
        let (b, _) = file("b.xml", "02221", period2023, [(42, 30)])
        #expect(findDuplicatePeople(in: [a, b]).isEmpty)
    }

    /// All three cases together, and a number twice in one file and once in another.
    @Test func onlyTheSamePeriodCounts() {
        let (a, inA) = file("a.xml", "02218", period2024, [(1, 10), (1, 11), (2, 12), (3, 13)])
        let (b, _) = file("b.xml", "02221", period2024, [(2, 20), (4, 21)])
        let (c, _) = file("c.xml", "02230", period2023, [(1, 30), (3, 31), (4, 32)])
        let (d, _) = file("d.xml", "02233", period2024, [])
        #expect(inA.map(\.number) == [1])
        let people = findDuplicatePeople(in: [a, b, c, d])
        #expect(people.map(\.number) == [2])
        #expect(people.first?.places.map(\.line) == [12, 20])
        let (e, _) = file("e.xml", "02236", period2023, [(1, 50), (4, 51)])
        let more = findDuplicatePeople(in: [a, b, c, d, e])
        #expect(
            more.map { "\($0.number) \($0.period.from) \($0.places.map { "\($0.file):\($0.line)" })" } == [
                "1 2023-01-01 [\"c.xml:30\", \"e.xml:50\"]",
                "2 2024-01-01 [\"a.xml:12\", \"b.xml:20\"]",
                "4 2023-01-01 [\"c.xml:32\", \"e.xml:51\"]",
            ])
    }

    @Test func manyFilesMergeLikeASort() {
        var files: [InsuredNumbersOfFile] = []
        var expected: [UInt64: Set<Int>] = [:]
        for index in 0..<37 {
            let numbers = (0..<200).map { UInt64(($0 * 7919 + index * 104_729) % 5_000) }
            for number in numbers { expected[number, default: []].insert(index) }
            files.append(file("f\(index).xml", "0\(index)", period2024, numbers.enumerated().map { ($1, $0 + 1) }).0)
        }
        let people = findDuplicatePeople(in: files)
        #expect(people.map(\.number) == expected.filter { $0.value.count >= 2 }.keys.sorted())
        #expect(people.allSatisfy { Set($0.places.map(\.file)).count >= 2 })
    }

    /// Numbers written to a spill and looked at a group of partitions at a time give the same
    /// people, places and order as every number in memory at once: 37 files, 1,500 numbers each
    /// over 20,000 ten-digit numbers, two periods; groups of 1,000 numbers (about 56 groups).
    @Test func spilledNumbersInGroupsFindTheSamePeople() throws {
        var files: [InsuredNumbersOfFile] = []
        for index in 0..<37 {
            let numbers = (0..<1_500).map { UInt64(1_000_000_000 + (($0 * 7_919 + index * 104_729) % 20_000) * 409_993) }
            files.append(
                file(
                    "f\(index).xml", "0\(index)", index % 3 == 0 ? period2023 : period2024,
                    numbers.enumerated().map { ($1, $0 + 1) }
                ).0)
        }
        let inMemory = findDuplicatePeople(in: files)
        // Against every number counted by hand: each period's numbers are more than one block of
        // `mergeNumbers` (so its blocks are seen to join), and every place of a person is listed.
        var filesOf: [PeriodKey: [UInt64: Set<Int>]] = [:]
        var placesOf: [PeriodKey: [UInt64: Int]] = [:]
        for (index, file) in files.enumerated() {
            for key in file.numbers.keys {
                filesOf[file.period, default: [:]][InsuredNumberKey.number(key), default: []].insert(index)
                placesOf[file.period, default: [:]][InsuredNumberKey.number(key), default: 0] += 1
            }
        }
        #expect(placesOf.values.allSatisfy { $0.values.reduce(0, +) > duplicateBlockNumbers })
        let expected = filesOf.flatMap { period, numbers in numbers.filter { $0.value.count >= 2 }.keys.map { ($0, period) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        #expect(inMemory.map(\.number) == expected.map(\.0))
        #expect(inMemory.map(\.period) == expected.map(\.1))
        #expect(inMemory.allSatisfy { $0.places.count == placesOf[$0.period]![$0.number]! })
        let spill = try ProblemSpill()
        var spilled = files
        for index in spilled.indices { spilled[index].numbers.spill(to: spill) }
        #expect(spilled.allSatisfy { $0.numbers.keys.isEmpty } && spill.size == 37 * 1_500 * 8)
        #expect(spilled.map(\.numbers.count) == files.map(\.numbers.count))
        let counts = spilled.map { $0.numbers.partitionCounts() }.reduce(into: [Int](repeating: 0, count: 256)) {
            for (partition, count) in $1.enumerated() { $0[partition] += count }
        }
        #expect(counts.reduce(0, +) == 37 * 1_500)
        #expect(NumberPartitions.groups(counts, budget: 1_000).count >= 50)
        let inGroups = findDuplicatePeople(in: spilled, groupSize: 1_000)
        #expect(inGroups.count > 1_000)
        #expect(inGroups == inMemory)
        #expect(findDuplicatePeople(in: spilled) == inMemory)
        #expect(spill.readFailure == nil)
    }

    /// On several threads, the groups are smaller (a `jobs`th of the budget at most, and at least
    /// four per job) and looked at in any order: the people found and their order are the same.
    @Test(arguments: [2, 3, 8])
    func groupsOnSeveralThreadsFindTheSamePeople(jobs: Int) throws {
        var files: [InsuredNumbersOfFile] = []
        for index in 0..<23 {
            let numbers = (0..<900).map { UInt64(2_000_000_000 + (($0 * 6_101 + index * 7_727) % 9_000) * 311_111) }
            files.append(
                file(
                    "g\(index).xml", "1\(index)", index % 4 == 0 ? period2023 : period2024,
                    numbers.enumerated().map { ($1, 2 * $0 + 3) }
                ).0)
        }
        let one = findDuplicatePeople(in: files)
        #expect(one.count > 500)
        #expect(Set(one.map(\.period)).count == 2)
        #expect(findDuplicatePeople(in: files, jobs: jobs) == one)
        let spill = try ProblemSpill()
        var spilled = files
        for index in spilled.indices { spilled[index].numbers.spill(to: spill) }
        #expect(findDuplicatePeople(in: spilled, jobs: jobs) == one)
        #expect(findDuplicatePeople(in: spilled, groupSize: 700, jobs: jobs) == one)
        #expect(spill.readFailure == nil)
    }

    /// Groups of partitions: consecutive, covering all 256, a partition larger than the budget alone.
    @Test func partitionsGroupUpToTheBudget() {
        var counts = [Int](repeating: 1, count: 256)
        counts[3] = 50
        let groups = NumberPartitions.groups(counts, budget: 10)
        #expect(groups.first == 0..<3 && groups[1] == 3..<4 && groups[2] == 4..<14)
        #expect(groups.last?.upperBound == 256 && zip(groups, groups.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(NumberPartitions.groups([Int](repeating: 0, count: 256), budget: 10) == [0..<256])
    }

    @Test func packingKeepsTheNumberAndTheLine() {
        let key = InsuredNumberKey.pack(number: 9_999_999_999, line: InsuredNumberKey.maxLine)
        #expect(InsuredNumberKey.number(key) == 9_999_999_999 && InsuredNumberKey.line(key) == (1 << 30) - 1)
        #expect(InsuredNumberKey.line(InsuredNumberKey.pack(number: 1, line: 1 << 31)) == InsuredNumberKey.maxLine)
        #expect(InsuredNumberKey.pack(number: 1, line: 999_999) < InsuredNumberKey.pack(number: 2, line: 1))
    }
}

@Suite struct CardNumberLabelTests {
    @Test func everyLabelInBothLanguages() {
        var labels: [CardLabel] = [.fundingGroupsHeading, .under6WithoutCard, .uninsured, .duplicatePeople]
        labels += FundingGroup.allCases.map { .fundingGroup($0) }
        labels += UninsuredColumn.allCases.map { .uninsuredColumn($0) }
        for label in labels {
            #expect(!label.text(.en).isEmpty && !label.text(.vi).isEmpty)
            #expect(label.text(.en) != label.text(.vi), "\(label)")
        }
        #expect(FundingGroup.stateBudget.label(.vi) == "Ngân sách nhà nước đóng")
        #expect(FundingGroup.employment.label(.en) == "Employment (worker and employer pay)")
        #expect(
            UninsuredColumn.allCases.map { CardLabel.uninsuredColumn($0).text(.en) }.joined(separator: ",")
                == "file,line,communeCode,residentId,sex,birthDate,ageYears,ethnicity,poverty,lastCardValidTo,entitledFree")
    }

    @Test func warningTexts() {
        let reason = CardWarningReason.unknownForm(number: "te1083512345678", why: .groupCode)
        #expect(
            reason.description
                == "card number 'te1083512345678' is of unknown form: its first two characters, the group code, are not capital letters; the card counts for coverage, its funding group is unknown"
        )
        #expect(
            CardWarning(file: "a.xml", line: 7, reason: .childCardAged6OrMore(number: "TE1083512345678", ageYears: 6)).description
                == "a.xml:7: TE card 'TE1083512345678', valid on the reference date, is held by a resident aged 6 (TE cards are for children under 6)")
        #expect(
            CardWarningReason.sameNumberInFile(number: "0000000042", otherLines: [18, 40]).text(.vi)
                == "mã số BHXH 0000000042 cũng có ở người dân tại dòng 18, 40 của tệp này")
        for why in CardNumberMalformation.allCases {
            #expect(why.text(.en) != why.text(.vi))
        }
    }
}
