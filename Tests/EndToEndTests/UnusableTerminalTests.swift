import Foundation
import Testing
import TestSupport

/// A terminal the dashboard cannot draw on is refused at once with a sentence saying why and what to do
/// (exit 2), instead of a blank screen: TERM=dumb has a terminfo entry but cannot move the cursor; an unknown
/// TERM has no entry at all.
@Suite struct UnusableTerminalTests {
    @Test(arguments: [
        ("dumb", "clinicdesk: this terminal (TERM=dumb) cannot move the cursor"),
        ("nonexistent-term", "clinicdesk: TERM 'nonexistent-term' is unknown to ncurses"),
    ])
    func theDashboardSaysWhyAndExits(term: String, reason: String) throws {
        let folder = Folder("term-\(term)")
        _ = try CLI.run(["demo", "--data", folder.path])
        let result = try CLI.run(["--data", folder.path, "--now", CLI.now], prefix: ["/usr/bin/env", "TERM=\(term)"])
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains(reason), "\(result.err)")
        #expect(result.err.contains("TERM=xterm-256color"), "says what to run instead")
        #expect(result.err.contains("`clinicdesk day` and `clinicdesk exec`"), "\(result.err)")
        #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "drew nothing: \(result.out)")

        let day = try CLI.run(["day", "--data", folder.path], prefix: ["/usr/bin/env", "TERM=\(term)"])
        #expect(day.status == 0, "the plain-text commands still work there: \(day.err)")
    }
}
