import Foundation
import Testing
import TestSupport

/// A flipped bit mid-journal through the CLI: writers refuse and say where; `check` reports file, offset and
/// seq; `check --repair` cuts the journal there, keeps the removed bytes, and the folder works again.
@Suite struct CheckRepairTests {
    @Test func bitFlipIsRefusedReportedAndRepairedWithACopy() throws {
        let folder = Folder("repair")
        try CLI.run(["demo", "--data", folder.path])
        var boundaries: [Int] = []
        for i in 0..<6 {
            try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task", "add", "item \(i)"])
            boundaries.append(folder.size("journal-1.log"))
        }
        let journal = folder.file("journal-1.log")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: journal)))
        let damagedAt = boundaries[2] // record seq 4 starts here
        bytes[damagedAt + 25] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: journal))

        let refused = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task", "add", "refused"])
        #expect(refused.status == 2)
        #expect(refused.err.contains("journal-1.log is damaged at byte offset \(damagedAt)"), "\(refused.err)")
        #expect(refused.err.contains("check --repair"))

        let exported = try CLI.run(["export", "--data", folder.path])
        #expect(exported.status == 0, "read-only views still open")
        #expect(exported.err.contains("damaged"))

        let check = try CLI.run(["check", "--data", folder.path])
        #expect(check.status == 1)
        #expect(
            check.out.contains("journal-1.log at byte offset \(damagedAt) (seq 4): checksum mismatch"), "\(check.out)")

        let repair = try CLI.run(["check", "--repair", "--data", folder.path])
        #expect(repair.status == 0, "\(repair.out)\(repair.err)")
        let repairDirs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("repair-")
        }
        #expect(repairDirs.count == 1)
        let copy = try FileManager.default.contentsOfDirectory(atPath: folder.file(repairDirs[0]))
        #expect(copy == ["journal-1.log.from-\(damagedAt)"])
        let kept = try Data(contentsOf: URL(fileURLWithPath: folder.file("\(repairDirs[0])/\(copy[0])")))
        #expect([UInt8](kept) == Array(bytes[damagedAt...]), "the removed bytes are kept verbatim")

        #expect(try CLI.run(["check", "--data", folder.path]).status == 0)
        let after = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task", "add", "after repair"])
        #expect(after.lines.first?.hasPrefix("ok 4 T-") == true, "\(after.lines) \(after.err)")
        let log = try CLI.run(["log", "--data", folder.path, "--since", "2"])
        #expect(log.lines.count == 2 && log.lines[0].hasPrefix("3\t2026-11-24T14:00:00Z\t"))
    }
}
