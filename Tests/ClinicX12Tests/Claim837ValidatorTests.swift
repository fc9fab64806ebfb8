import ClinicDomain
import Foundation
import TestSupport
import Testing

@testable import ClinicX12

/// Runs pyx12's `x12valid` (`X12Valid`; CI installs it, skipped when it is not on PATH) over files the writer made.
@Suite struct Claim837ValidatorTests {
    static let x12valid = X12Valid.executable
    static func check(_ text: String, named name: String) throws -> X12Valid.Verdict {
        try X12Valid.check(text, named: name)
    }

    @Test(.enabled(if: x12valid != nil), arguments: Claim837Samples.everyShape.map(\.id))
    func eachClaimShapeIsValid(claimID: String) throws {
        let claim = try #require(Claim837Samples.everyShape.first { $0.id == claimID })
        let text = try Claim837Writer.write(Claim837Samples.file([claim]))
        let verdict = try Self.check(text, named: "\(claim.id).837")
        #expect(verdict.valid, "\(claim.id):\n\(verdict.report)\n\(text)")
    }

    @Test(.enabled(if: x12valid != nil))
    func allShapesInOneFileAreValidWithAndWithoutNewlines() throws {
        let file = Claim837Samples.file(Claim837Samples.everyShape)
        for lineBreaks in [true, false] {
            let text = try Claim837Writer.write(file, lineBreaks: lineBreaks)
            let verdict = try Self.check(text, named: "all.837")
            #expect(verdict.valid, "lineBreaks \(lineBreaks):\n\(verdict.report)\n\(text)")
        }
    }

    /// Loop 2300 repeats at most 100 times under one HL: the 101st claim of a subscriber starts another.
    @Test(.enabled(if: x12valid != nil))
    func aHundredAndOneClaimsOfOneSubscriberAreValid() throws {
        let claims = (0..<101).map { number in
            Claim837Samples.claim("C-\(5000 + number)", lines: [Claim837Samples.line("99213", 110)])
        }
        let text = try Claim837Writer.write(Claim837Samples.file(claims))
        let verdict = try Self.check(text, named: "many.837")
        #expect(verdict.valid, "\(verdict.report)")
    }

    /// The check can fail: a file with a wrong segment count and a claim without its HI is reported invalid.
    @Test(.enabled(if: x12valid != nil))
    func brokenFilesAreReportedInvalid() throws {
        let text = try Claim837Writer.write(Claim837Samples.file([Claim837Samples.officeVisit]))
        let wrongCount = text.replacingOccurrences(of: "SE*", with: "SE*9")
        let noDiagnoses = text.split(separator: "\n").filter { !$0.hasPrefix("HI*") }.joined(separator: "\n")
        for (name, broken) in [("count", wrongCount), ("hi", noDiagnoses)] {
            let verdict = try Self.check(broken, named: "\(name).837")
            #expect(!verdict.valid, "\(name) should be invalid:\n\(verdict.report)")
        }
    }
}
