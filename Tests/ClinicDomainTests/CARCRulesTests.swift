import ClinicDomain
import Testing

@Suite struct CARCRulesTests {
    /// The codes a small practice sees, which the table must describe.
    static let practiceCodes = [
        "1", "2", "3", "4", "5", "6", "11", "15", "16", "18", "19", "22", "23", "24", "26", "27", "29", "31", "39",
        "40",
        "45", "49", "50", "51", "54", "55", "56", "58", "59", "96", "97", "100", "104", "107", "109", "119", "129",
        "131",
        "133", "140", "146", "150", "151", "167", "170", "181", "182", "185", "186", "189", "197", "198", "199", "204",
        "208", "209", "222", "226", "227", "234", "236", "242", "252", "253", "256", "A1", "B7", "B9", "B11", "B13",
        "B15", "B16", "B20",
    ]

    /// Every pair `check` refuses among the table's codes: the deductible family outside PR, and PR with a code that
    /// is never the patient's.
    static let refusedPairs: Set<String> = [
        "CO-1", "OA-1", "PI-1", "CO-2", "OA-2", "PI-2", "CO-3", "OA-3", "PI-3", "CO-66", "OA-66", "PI-66",
        "CO-247", "OA-247", "PI-247", "CO-248", "OA-248", "PI-248", "PR-45", "PR-29", "PR-253", "PR-209",
    ]

    @Test func theTableDescribesEveryCodeAPracticeSees() {
        for code in Self.practiceCodes {
            #expect(CARC.describe(code) != nil, "\(code)")
        }
        #expect(CARC.descriptions.count >= 100)
        #expect(CARC.descriptions.values.allSatisfy { !$0.isEmpty && $0.count <= 60 })
        // The claim queue's existing words stay (golden screens show them).
        #expect(CARC.describe("50") == "not medically necessary")
        #expect(CARC.describe("45") == "contractual")
        #expect(CARC.describe("ZZZ") == nil)
    }

    @Test func exactlyTheNonsensePairsAreRefused() {
        var refused: Set<String> = []
        for code in CARC.descriptions.keys {
            for group in AdjustmentGroup.allCases where CARC.check(group: group, code: code) != nil {
                refused.insert("\(group.rawValue)-\(code)")
            }
        }
        #expect(refused == Self.refusedPairs)
    }

