import ClinicDomain
import Foundation
import TestSupport
import Testing

@testable import ClinicX12

/// Runs pyx12's `x12valid` (CI installs it; skipped when it is not on PATH) over files the writer made. x12valid
/// exits 1 whether or not a file is valid, so the verdict is read from its stderr (`<file>: OK` or
/// `<file>: Failure`, the reasons logged above it as `ERROR Line:…`) and from the 999 it writes as `<file>.997`.
@Suite struct Claim837ValidatorTests {
    static let x12valid: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("x12valid")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    struct Verdict {
        var valid: Bool
        var report: String
    }

    static func check(_ text: String, named name: String) throws -> Verdict {
        let folder = Folder("x837")
        // Folder removes itself when released, which ARC may do after its last use: keep it to the end.
        defer { withExtendedLifetime(folder) {} }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = URL(fileURLWithPath: folder.file(name))
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = x12valid
        process.arguments = [file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: output, as: UTF8.self)
        // Beside the input it writes the 999 it would send back: accepted is `IK5*A` and `AK9*A`.
        let acknowledgment = (try? String(contentsOf: URL(fileURLWithPath: file.path + ".997"), encoding: .utf8)) ?? ""
        let accepted = acknowledgment.contains("IK5*A~") && acknowledgment.contains("AK9*A*")
        let valid = report.contains("\(file.path): OK") && !report.contains("Failure") && accepted
        return Verdict(valid: valid, report: report + acknowledgment)
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
