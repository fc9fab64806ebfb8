import Foundation
import Testing
import TestSupport

/// A read-only export of a folder whose newest journal ends in an unreadable record says what it left out: on
/// disk, a write a crash interrupted and a bit flipped in the last record look the same (the torture run's
/// seed 21248 found the silent case).
@Suite struct ExportTornTailTests {
    @Test func anUnreadableLastRecordIsAWarningNotASilentOmission() throws {
        let folder = Folder("torn-export")
        #expect(try CLI.run(["demo", "--data", folder.path, "--today", "2026-11-23"]).status == 0)
        let added = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task add \"last one\""])
        #expect(added.status == 0, "\(added.err)")
        let journals = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("journal-") && $0.hasSuffix(".log") }.sorted()
        let newest = folder.file(try #require(journals.last))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: newest)))
        bytes[bytes.count - 3] ^= 0x10 // one bit in the last record's payload
        try Data(bytes).write(to: URL(fileURLWithPath: newest))
        let export = try CLI.run(["export", "--data", folder.path])
        #expect(export.status == 0)
        #expect(export.err.contains("warning: ignored"), "\(export.err)")
        #expect(!export.out.contains("last one"))
        let check = try CLI.run(["check", "--data", folder.path])
        #expect(check.status == 1)
    }
}
