import Foundation
@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit
import TestSupport

/// Tab on the `:` line, from the command language's own table and the practice's IDs.
@Suite struct CommandCompletionTests {
    let practice = Fixture.busyDesk()

    func complete(_ line: String) -> CommandCompletion.Result { CommandCompletion.complete(line, practice: practice) }

    @Test func nounsAndVerbsComeFromTheSyntaxTable() {
        #expect(complete("cla").line == "claim ")
        #expect(complete("claim wr").line == "claim writeoff ")
        #expect(complete("the").line == "theme ") // the dashboard's own words too
        let verbs = complete("claim ").candidates
        #expect(verbs.contains("pay") && verbs.contains("submit"))
        // Every noun of the language is offered on an empty line.
        let nouns = Set(CommandLanguage.syntax.map { String($0.usage.split(separator: " ")[0]) })
        #expect(nouns.isSubset(of: Set(complete("").candidates)))
    }

    @Test func optionsOfTheVerb() {
        #expect(complete("appt cancel A-1 --r").line == "appt cancel A-1 --reason ")
        #expect(complete("appt move A-1 --").candidates.contains("--provider"))
        #expect(complete("appt move A-1 --").candidates.contains("--override"))
    }

    @Test func idsFromThePractice() {
        #expect(complete("task done T-1").candidates == ["T-1", "T-10"])
        #expect(complete("task done T-1").line == "task done T-1")
        #expect(complete("claim pay c-").candidates.allSatisfy { $0.hasPrefix("C-") })
        #expect(complete("staff in S-9999").candidates.isEmpty)
    }

    @Test func aSecondTabCyclesTheCandidates() {
        var editor = LineEditor("task done T-1")
        editor.complete(practice: practice)
        #expect(editor.candidates == ["T-1", "T-10"])
        #expect(editor.string == "task done T-1")
        editor.complete(practice: practice)
        #expect(editor.string == "task done T-10")
        editor.complete(practice: practice)
        #expect(editor.string == "task done T-1")
    }

    @Test func aParseErrorKeepsTheLineOpenAtItsColumn() throws {
        let h = Harness()
        h.press(.character(":"))
        h.type("claim pay X-3 10")
        let screen = h.press(.enter)
        let rows = (0..<h.size.height).map(screen.row)
        let line = try #require(rows.last)
        #expect(line.hasPrefix(":claim pay X-3 10"))
        let above = rows[rows.count - 2]
        // The caret sits under column 11 ("X-3"), the line's first character being column 1 after ':'.
        let caret = try #require(above.firstIndex(of: "^"))
        #expect(above.distance(from: above.startIndex, to: caret) == 11)
        #expect(above.contains("claim"))
        // Fixing the word clears the mark.
        h.press(.backspace)
        #expect(!(h.screen.row(h.size.height - 2).contains("^")))
    }
}

@Suite struct CommandHistoryFileTests {
    @Test func keepsTheLastLinesPrivatelyAndSkipsUserLines() throws {
        let folder = Folder("history")
        let path = folder.path + "/state/clinicdesk/history"
        let file = CommandHistoryFile(path: path)
        #expect(file.load().isEmpty)
        for n in 1...(CommandHistoryFile.limit + 20) { file.append("goto 2026-11-\(n % 28 + 1) #\(n)") }
        file.append("user pin ana 1234")
        file.flush()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let loaded = CommandHistoryFile(path: path).load()
        #expect(loaded.count == CommandHistoryFile.limit)
        #expect(
            loaded.last == "goto 2026-11-\((CommandHistoryFile.limit + 20) % 28 + 1) #\(CommandHistoryFile.limit + 20)")
        #expect(!loaded.contains { $0.hasPrefix("user") })
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("1234"))
        try? FileManager.default.removeItem(atPath: folder.path)
    }

    @Test func pathFollowsXDGStateHome() {
        #expect(
            CommandHistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/clinicdesk/history")
        #expect(CommandHistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/clinicdesk/history")
        #expect(CommandHistoryFile.path(environment: [:]) == nil)
    }

    @Test func theDashboardAppendsRunLinesAndLoadsThemNextTime() throws {
        let folder = Folder("history-app")
        let path = folder.path + "/history"
        let h = Harness()
        h.app.keepHistory(in: path)
        h.press(.character(":"))
        h.type("goto today")
        h.press(.enter)
        let next = Harness()
        next.app.keepHistory(in: path)
        // ↑ on a fresh command line recalls the last run's line.
        next.press(.character(":"), .up)
        #expect(next.statusLine.hasPrefix(":goto today"))
        try? FileManager.default.removeItem(atPath: folder.path)
    }
}
