import ClinicDomain
import Foundation
import Testing

@testable import ClinicX12

/// The exact text the writer makes: a golden file for every claim shape, and the segments that matter one by one.
@Suite struct Claim837WriterTests {
    static func fixture(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "edi", subdirectory: "Fixtures/837")
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func segments(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.dropLast()) }
    }

    /// To re-record after an intended change: `X837_RECORD=/path/to/Tests/ClinicX12Tests/Fixtures/837 swift test
    /// --skip-build --filter Claim837WriterTests`, then read the diff.
    @Test func everyShapeMatchesTheGoldenFile() throws {
        let text = try Claim837Writer.write(Claim837Samples.file(Claim837Samples.everyShape))
        if let folder = ProcessInfo.processInfo.environment["X837_RECORD"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("every-shape.edi"))
        }
        let golden = try #require(Self.fixture("every-shape"))
        #expect(text == golden)
    }

    static func write(_ claims: [Claim837Claim], lineBreaks: Bool = true) throws -> [String] {
        segments(try Claim837Writer.write(Claim837Samples.file(claims), lineBreaks: lineBreaks))
    }

    @Test func withoutLineBreaksTheFileIsOneLineOfTheSameSegments() throws {
        let file = Claim837Samples.file(Claim837Samples.everyShape)
        let flat = try Claim837Writer.write(file, lineBreaks: false)
        #expect(!flat.contains("\n"))
        #expect(flat == (try Claim837Writer.write(file)).replacingOccurrences(of: "\n", with: ""))
        #expect(flat.hasPrefix("ISA*00*          *00*          *ZZ*CLINICDESK01   *ZZ*CLEARHOUSE     *260320*1005*^*"))
        // ISA is fixed width: 106 characters up to and including its terminator.
        #expect(flat.prefix(106).last == "~")
    }

    @Test func segmentCountRunsFromSTThroughSE() throws {
        let lines = try Self.write([Claim837Samples.officeVisit, Claim837Samples.dependentVisit])
        let start = try #require(lines.firstIndex { $0.hasPrefix("ST*") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("SE*") })
        #expect(lines[end] == "SE*\(end - start + 1)*0001")
        #expect(lines.suffix(2) == ["GE*1*2048", "IEA*1*000002048"])
    }

    @Test func namesAndAddressesAreCleanedAndUpperCased() throws {
        var claim = Claim837Samples.officeVisit
        claim.subscriber.name = Claim837PersonName(last: "O'Brien-Núñez*Jr", first: "  josé\tmaría ", middle: "~")
        claim.subscriber.address = Claim837Address(
            line: "12 Elm St, Suite #200", secondLine: "\u{1F3E5}", city: "Saint\nLouis", state: "mo", zip: "63101")
        let lines = try Self.write([claim])
        #expect(lines.contains("NM1*IL*1*O'BRIEN-NUNEZ JR*JOSE MARIA****MI*1EG4TE5MK73"))
        #expect(lines.contains("N3*12 ELM ST, SUITE 200"))
        #expect(lines.contains("N4*SAINT LOUIS*MO*63101"))
    }

    @Test func serviceLinesCarryModifiersPointersUnitsAndAPlaceOnlyWhenItDiffers() throws {
        let claim = Claim837Samples.claim(
            "C-3000",
            lines: [
                Claim837Samples.line("99213", 110, modifiers: ["95", "gt"], place: "02"),
                Claim837Samples.line("36415", 12, units: 3, pointers: [2, 1], place: "11"),
            ], diagnoses: ["e11.65", "Z79.4"])
        let lines = try Self.write([claim])
        #expect(lines.contains("CLM*C-3000*122***11:B:1*Y*A*Y*Y"))
        #expect(lines.contains("HI*ABK:E1165*ABF:Z794"))
        #expect(lines.contains("SV1*HC:99213:95:GT*110*UN*1*02**1"))
        #expect(lines.contains("SV1*HC:36415*12*UN*3***2:1"))
    }

    @Test func renderingProviderIsLeftOffWhenItIsTheBillingProvider() throws {
        var claim = Claim837Samples.renderedVisit
        claim.renderingProvider?.npi = Claim837Samples.billingNPI
        #expect(!(try Self.write([claim])).contains { $0.hasPrefix("NM1*82*") })
        #expect((try Self.write([Claim837Samples.renderedVisit])).contains("NM1*82*1*CHEN*WEI****XX*1987654328"))
    }

    @Test func voidCarriesTheOriginalClaimNumber() throws {
        var claim = Claim837Samples.replacement
        claim.frequency = .void
        let lines = try Self.write([claim])
        let clm = try #require(lines.firstIndex { $0.hasPrefix("CLM*") })
        #expect(lines[clm] == "CLM*C-2051*110***11:B:8*Y*A*Y*Y")
        #expect(lines[clm + 1] == "REF*F8*22611900112")
    }

    @Test func claimsOfOneSubscriberShareAnHLUpTo100() throws {
        let claims = (0..<101).map { number in
            Claim837Samples.claim("C-\(number)", lines: [Claim837Samples.line("99213", 110)])
        }
        let lines = try Self.write(claims)
        #expect(lines.filter { $0.hasPrefix("HL*") } == ["HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*0"])
        let secondHL = try #require(lines.firstIndex(of: "HL*3*1*22*0"))
        #expect(lines[lines.index(secondHL, offsetBy: 7)] == "CLM*C-100*110***11:B:1*Y*A*Y*Y")
    }

    /// Without line-level adjudication the claim carries the date, and 7 adjustments of one group take 2 CAS.
    @Test func claimLevelAdjudicationCarriesTheDateAndSplitsCAS() throws {
        let lines = try Self.write([Claim837Samples.secondaryAdjudicatedAsAWhole])
        let sbr = try #require(lines.firstIndex(of: "SBR*P*18*GRP100******CI"))
        #expect(
            Array(lines[sbr...].prefix(8)) == [
                "SBR*P*18*GRP100******CI", "CAS*CO*1*2.5**2*5**3*7.5**4*10**5*12.5**6*15", "CAS*CO*7*17.5", "AMT*D*60",
                "OI***Y***Y", "NM1*IL*1*OKAFOR*GRACE*A***MI*AET998877", "NM1*PR*2*AETNA*****PI*60054",
                "DTP*573*D8*20260318",
            ])
        #expect(!lines.contains { $0.hasPrefix("SVD*") })
    }

    /// Amounts that would overflow, negative counts and odd text are refused, never trapped on.
    @Test func extremeInputsAreRefusedNotTrappedOn() {
        var huge = Claim837Samples.officeVisit
        huge.lines[0].charge = Cents(Int.max)
        huge.lines[1].charge = Cents(Int.max)
        var negative = Claim837Samples.officeVisit
        negative.lines[0].units = Int.min
        negative.lines[0].diagnosisPointers = [Int.min, Int.max]
        var control = Claim837Samples.file([Claim837Samples.officeVisit])
        control.interchange.controlNumber = Int.min
        var emoji = Claim837Samples.officeVisit
        emoji.payer.name = "\u{1F3E5}\u{0}"
        for file in [
            Claim837Samples.file([huge]), Claim837Samples.file([negative]), control, Claim837Samples.file([emoji]),
        ] {
            #expect(throws: Claim837Error.self) { try Claim837Writer.write(file) }
        }
    }
}
