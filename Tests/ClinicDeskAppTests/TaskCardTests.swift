@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The card form (`n`, `e`) and the card view (Enter) on the busy desk's board, driven by keys: what is typed ends
/// in one command per change, refusals stay inside the form with nothing saved, the checklist and links change
/// from the view, and a link jumps to its item.
@Suite struct TaskCardTests {
    /// The busy desk plus T-11, first in Today (so the board opens on it), with a checklist and links to a
    /// patient, a claim that exists and one that does not.
    static func deskWithCard() -> Practice {
        var p = Fixture.busyDesk()
        p.seed(
            task: TaskCard(
                id: TaskID(11), title: "Chase the lab results", column: .today, rank: 0,
                createdAt: Fixture.now.addingTimeInterval(-3 * 86_400), notes: "Lab said Friday.\nThen call back.",
                checklist: [
                    ChecklistItem(number: 1, text: "Call the lab", done: true),
                    ChecklistItem(number: 2, text: "Fax the request"),
                    ChecklistItem(number: 3, text: "Tell Dr Lee"),
                ],
                links: [.patient(PatientID(6)), .claim(ClaimID(6)), .claim(ClaimID(99))],
                columnEnteredAt: Fixture.now.addingTimeInterval(-3 * 86_400)))
        return p
    }

    func tab(_ h: Harness, _ times: Int) { for _ in 0..<times { h.press(.tab) } }

    @Test func newCardThroughTheFormSavesEveryFieldInOneCommand() throws {
        let h = Harness(size: Size(width: 160, height: 48))
        let before = h.source.practice
        #expect(h.press(.character("2"), .character("n")).text.contains("New card in Today"))
        h.type("Restock otoscope tips")
        h.press(.tab)
        h.type("2026-11-25")
        h.press(.tab)
        h.type("14:30")
        h.press(.tab, .left) // priority: normal → high
        h.press(.tab, .right) // owner: nobody → the first on the roster
        h.press(.tab, .character(" ")) // Label billing: yes
        tab(h, 3)
        h.press(.character(" ")) // Label HR: yes
        tab(h, 4) // to Notes
        h.type("Two boxes\\nask Priya first")
        #expect(h.source.practice.lastSeq == before.lastSeq, "nothing saved while typing")
        h.press(.enter)
        let card = try #require(h.source.practice.tasks.values.first { $0.title == "Restock otoscope tips" })
        let firstOnRoster = before.rosterRows(on: Fixture.today, now: Fixture.now).first?.staff.id
        #expect(card.column == .today)
        #expect(card.due == LocalDate(year: 2026, month: 11, day: 25))
        #expect(card.dueTime == TimeOfDay(hour: 14, minute: 30))
        #expect(card.priority == .high)
        #expect(card.owner == firstOnRoster)
        #expect(card.labels == ["billing", "HR"])
        #expect(card.notes == "Two boxes\nask Priya first")
        #expect(h.source.practice.lastSeq == before.lastSeq + 1, "one command")
        #expect(!h.text.contains("New card in Today"), "the form closed")
    }

    @Test func editChangesTheFieldsAndSendsOnlyWhatChanged() throws {
        let h = Harness(size: Size(width: 160, height: 48))
        let before = h.source.practice
        #expect(h.press(.character("2"), .character("e")).text.contains("Edit T-4"))
        h.press(.control("u"))
        h.type("HIPAA refresher (all staff)")
        h.press(.tab, .control("u"))
        h.type("2026-11-27")
        h.press(.enter)
        let card = try #require(h.source.practice.tasks[TaskID(4)])
        #expect(card.title == "HIPAA refresher (all staff)")
        #expect(card.due == LocalDate(year: 2026, month: 11, day: 27))
        #expect(card.priority == .high, "untouched fields stay")
        #expect(card.owner == before.tasks[TaskID(4)]?.owner)
        #expect(h.source.practice.lastSeq == before.lastSeq + 1, "fields only: one editTask")

        h.press(.character("e"))
        tab(h, 5)
        h.press(.character(" ")) // Label billing: yes
        h.press(.enter)
        #expect(h.source.practice.tasks[TaskID(4)]?.labels == ["billing"])
        #expect(h.source.practice.lastSeq == before.lastSeq + 2, "labels only: one labelTask")
    }

