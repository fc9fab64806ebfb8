import Foundation
import Testing
import TestSupport

/// Charge to cash through the real binary: the demo's ready claims leave as an 837P that pyx12 accepts and are
/// marked submitted only then; a remittance for one of them reconciles in a dry run, posts once, and a second
/// posting or a broken file changes nothing.
@Suite struct BillingCLITests {
    static let environment = [CLI.nowVariable: "2026-11-23T15:42:00Z"]

    static func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments, environment: environment)
    }

    static func exportJSON(_ folder: Folder) throws -> [String: Any] {
        let result = try run(["export", "--data", folder.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    }

    static func claim(_ id: String, in json: [String: Any]) -> [String: Any]? {
        (json["claims"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    /// An 835 paying `claim` (charged `charge` cents): 60 % paid, 25 % CO-45, the rest PR-3.
    static func remittance(claim: String, charge: Int, trace: String) -> String {
        func dollars(_ cents: Int) -> String {
            cents % 100 == 0 ? "\(cents / 100)" : String(format: "%.2f", Double(cents) / 100)
        }
        let paid = charge * 60 / 100, contractual = charge * 25 / 100, patient = charge - paid - contractual
        let body = [
            "ST*835*0001*005010X221A1",
            "BPR*I*\(dollars(paid))*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*"
                + "021000021*DA*987654321*20261120",
            "TRN*1*\(trace)*1512345678", "DTM*405*20261120", "N1*PR*AETNA*XV*60054",
            "N1*PE*MAPLE FAMILY PRACTICE*XX*1992703540",
            "LX*1", "CLP*\(claim)*1*\(dollars(charge))*\(dollars(paid))*\(dollars(patient))*12*PCN\(trace)*11*1",
            "CAS*CO*45*\(dollars(contractual))", "CAS*PR*3*\(dollars(patient))",
        ]
        let set = body + ["SE*\(body.count + 1)*0001"]
        let segments =
            [
                "ISA*00*          *00*          *ZZ*AETNA          *ZZ*CLINICDESK01   *261120*0900*^*00501*"
                    + "000000501*0*P*:",
                "GS*HP*AETNA*CLINICDESK01*20261120*0900*501*X*005010X221A1",
            ] + set + ["GE*1*501", "IEA*1*000000501"]
        return segments.map { $0 + "~" }.joined(separator: "\n") + "\n"
    }

    @Test func readyClaimsLeaveAsAValid837PAndARemittancePostsOnce() throws {
        let folder = Folder("billing")
        #expect(try Self.run(["demo", "--data", folder.path, "--today", "2026-11-23"]).status == 0)
        let before = try Self.exportJSON(folder)
        let ready = ((before["claims"] as? [[String: Any]]) ?? []).filter { $0["status"] as? String == "ready" }
        #expect(!ready.isEmpty)

        let file = folder.file("claims.837")
        let sent = try Self.run(["export", "--data", folder.path, "--format", "x12-837", "--out", file])
        #expect(sent.status == 0, "\(sent.err)")
        #expect(sent.out.contains("wrote \(file): \(ready.count) claim(s)"), "\(sent.out)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        if X12Valid.executable != nil {
            let verdict = try X12Valid.check(text, named: "demo.837")
            #expect(verdict.valid, "\(verdict.report.prefix(2000))")
        }
        let after = try Self.exportJSON(folder)
        for claim in ready {
            let id = try #require(claim["id"] as? String)
            #expect(text.contains("CLM*\(id)*"))
            #expect(Self.claim(id, in: after)?["status"] as? String == "submitted")
        }
        // Nothing is ready any more: a second export writes nothing.
        let again = try Self.run(["export", "--data", folder.path, "--format", "x12-837", "--out", folder.file("b")])
        #expect(again.status == 1)
        #expect(again.err.contains("no claims are ready"))

        let first = try #require(ready.first?["id"] as? String)
        let lines = try #require(ready.first?["lines"] as? [[String: Any]])
        let charge = lines.compactMap { $0["charge"] as? Int }.reduce(0, +)
        let era = folder.file("remit.835")
        try Self.remittance(claim: first, charge: charge, trace: "EFT777").write(
            toFile: era, atomically: true, encoding: .utf8)

        let dry = try Self.run(["import", "--data", folder.path, "--format", "era", era, "--dry-run"])
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("balances"))
        #expect(dry.out.contains("0 unmatched"))
        #expect(dry.out.contains("dry run: nothing posted"))
        #expect(Self.claim(first, in: try Self.exportJSON(folder))?["status"] as? String == "submitted")

        let posted = try Self.run(["import", "--data", folder.path, "--format", "era", era])
        #expect(posted.status == 0, "\(posted.err)")
        let claim = try #require(Self.claim(first, in: try Self.exportJSON(folder)))
        #expect(claim["status"] as? String == "paid")
        let buckets = ((claim["postings"] as? [[String: Any]]) ?? []).compactMap { $0["bucket"] as? String }
        #expect(buckets == ["payer-paid", "CO", "PR"])

        let twice = try Self.run(["import", "--data", folder.path, "--format", "era", era])
        #expect(twice.status == 1)
        #expect(twice.err.contains("already posted"))

        let broken = folder.file("broken.835")
        let cut = Self.remittance(claim: first, charge: charge, trace: "EFT778").components(separatedBy: "\nGE*")[0]
        try cut.write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try Self.run(["import", "--data", folder.path, "--format", "era", broken])
        #expect(refused.status == 1)
        #expect(refused.err.contains("broken.835: segment"), "\(refused.err)")
        #expect(!(try Self.run(["log", "--data", folder.path]).out.contains("EFT778")))
    }
}
