import ClinicDomain
import Foundation
import TestSupport
import Testing

@testable import ClinicX12

/// Our totals against somebody else's reading of the same files: scripts/era-totals.py runs edi-835-parser (PyPI)
/// on every valid fixture and prints per claim charge, paid, and service-level adjustments by group, in cents.
/// Skipped when that library is not installed (CI installs it).
@Suite(.enabled(if: ThirdParty835Parser.isInstalled, "edi-835-parser is not installed (pip install edi-835-parser)"))
struct Remittance835ComparisonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = root.appendingPathComponent("scripts/era-totals.py").path

    /// Fixtures the library cannot read, and why: it splits segments on `~` and nothing else.
    static let unreadable = [
        "odd-separators": "its segment terminator is ^ (ISA16's neighbour); edi-835-parser splits on ~ only",
        "newline-terminator": "its segment terminator is a newline; edi-835-parser splits on ~ only",
    ]

    struct TheirClaim: Decodable, Equatable {
        var claim: String
        var status: String
        var charge: Int
        var paid: Int
        var patient_responsibility: Int
        var adjustments: [String: Int]
    }

    /// Their claims, or what the library said when it could not read the file.
    static func theirs(_ name: String) throws -> Result<[TheirClaim], ScriptFailure> {
        let path = root.appendingPathComponent("Tests/ClinicX12Tests/Fixtures/835/\(name).edi").path
        let result = try CLI.run([path], prefix: ["python3"], executable: script)
        guard result.status == 0 else { return .failure(ScriptFailure(message: result.err)) }
        return .success(try JSONDecoder().decode([TheirClaim].self, from: Data(result.out.utf8)))
    }

    struct ScriptFailure: Error { var message: String }

    static func ours(_ name: String) throws -> [TheirClaim] {
        try RemittanceTotals(Remittance835Fixtures.parse(name)).claims.map { claim in
            // The library reads CAS only in service lines and has no CLP05: compare like with like.
            let service = Dictionary(uniqueKeysWithValues: claim.serviceAdjustments.map { ($0.rawValue, $1.value) })
            return TheirClaim(
                claim: claim.claimID, status: claim.status.rawValue, charge: claim.charge.value, paid: claim.paid.value,
                patient_responsibility: service["PR"] ?? 0, adjustments: service)
        }
    }

    @Test(arguments: Remittance835Fixtures.valid)
    func edi835ParserAgreesClaimByClaim(fixture: String) throws {
        let theirs: [TheirClaim]
        switch try Self.theirs(fixture) {
        case .success(let claims): theirs = claims
        case .failure(let failure):
            let reason = Self.unreadable[fixture]
            #expect(reason != nil, "edi-835-parser cannot read \(fixture).edi, and no reason is on record: \(failure)")
            return
        }
        #expect(Self.unreadable[fixture] == nil, "\(fixture).edi is listed as unreadable but edi-835-parser read it")
        let ours = try Self.ours(fixture)
        #expect(ours == theirs)
    }

    @Test func theLibraryRoundsWhatWeRefuse() throws {
        // CLP04 '111.655': we refuse the file; the library reads a float and would post $111.66.
        #expect(throws: X12Error.self) { try Remittance835Fixtures.parse("broken-amount") }
        let theirs = try Self.theirs("broken-amount")
        #expect((try? theirs.get())?.first?.paid == 11166)
    }
}

enum ThirdParty835Parser {
    static let isInstalled = (try? CLI.run(["-c", "import edi_835_parser"], executable: "python3").status) == 0
}
