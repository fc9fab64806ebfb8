import ClinicDomain
import Foundation
import Testing

@Suite struct ICD10CMTests {
    /// The bundled code set; every test but the fallback ones needs it, so a missing resource fails loudly here.
    let codeSet: ICD10CodeSet

    init() throws {
        codeSet = try ICD10CM.bundled.get()
    }

    @Test func theBundledCodeSetLoadsWithTheCMSCounts() {
        #expect(ICD10CM.unavailableReason == nil)
        // FY2026 (April 2026): 74,719 billable codes (the CMS count) and the categories above them.
        #expect(codeSet.count == 98_186)
        #expect(codeSet.provenance.first?.contains("FY2026") == true)
    }

    @Test(arguments: [
        ("E11.9", "Type 2 diabetes mellitus without complications"),
        ("I10", "Essential (primary) hypertension"),
        ("J06.9", "Acute upper respiratory infection, unspecified"),
        ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
        ("Z23", "Encounter for immunization"),
        ("M17.11", "Unilateral primary osteoarthritis, right knee"),
        ("S52.521A", "Torus fracture of lower end of right radius, initial encounter for closed fracture"),
        ("S02.0XXA", "Fracture of vault of skull, initial encounter for closed fracture"),
        ("T36.0X1A", "Poisoning by penicillins, accidental (unintentional), initial encounter"),
        ("U07.1", "COVID-19"),
    ])
    func realCodesAreBillableWithTheirDescriptions(code: String, description: String) {
        #expect(ICD10CM.status(code) == .billable)
        #expect(ICD10CM.description(code) == description)
        #expect(ICD10CM.problem(code) == nil)
    }

    @Test func categoriesAreNotBillable() {
        for code in ["E11", "J06", "M17", "M17.1", "S52.521", "Z00", "Z00.0"] {
            #expect(ICD10CM.status(code) == .category, "\(code)")
        }
        #expect(ICD10CM.description("E11") == "Type 2 diabetes mellitus")
    }