    @Test func refusalsSayWhyAndWhatTheRightPairIs() {
        #expect(
            CARC.check(group: .CO, code: "1")
                == "CO-1 makes no sense: 1 (deductible) is the patient's responsibility (PR-1)")
        #expect(
            CARC.check(group: .OA, code: "3") == "OA-3 makes no sense: 3 (copay) is the patient's responsibility (PR-3)"
        )
        #expect(
            CARC.check(group: .PR, code: "45")
                == "PR-45 makes no sense: 45 (contractual) is never the patient's responsibility (CO-45)")
        #expect(
            CARC.check(group: .PR, code: "29")
                == "PR-29 makes no sense: 29 (filing limit expired) is never the patient's responsibility (CO-29)")
        #expect(CARC.check(Denial(group: .CO, code: "2"))?.hasPrefix("CO-2 makes no sense") == true)
    }

    @Test func ordinaryPairsAndUnknownCodesAreAccepted() {
        let accepted = [
            "PR-1", "PR-2", "PR-3", "CO-45", "OA-45", "PI-45", "CO-29", "CO-253", "CO-50", "PR-50", "PR-96", "PR-204",
            "OA-23", "CO-97", "PI-16", "CO-16", "OA-18", "CO-22", "PR-27", "CO-P12", "OA-999",
        ]
        for pair in accepted {
            guard let denial = CARC.parse(pair) else {
                Issue.record("\(pair) does not parse")
                continue
            }
            #expect(CARC.check(denial) == nil, "\(pair)")
        }
        #expect(CARC.allowedGroups(for: "1") == [.PR])
        #expect(CARC.allowedGroups(for: "45") == [.CO, .OA, .PI])
        #expect(CARC.allowedGroups(for: "50") == Set(AdjustmentGroup.allCases))
    }

    @Test func deniedLinesAreRoutedTheWayABillingTeamWorksThem() {
        let expected: [(String, DenialRoute)] = [
            ("PR-1", .patientResponsibility), ("PR-2", .patientResponsibility), ("PR-50", .patientResponsibility),
            ("PR-204", .patientResponsibility), ("PR-999", .patientResponsibility),
            ("CO-16", .correctAndResubmit), ("CO-4", .correctAndResubmit), ("CO-97", .correctAndResubmit),
            ("CO-11", .correctAndResubmit), ("CO-15", .correctAndResubmit), ("CO-181", .correctAndResubmit),
            ("CO-182", .correctAndResubmit), ("CO-189", .correctAndResubmit), ("OA-16", .correctAndResubmit),
            ("CO-252", .correctAndResubmit), ("CO-31", .correctAndResubmit), ("CO-185", .correctAndResubmit),
            ("CO-50", .appeal), ("CO-197", .appeal), ("CO-29", .appeal), ("CO-151", .appeal), ("CO-167", .appeal),
            ("PI-50", .appeal), ("CO-198", .appeal), ("CO-A1", .appeal),
            ("CO-45", .contractual), ("PI-45", .contractual), ("CO-253", .contractual), ("CO-131", .contractual),
            ("CO-59", .contractual), ("CO-24", .contractual),
            ("CO-22", .otherPayer), ("CO-23", .otherPayer), ("OA-23", .otherPayer), ("CO-109", .otherPayer),
            ("CO-19", .otherPayer), ("CO-B9", .otherPayer), ("CO-27", .otherPayer),
            ("CO-133", .awaitPayer),
            ("CO-96", .writeOff), ("CO-204", .writeOff), ("CO-119", .writeOff), ("CO-18", .writeOff),
            ("CO-B13", .writeOff), ("CO-999", .writeOff), ("OA-P12", .writeOff),
        ]
        for (pair, route) in expected {
            guard let denial = CARC.parse(pair) else {
                Issue.record("\(pair) does not parse")
                continue
            }
            #expect(DenialRoute(denial) == route, "\(pair)")
            #expect(DenialRoute(group: denial.group, code: denial.code) == route, "\(pair)")
        }
    }

    @Test func onlyRefusedPaymentsCountTowardTheDenialRate() {
        for code in CARC.descriptions.keys {
            #expect(!CARC.countsAsDenial(group: .PR, code: code), "PR-\(code)")
        }
        #expect(CARC.countsAsDenial(group: .CO, code: "50"))
        #expect(CARC.countsAsDenial(group: .OA, code: "18"))
        #expect(CARC.countsAsDenial(group: .PI, code: "16"))
        #expect(CARC.countsAsDenial(group: .CO, code: "29"))
        #expect(CARC.countsAsDenial(group: .CO, code: "999"))
        // Expected adjustments and undecided lines are not denials.
        #expect(!CARC.countsAsDenial(group: .CO, code: "45"))
        #expect(!CARC.countsAsDenial(group: .CO, code: "253"))
        #expect(!CARC.countsAsDenial(group: .CO, code: "133"))
        #expect(
            DenialRoute.allCases.filter(\.countsAsDenial) == [.correctAndResubmit, .appeal, .otherPayer, .writeOff])
    }

    @Test func parseKeepsItsShapes() {
        #expect(CARC.parse("co-50") == Denial(group: .CO, code: "50"))
        #expect(CARC.parse("PR 2") == Denial(group: .PR, code: "2"))
        #expect(CARC.parse("CO-B13") == Denial(group: .CO, code: "B13"))
        #expect(CARC.parse("XX-50") == nil)
        #expect(CARC.parse("CO-1234") == nil)
        #expect(CARC.parse("CO") == nil)
    }
}
