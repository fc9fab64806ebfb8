@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit

@Suite struct CommandLineTests {
    let today = LocalDate(year: 2026, month: 11, day: 23)

    @Test func appWordsAreHandledBeforeTheDomain() {
        #expect(CommandLineInterpreter.interpret("q", today: today, shownDay: today) == .quit)
        #expect(CommandLineInterpreter.interpret("theme dark", today: today, shownDay: today) == .theme("dark"))
        #expect(
            CommandLineInterpreter.interpret("goto 2026-11-24", today: today, shownDay: today)
                == .goto(LocalDate(year: 2026, month: 11, day: 24)))
        #expect(
            CommandLineInterpreter.interpret("goto today", today: today, shownDay: today.adding(days: 3))
                == .goto(today))
        #expect(CommandLineInterpreter.interpret("   ", today: today, shownDay: today) == .nothing)
        guard case .error(let text) = CommandLineInterpreter.interpret("goto 2026-13-01", today: today, shownDay: today)
        else {
            Issue.record("expected an error"); return
        }
        #expect(text.contains("column 6"))
    }

    @Test func domainCommandsGoThroughTheCommandLanguage() {
        #expect(
            CommandLineInterpreter.interpret("task done T-17", today: today, shownDay: today)
                == .domain(.completeTask(TaskID(17))))
        guard case .error(let text) = CommandLineInterpreter.interpret("claim pay C-2", today: today, shownDay: today)
        else {
            Issue.record("expected an error"); return
        }
        #expect(text.contains("column"))
    }

    @Test func historyWalksBackAndRestoresTheDraft() {
        var editor = LineEditor("dra")
        let history = ["one", "two"]
        let used = editor.apply(.up, history: history); #expect(used); #expect(editor.string == "two")
        _ = editor.apply(.up, history: history); #expect(editor.string == "one")
        _ = editor.apply(.up, history: history); #expect(editor.string == "one")
        _ = editor.apply(.down, history: history); #expect(editor.string == "two")
        _ = editor.apply(.down, history: history); #expect(editor.string == "dra")
        let usedEnter = editor.apply(.enter, history: history); #expect(!usedEnter)
    }

    @Test func aPrefillEndingInEmptyQuotesPutsTheCursorBetweenThem() {
        var editor = LineEditor("task add \"\"")
        _ = editor.apply(.character("x"), history: [])
        #expect(editor.string == "task add \"x\"")
    }
}