    @Test func aCategorysProblemNamesABillableExample() {
        #expect(
            ICD10CM.problem("E11")
                == "'E11' is a category, not a billable code"
                + " (for example E11.9 Type 2 diabetes mellitus without complications)"
        )
        #expect(ICD10CM.problem("j06")?.contains("(for example J06.9 Acute upper respiratory infection") == true)
        // Below a seventh-character subcategory the example is the initial encounter.
        #expect(ICD10CM.problem("S52.521")?.contains("for example S52.521A ") == true)
    }

    @Test func unknownCodesAreRefusedWithASentence() {
        #expect(ICD10CM.status("E11.99") == .unknown)
        #expect(ICD10CM.problem("E11.99") == "'E11.99' is not an ICD-10-CM code")
        #expect(ICD10CM.lookup("E11.99") == nil)
        // Shaped right but not in the code set; chapters and blocks are not codes.
        for code in ["Z99.999", "I10.0", "A00-A09", "E11.", "E1.19", "", "11.9", "S52.521AA"] {
            #expect(ICD10CM.status(code) == .unknown, "\(code)")
            #expect(ICD10CM.problem(code) != nil, "\(code)")
        }
    }

    @Test func codesAreFoundWithoutTheDotAndInAnyCase() {
        #expect(ICD10CM.normalized("e119") == "E11.9")
        #expect(ICD10CM.normalized(" s52521a ") == "S52.521A")
        #expect(ICD10CM.normalized("z0000") == "Z00.00")
        #expect(ICD10CM.normalized("i10") == "I10")
        #expect(ICD10CM.lookup("e119")?.code == "E11.9")
        #expect(ICD10CM.lookup("E119") == ICD10CM.lookup("E11.9"))
        #expect(ICD10CM.status("m1711") == .billable)
        #expect(ICD10CM.problem("e11")?.hasPrefix("'E11' is a category") == true)
    }

    @Test func everyBillableCodeTheFixturesUseIsInTheCodeSet() {
        // The demo and test practices' diagnoses should stay valid when the lead turns the lookup on.
        let used = [
            "B07.8", "D22.5", "E03.9", "E11.9", "E66.9", "E78.5", "F32.A", "F41.1", "H61.23", "H66.90", "I10", "J01.90",
            "J02.9", "J06.9", "J45.909", "K21.9", "L30.9", "M17.11", "M54.50", "N39.0", "R00.2", "R50.9", "R53.83",
            "S93.401A", "Z00.00", "Z00.01", "Z00.129", "Z02.1", "Z13.220", "Z23",
        ]
        for code in used {
            #expect(ICD10CM.status(code) == .billable, "\(code)")
        }
    }

    @Test func aMissingCodeSetFallsBackToTheShapeCheck() {
        #expect(ICD10CM.status("E11.9", in: nil) == .unchecked)
        #expect(ICD10CM.status("E11.99", in: nil) == .unchecked)
        #expect(ICD10CM.problem("E11.99", in: nil) == nil)
        #expect(ICD10CM.status("E1", in: nil) == .unknown)
        #expect(ICD10CM.problem("11.9", in: nil) == "'11.9' is not an ICD-10-CM code")
        #expect(ICD10CM.lookup("E11.9", in: nil) == nil)
    }

    @Test func aSmallTableParsesAndABrokenOneIsRefused() throws {
        let tsv = "# test\n+0\tinitial encounter\nA00\tC\tCholera\nA00.0\tB\tCholera due to X\nS02.0XXA\tB\t+0\n"
        let small = try ICD10CodeSet(tsv: Array(tsv.utf8))
        #expect(small.count == 3)
        #expect(small.provenance == ["test"])
        #expect(small.entry("A00.0") == ICD10CMEntry(code: "A00.0", isBillable: true, description: "Cholera due to X"))
        // The parent (S02.0) is not in this table: the code stands in for its title.
        #expect(small.entry("S02.0XXA")?.description == "S02.0XXA, initial encounter")
        #expect(ICD10CM.status("A00", in: small) == .category)

        #expect(throws: ICD10CodeSet.Malformed.self) { try ICD10CodeSet(tsv: Array("B00\tB\tx\nA00\tB\ty\n".utf8)) }
        #expect(throws: ICD10CodeSet.Malformed.self) { try ICD10CodeSet(tsv: Array("A00 B Cholera\n".utf8)) }
        #expect(throws: ICD10CodeSet.Malformed.self) { try ICD10CodeSet(tsv: Array("+1\tskipped zero\n".utf8)) }
    }

    @Test func theTableIsSortedAndEveryLineRoundTrips() throws {
        // Every code a sample of lines names is found again by the binary search, with its billable flag.
        let lines = try String(contentsOf: tableURL(), encoding: .utf8).split(separator: "\n")
        let codeLines = lines.filter { !$0.hasPrefix("#") && !$0.hasPrefix("+") }
        #expect(codeLines.count == codeSet.count)
        for line in codeLines.enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) {
            let columns = line.split(separator: "\t")
            let entry = codeSet.entry(String(columns[0]))
            #expect(entry?.isBillable == (columns[1] == "B"), "\(line)")
        }
    }

    /// Prints how long the first lookup takes (loading and indexing the table); no assertion on the figure.
    /// Run in a release build: `swift test -c release --filter ICD10CMTests/firstLookupLoadTime`.
    @Test func firstLookupLoadTime() throws {
        let data = try Data(contentsOf: try tableURL())
        let clock = ContinuousClock()
        var loaded: ICD10CodeSet?
        let elapsed = clock.measure { loaded = try? ICD10CodeSet(tsv: Array(data)) }
        let lookups = clock.measure {
            for _ in 0..<10_000 { _ = loaded?.entry("S52.521A") }
        }
        print("ICD-10-CM: \(data.count) bytes indexed in \(elapsed); 10,000 lookups in \(lookups)")
        #expect(loaded?.count == codeSet.count)
    }

    /// The source copy of the table, for tests that read the file itself.
    private func tableURL() throws -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ClinicDomain/Resources/icd10cm.tsv")
    }
}
