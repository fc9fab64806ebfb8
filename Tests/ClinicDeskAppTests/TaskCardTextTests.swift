@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// A card's second line: overdue and due-today in words, the due time today, checklist, age in column, links,
/// and what is kept when the column is narrow (due, then checklist, then owner).
@Suite("Task card lines")
struct TaskCardTextTests {
    let practice = Fixture.busyDesk()
    let now = Fixture.now // 10:42 on Monday 2026-11-23

    func card(
        due: Int? = nil, at time: TimeOfDay? = nil, owner: StaffID? = nil, checklist: Int = 0, ticked: Int = 0,
        daysInColumn: Int = 0, links: [ItemLink] = [], column: BoardColumn = .doing
    ) -> TaskCard {
        TaskCard(
            id: TaskID(99), title: "Call Aetna", column: column, owner: owner,
            due: due.map { Fixture.today.adding(days: $0) }, dueTime: time, rank: 1,
            createdAt: now.addingTimeInterval(-30 * 86_400),
            checklist: (1...max(1, checklist)).prefix(checklist).map {
                ChecklistItem(number: $0, text: "step \($0)", done: $0 <= ticked)
            }, links: links, columnEnteredAt: now.addingTimeInterval(-Double(daysInColumn) * 86_400 - 60))
    }

    func due(_ card: TaskCard, wide: Bool = false) -> TaskCardText.Part? {
        TaskCardText.duePart(card, now: now, clock: practice.clock, wide: wide)
    }

    @Test func overdueSaysHowLateInDays() {
        let part = due(card(due: -2))
        #expect(part?.text == "2d late")
        #expect(part?.emphasis == .late)
    }

    @Test func dueTodaySaysTodayAndItsTime() {
        #expect(due(card(due: 0))?.text == "today")
        #expect(due(card(due: 0))?.emphasis == .today)
        let timed = due(card(due: 0, at: TimeOfDay(hour: 16, minute: 30)))
        #expect(timed?.text == "today 16:30")
        #expect(timed?.compact == "16:30")
        #expect(timed?.emphasis == .today)
    }

    @Test func aDueTimeAlreadyPassedTodayIsLate() {
        let part = due(card(due: 0, at: TimeOfDay(hour: 9, minute: 0)))
        #expect(part?.text == "09:00 late")
        #expect(part?.emphasis == .late)
    }

    @Test func aLaterDueDayIsItsDateWithItsTimeWhenWide() {
        let later = card(due: 3, at: TimeOfDay(hour: 9, minute: 0))
        #expect(due(later)?.text == "11-26")
        #expect(due(later, wide: true)?.text == "11-26 09:00")
        #expect(due(later)?.emphasis == .dim)
        #expect(due(card(due: -2, column: .done)) == nil, "a done card is never late")
    }

    @Test func checklistAgeAndLinksFollowTheDue() {
        let full = card(
            due: 3, owner: Fixture.ben, checklist: 5, ticked: 3, daysInColumn: 4,
            links: [.claim(ClaimID(22))])
        #expect(TaskCardText.metaLine(full, practice: practice, now: now, width: 40) == "Ben C. · 11-26 · 3/5 · 4d · ↗")
        let twoLinks = card(links: [.claim(ClaimID(22)), .patient(PatientID(3))])
        #expect(TaskCardText.metaLine(twoLinks, practice: practice, now: now, width: 40) == "↗2")
    }

    @Test func aNarrowColumnKeepsDueThenChecklistThenOwner() {
        let full = card(
            due: -2, owner: Fixture.ben, checklist: 5, ticked: 3, daysInColumn: 4, links: [.claim(ClaimID(22))])
        // 13 cells: the width of a card's second line at 80 columns.
        #expect(TaskCardText.metaLine(full, practice: practice, now: now, width: 13) == "2d late 3/5")
        #expect(TaskCardText.metaLine(full, practice: practice, now: now, width: 7) == "2d late")
        let owned = card(due: -2, owner: Fixture.ben, checklist: 5, ticked: 3)
        #expect(TaskCardText.metaLine(owned, practice: practice, now: now, width: 18) == "Ben C. 2d late 3/5")
        #expect(TaskCardText.metaLine(owned, practice: practice, now: now, width: 16) == "Ben… 2d late 3/5")
        #expect(TaskCardText.metaLine(owned, practice: practice, now: now, width: 15) == "2d late 3/5")
        let timed = card(due: 0, at: TimeOfDay(hour: 16, minute: 30), owner: Fixture.ben)
        #expect(TaskCardText.metaLine(timed, practice: practice, now: now, width: 13) == "Ben C. 16:30")
    }
}
