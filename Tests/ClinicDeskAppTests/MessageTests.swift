@testable import ClinicDeskApp
import TestSupport
import ClinicDomain
import Foundation
import Testing
import TerminalKit

/// Every refusal and notice can be read whole: a long one wraps over up to three rows until the next key, and
/// `:messages` lists every message since the dashboard opened, newest first, with its time and kind.
@Suite struct MessageTests {
    /// C-2 is with the payer: the refusal names every step it could take instead (longer than 80 columns).
    private func refuseWriteOff(_ h: Harness) {
        h.press(.character("3"), .character("j"), .character("j"), .character("w"))
    }

    @Test func aLongRefusalWrapsOverTheRowsAboveTheStatusLineAt80Columns() {
        let h = Harness()
        refuseWriteOff(h)
        let sentence =
            "C-2 cannot be written off: it is submitted; from there it can only become rejected, "
            + "accepted, partial, paid, denied."
        #expect(h.app.statusMessage == sentence)
        let rows = (21..<24).map { h.screen.row($0) }
        #expect(rows[0].hasPrefix("└"), "two rows are enough: the pane keeps its bottom border")
        #expect(rows[1].hasPrefix(" C-2 cannot be written off: it is submitted;"))
        #expect(rows[2].contains("denied."))
        #expect(h.statusArea.contains(sentence))
        Golden.check(h.screen, named: "dashboard-refusal-80x24", in: .screens)
        h.press(.character("j")) // the next key gives the rows back
        #expect(h.screen.row(22).contains("alerts (12)"))
    }

    @Test func atWideSizesTheSameRefusalTakesOneRow() {
        let h = Harness(size: Size(width: 160, height: 48))
        refuseWriteOff(h)
        #expect(h.screen.row(47).contains("denied."))
        #expect(h.screen.row(46).contains("alerts (12)"))
    }

    @Test func aMessageLongerThanThreeRowsPointsToTheLog() {
        let text = Array(repeating: "word", count: 80).joined(separator: " ") // 399 columns
        let lines = StatusLine.fit(text, width: 78, rows: 3)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
        #expect(lines[2].hasSuffix("… (:messages)"))
        #expect(StatusLine.fit("short", width: 78, rows: 3) == ["short"])
    }

    @Test func messagesListsEveryMessageNewestFirstWithItsTimeAndKind() {
        let h = Harness()
        h.press(.character("2"), .character("o")) // ok: T-4 goes to Joe
        h.type("joe")
        h.press(.enter)
        refuseWriteOff(h) // refused, before any question
        h.press(.function(11)) // note: the privacy mask
        h.press(.character(":"))
        h.type("messages")
        h.press(.enter)
        let text = h.text
        #expect(text.contains("Messages (3, newest first)"))
        let lines = text.split(separator: "\n").map(String.init)
        let note = lines.firstIndex { $0.contains("10:42  note     Privacy mask on") }
        let refused = lines.firstIndex { $0.contains("10:42  refused  C-2 cannot be written off") }
        let ok = lines.firstIndex { $0.contains("10:42  ok       ok ") && $0.contains("assign T-4 to S-4") }
        #expect(note != nil && refused != nil && ok != nil)
        if let note, let refused, let ok { #expect(note < refused && refused < ok) }
        #expect(text.contains("denied."), "a long entry is wrapped under its text, not cut")
        Golden.check(h.screen, named: "dashboard-messages-80x24", in: .screens)
        h.press(.escape)
        #expect(!h.text.contains("Messages ("))
    }

    @Test func theLogOpensEmptyAndScrolls() {
        let h = Harness()
        h.press(.character(":")); h.type("mes"); h.press(.enter)
        #expect(h.text.contains("No messages yet."))
        h.press(.escape)
        for n in 0..<30 {
            h.press(.character(":"))
            h.type("goto 2026-12-\(String(format: "%02d", n % 28 + 1))")
            h.press(.enter)
        }
        h.press(.character(":")); h.type("messages"); h.press(.enter)
        #expect(h.text.contains("1–20 of 30"))
        h.press(.character("j"))
        #expect(h.text.contains("2–21 of 30"))
    }

    @Test func theLogKeepsTheLast200() {
        var log = MessageLog()
        for n in 1...250 { log.append(.info("note \(n)"), at: Fixture.now) }
        #expect(log.entries.count == MessageLog.capacity)
        #expect(log.entries.first?.message.text == "note 51")
        #expect(log.entries.last?.message.text == "note 250")
    }

    @Test func messagesIsADashboardWord() {
        let today = Fixture.today
        #expect(CommandLineInterpreter.interpret("messages", today: today, shownDay: today) == .messages)
        #expect(CommandLineInterpreter.interpret("mes", today: today, shownDay: today) == .messages)
        #expect(
            CommandLineInterpreter.interpret("messages all", today: today, shownDay: today)
                == .error("'messages' takes no arguments"))
        #expect(CommandLineInterpreter.appCommands.contains { $0.usage == "messages" })
    }

    @Test func wrappingBreaksAtSpacesAndCutsOnlyWordsWiderThanTheLine() {
        #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("王小明 waits", width: 6) == ["王小明", "waits"])
        #expect(TextWrap.lines("王", width: 1) == ["王"], "a character wider than the line still shows")
    }

    @Test func pendingWritesSayWhatIsBeingSaved() {
        var writes = PendingWrites()
        #expect(writes.statusText == nil)
        let first = writes.begin(.checkIn(AppointmentID(12)))
        #expect(writes.statusText == "saving… check in A-12")
        _ = writes.begin(.payClaim(ClaimID(3), amount: Cents(6240), adjustment: nil))
        #expect(writes.statusText == "saving 2 changes… check in A-12 · pay C-3 $62.40")
        #expect(writes.finish(first) == "check in A-12")
        #expect(writes.statusText == "saving… pay C-3 $62.40")
    }
}