    @Test func aBadDueDateOrTimeIsRefusedInsideTheFormAndNothingIsSaved() {
        let h = Harness(size: Size(width: 160, height: 48))
        let before = h.source.practice
        h.press(.character("2"), .character("n"))
        h.type("Order gauze")
        h.press(.tab)
        h.type("2026-13-45")
        h.press(.enter)
        #expect(h.text.contains("Due must be a date as YYYY-MM-DD"))
        #expect(h.text.contains("New card in Today"), "the form stays open")
        h.press(.control("u"))
        h.type("2026-11-30")
        h.press(.tab)
        h.type("25:99")
        h.press(.enter)
        #expect(h.text.contains("Due time must be HH:MM"))
        h.press(.control("u"), .backTab, .backTab, .control("u")) // an empty title: the domain's refusal
        h.press(.enter)
        #expect(h.text.contains("Not saved: task title"), "\(h.text)")
        #expect(h.source.practice.lastSeq == before.lastSeq)
        #expect(h.source.practice.tasks.count == before.tasks.count)
        h.press(.escape)
        #expect(!h.text.contains("New card in Today"))
    }

    @Test func theCardViewShowsTheChecklistAndTicksAddsAndReordersItems() throws {
        let h = Harness(Self.deskWithCard(), size: Size(width: 160, height: 48))
        let view = h.press(.character("2"), .enter).text
        #expect(view.contains("T-11 Chase the lab results"))
        #expect(view.contains("3 days in Today"))
        #expect(view.contains("Checklist 1/3"))
        #expect(view.contains("[x] Call the lab"))
        #expect(view.contains("Then call back."), "notes wrapped line by line")
        h.press(.character("j"), .character("x")) // item 2
        #expect(h.source.practice.tasks[TaskID(11)]?.checklist[1].done == true)
        #expect(h.text.contains("Checklist 2/3"))
        h.press(.character("a"))
        h.type("Scan the results")
        h.press(.enter)
        let added = try #require(h.source.practice.tasks[TaskID(11)]?.checklist.last)
        #expect(added.text == "Scan the results" && added.number == 4)
        #expect(h.text.contains("Checklist 2/4"))
        h.press(.character("K")) // the cursor is on the new item: up one
        #expect(h.source.practice.tasks[TaskID(11)]?.checklist.map(\.number) == [1, 2, 4, 3])
        h.press(.character("D"))
        #expect(h.statusLine.contains("Remove “Scan the results” from T-11?"))
        h.press(.character("y"))
        #expect(h.source.practice.tasks[TaskID(11)]?.checklist.map(\.number) == [1, 2, 3])
        h.press(.escape)
        #expect(!h.text.contains("Checklist"), "Esc closes the view")
    }

    @Test func aLinkAddedInTheViewJumpsToTheClaimWhichListsItsCards() throws {
        let h = Harness(size: Size(width: 160, height: 48))
        h.press(.character("2"), .enter, .character("l"))
        h.type("C-99")
        h.press(.enter)
        #expect(h.text.contains("There is no C-99"), "refused inside the view")
        h.press(.control("u"))
        h.type("C-6")
        h.press(.enter)
        #expect(h.source.practice.tasks[TaskID(4)]?.links == [.claim(ClaimID(6))])
        #expect(h.text.contains("claim · K. Brown"), "\(h.text)")
        h.press(.enter) // the cursor is on the new link: jump
        #expect(h.app.focusedPane == "Claims")
        #expect(h.statusLine.contains("Claims: C-6"))
        let detail = h.press(.enter).text
        #expect(detail.contains("T-4 HIPAA refresher for Ana"), "the claim's detail lists its cards")
    }

    @Test func aLinkToAVanishedItemSaysSoAndThePatientShowsAsInitialsUnderTheMask() {
        let h = Harness(Self.deskWithCard(), size: Size(width: 160, height: 48))
        let open = h.press(.character("2"), .enter).text
        #expect(open.contains("C-99"))
        #expect(open.contains("(no longer exists)"))
        #expect(open.contains("patient · Kim Brown"))
        h.press(.escape, .function(11), .enter)
        #expect(h.text.contains("patient · K.B."))
        #expect(!h.text.contains("Kim Brown"))
        #expect(!h.text.contains("K. Brown"))
    }

    @Test func theFormAndTheViewFitAt80x24() {
        let h = Harness(Self.deskWithCard())
        let form = h.press(.character("2"), .character("n")).text
        #expect(form.contains("New card in Today"))
        #expect(form.contains("Title"))
        h.press(.escape, .enter)
        #expect(h.text.contains("Checklist 1/3"))
    }
}
