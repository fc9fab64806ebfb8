import Foundation
import Testing
import TestSupport

/// `exec staff sick` prints what the absence breaks as `note:` lines on stderr after its `ok`: each visit to move
/// with a ready `appt move` for its suggested slot, each gap with who could cover. Stdout stays one line.
@Suite("Sick call through exec")
struct SickCallNotesTests {
    @Test("a provider's sick call lists every visit still ahead, each with a move that then succeeds")
    func providerSickCall() throws {
        let folder = Folder("sick-notes")
        try DemoClinic.create(in: folder)
        let now = "2026-11-23T15:42:00Z"
        let result = try CLI.run(["exec", "--data", folder.path, "--user", "ana", "--now", now, "staff sick S-2"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.lines.count == 1 && result.lines[0].hasPrefix("ok "))
        let notes = result.err.split(separator: "\n").map(String.init)
        let moves = notes.filter { $0.hasPrefix("note: to move: A-") }
        try #require(!moves.isEmpty, "\(result.err)")
        // Patient names never reach a script's log.
        #expect(!result.err.contains("Murphy"))
        // The first suggestion is a command that works as printed.
        let first = try #require(moves.first)
        let command = try #require(
            first.range(of: "(appt move ").map { first[$0.lowerBound...].dropFirst().dropLast() })
        let moved = try CLI.run(["exec", "--data", folder.path, "--user", "ana", "--now", now, String(command)])
        #expect(moved.status == 0, "\(command): \(moved.err)")
    }

    @Test("a receptionist's sick call names the front-desk gap it opens")
    func receptionistSickCall() throws {
        let folder = Folder("sick-notes-desk")
        try DemoClinic.create(in: folder)
        let result = try CLI.run([
            "exec", "--data", folder.path, "--user", "ana", "--now", "2026-11-23T12:05:00Z", "staff sick S-6",
        ])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("note: gap: front desk"), "\(result.err)")
        #expect(!result.err.contains("to move:"))
    }
}
