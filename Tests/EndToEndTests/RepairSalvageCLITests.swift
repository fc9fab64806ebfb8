import Foundation
import Testing
import TestSupport

/// Findings 4 and 5 through the real binary: `check --repair --salvage` after a flipped bit in record 6 of 60, and
/// `check --repair` on a folder whose only snapshot is garbage.
@Suite struct RepairSalvageCLITests {
    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
    static func write(_ path: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    /// Offsets where each record starts ([u32 len][u32 crc][u64 seq][u8 type][len bytes]).
    static func recordStarts(_ journal: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        while offset + 17 <= journal.count {
            starts.append(offset)
            let length =
                Int(journal[offset]) | Int(journal[offset + 1]) << 8 | Int(journal[offset + 2]) << 16
                | Int(journal[offset + 3]) << 24
            offset += 17 + length
        }
        return starts
    }

    @Test func salvageKeepsTheLaterRecordsThatStillHold() throws {
        let folder = Folder("salvage")
        try CLI.run(["demo", "--data", folder.path])
        let first = try CLI.run(
            ["exec", "--data", folder.path, "--now", CLI.now],
            stdin: (1...6).map { "task add \"item \($0)\"\n" }.joined())
        let sixth = try #require(first.lines.last?.split(separator: " ").last.map(String.init))
        let rest = "task done \(sixth)\n" + (8...60).map { "task add \"item \($0)\"\n" }.joined()
        let second = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now], stdin: rest)
        #expect(second.lines.last?.hasPrefix("ok 60 ") == true, "\(second.lines.suffix(2)) \(second.err)")

        let journal = folder.file("journal-1.log")
        var bytes = try Self.bytes(journal)
        let damagedAt = Self.recordStarts(bytes)[5]
        bytes[damagedAt + 17 + 4] ^= 0x10
        try Self.write(journal, bytes)

        let check = try CLI.run(["check", "--data", folder.path])
        #expect(check.status == 1 && check.out.contains("--salvage"), "\(check.out)")
        let repair = try CLI.run(["check", "--repair", "--salvage", "--data", folder.path])
        #expect(repair.status == 0, "\(repair.out)\(repair.err)")
        #expect(
            repair.out.contains("dropped: old seq 7 ") && repair.out.contains("There is no task \(sixth)."),
            "\(repair.out)")
        #expect(
            repair.out.contains("re-appended 53 events that still hold (old seq 8…60) as seq 6…58"), "\(repair.out)")
        #expect(repair.out.contains("the folder opens again at seq 58"))

        #expect(try CLI.run(["check", "--data", folder.path]).status == 0)
        let strings = allStrings(inJSON: try CLI.run(["export", "--data", folder.path]).out)
        #expect(strings.contains("item 60") && strings.contains("item 8") && !strings.contains("item 6"))
        let after = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task add \"after\""])
        #expect(after.lines.first?.hasPrefix("ok 59 ") == true, "\(after.lines) \(after.err)")
        #expect(try CLI.run(["check", "--salvage", "--data", folder.path]).status != 0, "--salvage needs --repair")
    }

    @Test func aGarbageOnlySnapshotIsRestoredFromACopyOrNamedForRestoring() throws {
        let folder = Folder("garbage")
        try CLI.run(["demo", "--data", folder.path])
        try CLI.run(["exec", "--data", folder.path, "--now", CLI.now], stdin: "task add \"one\"\ntask add \"two\"\n")
        let before = try CLI.run(["export", "--data", folder.path]).out
        let snapshot = folder.file("snapshot-0.snap")
        let good = try Self.bytes(snapshot)
        try Self.write(snapshot, good.enumerated().map { $0.offset % 5 == 0 ? $0.element ^ 0xA5 : $0.element })

        let refused = try CLI.run(["check", "--repair", "--data", folder.path])
        #expect(refused.status == 1, "\(refused.out)\(refused.err)")
        #expect(
            refused.out.contains("not repaired: no snapshot verifies") && refused.out.contains("snapshot-0.snap")
                && refused.out.contains("from a backup into \(folder.path)"), "\(refused.out)")
        #expect(!refused.out.contains("opens again"))

        // the backup comes back into a repair-*/ folder (where an earlier repair would have kept a good copy)
        try FileManager.default.createDirectory(atPath: folder.file("repair-100"), withIntermediateDirectories: false)
        try Self.write(folder.file("repair-100/snapshot-0.snap"), good)
        let restored = try CLI.run(["check", "--repair", "--data", folder.path])
        #expect(restored.status == 0, "\(restored.out)\(restored.err)")
        #expect(restored.out.contains("restored snapshot-0.snap from repair-100/"), "\(restored.out)")
        #expect(restored.out.contains("the folder opens again at seq 2"))
        #expect(try CLI.run(["export", "--data", folder.path]).out == before)
    }
}
