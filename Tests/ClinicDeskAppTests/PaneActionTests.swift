@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit
import TestSupport

/// Pane verbs end in the store: y/n where the design asks, a prefilled command line where a word is missing,
/// and the domain's own sentence when it refuses.
@Suite struct PaneActionTests {
    @Test func tasksMoveRightIntoAFullColumnAsksFirst() {
        let h = Harness()
        h.press(.character("2")) // Tasks; cursor starts in Today on "HIPAA refresher"
        h.press(.character("L")) // Today → Doing, which is 3/3: a question, not a refusal
        #expect(h.statusArea.contains("Doing is full (3/3): move T-4 anyway?"))
        h.press(.character("n"))
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .today)
        h.press(.character("H")) // Today → Backlog is allowed
        #expect(!h.app.statusIsError)
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .backlog)
    }

    @Test func tasksDoneAsksFirstAndRunsOnY() {
        let h = Harness()
        h.press(.character("2"), .character("d"))
        #expect(h.statusLine.contains("Mark T-4 “HIPAA refresher for Ana” done?"))
        h.press(.character("n"))
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .today)
        h.press(.character("d"), .character("y"))
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .done)
    }

    @Test func tasksNewOpensTheCardFormInTheCurrentColumn() {
        let h = Harness()
        #expect(h.press(.character("2"), .character("n")).text.contains("New card in Today"))
        h.type("Restock otoscope tips")
        h.press(.enter)
        #expect(h.source.practice.tasks.values.contains { $0.title == "Restock otoscope tips" && $0.column == .today })
    }

    /// `o` opens a picker of everyone with where they are today; nothing is saved until Enter picks one.
    @Test func tasksOwnerPickerAssignsOnceAndReorderMovesTheCard() {
        let h = Harness()
        let before = h.source.practice
        let picker = h.press(.character("2"), .character("o")).text
        #expect(picker.contains("Owner of T-4"))
        #expect(picker.contains("Nobody (unassign)"))
        #expect(h.source.practice.lastSeq == before.lastSeq, "browsing the list saves nothing")
        h.press(.down, .down, .escape)
        #expect(h.source.practice.tasks[TaskID(4)]?.owner == before.tasks[TaskID(4)]?.owner, "Esc changes nothing")
        h.press(.character("o"))
        h.type("joe")
        #expect(h.text.contains("Joe"))
        h.press(.enter)
        #expect(h.source.practice.tasks[TaskID(4)]?.owner == StaffID(4))
        #expect(h.source.practice.lastSeq == before.lastSeq + 1, "one change for one choice")
        h.press(.character("J"))
        #expect(h.source.practice.tasks(in: .today).map(\.id) == [TaskID(5), TaskID(4)])
    }

    @Test func claimsPayPrefillsTheAmountAndWriteOffAsksForTheReason() {
        let h = Harness()
        h.press(.character("3"), .character("j"), .character("p")) // C-6, denied: the payer may still pay it
        #expect(h.statusLine.hasPrefix(":claim pay C-6 240.00"))
        h.press(.escape, .character("w")) // and it may be written off, with the reason typed between the quotes
        #expect(h.statusLine.hasPrefix(":claim writeoff C-6 --reason \"\""))
        h.type("timely filing lost")
        h.press(.enter)
        #expect(h.source.practice.claims[ClaimID(6)]?.status == .writtenOff, "\(h.app.statusMessage ?? "")")
    }

    @Test func aConfirmTheRulesRefuseSaysWhyInsteadOfAsking() {
        let h = Harness()
        h.press(.character("3"), .character("w")) // C-1 is a draft: nothing to write off yet
        #expect(h.app.statusIsError)
        #expect(h.statusArea.contains("C-1 cannot be written off: it is draft"))
        #expect(!h.statusArea.contains("(y/n)"))
        h.press(.character("y")) // no question was asked: y is only a key again
        #expect(h.source.practice.claims[ClaimID(1)]?.status == .draft)
    }

    @Test func claimsDenyRunsThroughTheCommandLanguage() throws {
        let h = Harness()
        h.press(.character("3"))
        // The queue's first claim; deny needs it to be with the payer, so submit first if it is a draft.
        let first = try #require(h.source.practice.claimQueue(today: Fixture.today).first?.claim)
        if first.status.awaitsFiling { h.press(.character("s")) }
        h.press(.character("d"))
        #expect(h.statusLine.hasPrefix(":claim deny \(first.id) CO-"))
        h.type("50")
        h.press(.enter)
        #expect(h.source.practice.claims[first.id]?.status == .denied, "\(h.app.statusMessage ?? "")")
    }

    @Test func rosterSickCallConfirmsAndApproveActsOnTheRequest() {
        let h = Harness()
        h.press(.character("4"))
        h.press(.character("s"))
        #expect(h.statusLine.contains("Record a sick call for Dr Lee (S-1)"))
        h.press(.character("y"))
        #expect(h.source.practice.timeOff(for: StaffID(1), on: Fixture.today)?.kind == .sick)
        // The sick call opens what it breaks; Esc goes back to the day.
        #expect(h.text.contains("Dr Lee sick Mon 23 Nov"))
        h.press(.escape)
        // Down to the pending request row, then approve it (naming its conflicts, if any).
        h.press(.character("G"), .character("y"))
        #expect(h.statusLine.contains("Approv") && h.statusLine.contains("R-"))
        h.press(.character("y"))
        #expect(h.source.practice.timeOff.values.contains { $0.staff == StaffID(3) && $0.status == .approved })
    }

    @Test func rosterTimeOffPrefillsAPTORequest() {
        let h = Harness()
        h.press(.character("4"), .character("o"))
        #expect(h.statusLine.hasPrefix(":pto request S-1 2026-11-24 2026-11-24"))
    }

    /// `t` is "back to today" in every pane, Roster included (it used to start a time-off request there).
    @Test func tInRosterGoesBackToTodayAndStartsNoRequest() {
        let h = Harness()
        h.press(.character("4"), .character("]"), .character("t"))
        #expect(h.statusLine.contains("Today"))
        #expect(!h.statusLine.contains("pto"))
    }

    @Test func globalTodayKeyStillWorksOutsideRoster() {
        let h = Harness()
        h.press(.character("]"))
        #expect(h.text.contains("viewing Tue 24 Nov"))
        h.press(.character("2"), .character("t"))
        #expect(!h.text.contains("viewing"))
    }
}
