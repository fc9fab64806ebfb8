import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// The richer card: fields, labels, checklist, links and WIP overrides, through the real commands.
@Suite struct TaskCardEditTests {
    static func practice(wip: [BoardColumn: Int] = [.today: 6, .doing: 2]) -> Practice {
        Fixture.staffedWeek(
            settings: PracticeSettings(name: "Board", timeZoneID: Fixture.zoneID, wipLimits: wip))
    }

    /// Adds a card and returns its ID.
    static func add(_ p: inout Practice, _ title: String = "Call payer", column: BoardColumn = .backlog) throws
        -> TaskID
    {
        let events = try p.run(.addTask(NewTask(title: title, column: column)))
        guard case .taskAdded(let card)? = events.first?.change else { throw DomainError("no card") }
        return card.id
    }

    @Test func checklistAddTickReorderRemoveAndProgress() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        for text in ["Find the claim", "Call Aetna", "Write down the reference"] {
            try p.run(.checklist(id, .add(text)))
        }
        #expect(p.tasks[id]?.checklist.map(\.number) == [1, 2, 3])
        #expect(p.tasks[id]?.checklistProgress == "0/3")
        try p.run(.checklist(id, .tick(2)))
        #expect(p.tasks[id]?.checklistProgress == "1/3")
        try p.run(.checklist(id, .move(3, .up)))
        #expect(p.tasks[id]?.checklist.map(\.number) == [1, 3, 2])
        try p.run(.checklist(id, .move(2, .to(1))))
        #expect(p.tasks[id]?.checklist.map(\.number) == [2, 1, 3])
        try p.run(.checklist(id, .untick(2)))
        try p.run(.checklist(id, .remove(1)))
        #expect(p.tasks[id]?.checklist.map(\.number) == [2, 3])
        // Numbers are never reused while a higher one exists; the next is 4.
        try p.run(.checklist(id, .add("Close the card")))
        #expect(p.tasks[id]?.checklist.map(\.number) == [2, 3, 4])
        #expect(p.tasks[id]?.checklistProgress == "0/3")
        #expect(domainError { try p.run(.checklist(id, .tick(1))) }?.message.contains("no checklist item 1") == true)
        #expect(domainError { try p.run(.checklist(id, .move(2, .up))) }?.message.contains("positions are 1–3") == true)
        #expect(domainError { try p.run(.checklist(id, .untick(3))) }?.message.contains("not ticked") == true)
        #expect(domainError { try p.run(.checklist(id, .add("   "))) }?.message.contains("checklist item") == true)
        #expect(
            TaskCard(id: id, title: "x", column: .backlog, rank: 0, createdAt: Fixture.now).checklistProgress == nil)
    }

    @Test func editEachFieldAndTheRefusals() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        let tomorrow = Fixture.today.adding(days: 1)
        try p.run(.editTask(id, TaskEdit(title: "Call Aetna re C-22")))
        try p.run(.editTask(id, TaskEdit(due: .set(tomorrow), dueTime: .set(Fixture.time("16:30")))))
        try p.run(.editTask(id, TaskEdit(priority: .high)))
        try p.run(.editTask(id, TaskEdit(notes: .set("Ref 88213\r\nAsk for Dana  "))))
        var card = try #require(p.tasks[id])
        #expect(card.title == "Call Aetna re C-22")
        #expect(card.due == tomorrow && card.dueTime == Fixture.time("16:30"))
        #expect(card.priority == .high)
        #expect(card.notes == "Ref 88213\nAsk for Dana")
        try p.run(.editTask(id, TaskEdit(dueTime: .clear, notes: .clear)))
        card = try #require(p.tasks[id])
        #expect(card.dueTime == nil && card.notes == "" && card.due == tomorrow)
        // Clearing the day clears its time too.
        try p.run(.editTask(id, TaskEdit(dueTime: .set(Fixture.time("09:00")))))
        try p.run(.editTask(id, TaskEdit(due: .clear)))
        #expect(p.tasks[id]?.due == nil && p.tasks[id]?.dueTime == nil)

        let before = p
        #expect(domainError { try p.run(.editTask(id, TaskEdit(title: ""))) }?.message.contains("task title") == true)
        #expect(
            domainError { try p.run(.editTask(id, TaskEdit(dueTime: .set(Fixture.time("09:00"))))) }?.message
                .contains("needs one") == true)
        let long = String(repeating: "n", count: 2001)
        #expect(
            domainError { try p.run(.editTask(id, TaskEdit(notes: .set(long)))) }?.message
                == "notes: at most 2000 characters (this one has 2001).")
        #expect(
            domainError { try p.run(.editTask(id, TaskEdit(notes: .set("a\u{202E}b")))) }?.message
                .contains("bidirectional") == true)
        #expect(
            domainError { try p.run(.editTask(id, TaskEdit(priority: .high))) }?.message.contains("nothing") == true)
        #expect(
            domainError { try p.run(.editTask(TaskID(99), TaskEdit(title: "x"))) }?.message == "There is no task T-99.")
        #expect(p == before)
    }

    @Test func labelsAreTheStandardSetStoredCanonical() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        try p.run(.labelTask(id, add: ["billing", "it", "Hr"], remove: []))
        #expect(p.tasks[id]?.labels == ["billing", "IT", "HR"])
        try p.run(.labelTask(id, add: [], remove: ["IT"]))
        #expect(p.tasks[id]?.labels == ["billing", "HR"])
        let refusal = domainError { try p.run(.labelTask(id, add: ["urgent"], remove: [])) }
        #expect(
            refusal?.message
                == "label: 'urgent' is not one of billing, compliance, supplies, HR, facilities, patients, IT.")
        #expect(domainError { try p.run(.labelTask(id, add: [], remove: ["IT"])) }?.message == "T-1 has no label 'IT'.")
        #expect(
            domainError { try p.run(.addTask(NewTask(title: "x", labels: ["safety"]))) }?.message
                .contains("'safety' is not one of") == true)
        // An old free-text label stays as it is, and can be taken off.
        var card = try #require(p.tasks[id])
        card.labels.append("safety")
        p.apply(Event(seq: p.lastSeq + 1, at: Fixture.now, actor: "ana", change: .taskChanged(card)))
        try p.run(.labelTask(id, add: ["supplies"], remove: ["Safety"]))
        #expect(p.tasks[id]?.labels == ["billing", "HR", "supplies"])
    }

    @Test func linksToExistingItemsAndMissingOnesKept() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        let other = try Self.add(&p, "Other")
        try p.run(.linkTask(id, .patient(Fixture.renee)))
        try p.run(.linkTask(id, .staff(Fixture.ben)))
        try p.run(.linkTask(id, .task(other)))
        #expect(p.tasks[id]?.links == [.patient(Fixture.renee), .staff(Fixture.ben), .task(other)])
        #expect(
            domainError { try p.run(.linkTask(id, .claim(ClaimID(22)))) }?.message == "There is no C-22 to link T-1 to."
        )
        #expect(domainError { try p.run(.linkTask(id, .task(id))) }?.message == "T-1 cannot link to itself.")
        #expect(domainError { try p.run(.linkTask(id, .staff(Fixture.ben))) }?.message.contains("already") == true)
        #expect(p.cards(linkedTo: "P-1").map(\.id) == [id])
        #expect(p.cards(linkedTo: "p-1").map(\.id) == [id])
        #expect(p.cards(linkedTo: "nonsense").isEmpty)
        try p.run(.unlinkTask(id, .staff(Fixture.ben)))
        #expect(p.tasks[id]?.links == [.patient(Fixture.renee), .task(other)])
        #expect(domainError { try p.run(.unlinkTask(id, .staff(Fixture.ben))) }?.message == "T-1 is not linked to S-6.")

        // A card whose target is gone (a claim from a journal this folder no longer holds) keeps its link.
        var card = try #require(p.tasks[id])
        card.links.append(.claim(ClaimID(404)))
        p.apply(Event(seq: p.lastSeq + 1, at: Fixture.now, actor: "ana", change: .taskChanged(card)))
        let kept = try #require(p.tasks[id])
        #expect(p.missingLinks(of: kept) == [.claim(ClaimID(404))])
        #expect(p.cards(linkedTo: "C-404").map(\.id) == [id])
        #expect(p.cardLine(kept, now: Fixture.now).hasSuffix("links P-1, T-2, C-404 (missing C-404)"))
        // Other edits still work on it; unlinking the missing one too.
        try p.run(.editTask(id, TaskEdit(title: "Still fine")))
        try p.run(.unlinkTask(id, .claim(ClaimID(404))))
        #expect(p.missingLinks(of: try #require(p.tasks[id])).isEmpty)
    }

    @Test func itemLinksParseFromTheirIDText() {
        #expect(ItemLink("C-22") == .claim(ClaimID(22)))
        #expect(ItemLink("a-31") == .appointment(AppointmentID(31)))
        #expect(ItemLink("P-12") == .patient(PatientID(12)))
        #expect(ItemLink("S-4") == .staff(StaffID(4)))
        #expect(ItemLink("T-9") == .task(TaskID(9)))
        #expect(ItemLink("PY-1") == nil)
        #expect(ItemLink("SH-3") == nil)
        #expect(ItemLink("X-1") == nil)
        #expect(ItemLink("C-") == nil)
    }

    @Test func aMoveOrAddIntoAFullColumnWithOverrideIsRecorded() throws {
        var p = Self.practice(wip: [.doing: 1])
        let first = try Self.add(&p, "One", column: .doing)
        let second = try Self.add(&p, "Two")
        #expect(
            domainError { try p.run(.moveTask(second, to: .doing, override: false)) }?.message.contains("full") == true)
        let events = try p.run(.moveTask(second, to: .doing, override: true))
        #expect(
            events.map(\.change).last == .wipOverridden(second, column: .doing, count: 1, limit: 1))
        #expect(p.undoLog.entries.last?.summary == "move T-2 to Doing over WIP")
        #expect(
            Practice.phrase(.wipOverridden(second, column: .doing, count: 1, limit: 1)) == "T-2 over WIP in Doing (1/1)"
        )
        #expect(p.columnsOverWIP().map(\.column) == [.doing])

        let added = try p.run(.addTask(NewTask(title: "Three", column: .doing, override: true)))
        #expect(added.count == 2)
        #expect(p.undoLog.entries.last?.summary == "add task T-3 over WIP")
        // Not over the limit: nothing recorded.
        let calm = try p.run(.moveTask(first, to: .waiting, override: true))
        #expect(calm.count == 1)
        // Undo of the override takes the card back out.
        try p.run(.undo(events.first?.seq))
        #expect(p.tasks[second]?.column == .backlog)
    }

    @Test func columnEntryIsSetOnAddAndEveryMove() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        #expect(p.tasks[id]?.columnEnteredAt == Fixture.now)
        let later = Fixture.now.addingTimeInterval(3 * 86_400)
        try p.run(.editTask(id, TaskEdit(title: "Renamed")), at: later)
        #expect(p.tasks[id]?.columnEnteredAt == Fixture.now)
        #expect(p.tasks[id]?.daysInColumn(now: later) == 3)
        try p.run(.moveTask(id, to: .doing, override: false), at: later)
        #expect(p.tasks[id]?.columnEnteredAt == later)
        try p.run(.completeTask(id), at: later.addingTimeInterval(60))
        #expect(p.tasks[id]?.columnEnteredAt == later.addingTimeInterval(60))
    }

    @Test func overdueUsesTheDueTimeOnThePracticeClock() throws {
        var card = TaskCard(
            id: TaskID(1), title: "x", column: .today, due: Fixture.today, rank: 0, createdAt: Fixture.now)
        #expect(!card.isOverdue(now: Fixture.at(23, 59), clock: Fixture.clock))
        #expect(card.isOverdue(now: Fixture.at(0, 1, on: Fixture.today.adding(days: 1)), clock: Fixture.clock))
        #expect(card.isDueToday(now: Fixture.now, clock: Fixture.clock))
        card.dueTime = Fixture.time("10:00")
        #expect(card.isOverdue(now: Fixture.now, clock: Fixture.clock)) // 10:42
        #expect(!card.isOverdue(now: Fixture.at(9, 59), clock: Fixture.clock))
        card.column = .done
        #expect(!card.isOverdue(now: Fixture.now, clock: Fixture.clock))
    }

    @Test func undoOfAnEditACheckAndALink() throws {
        var p = Self.practice()
        let id = try Self.add(&p)
        let original = try #require(p.tasks[id])
        let edit = try p.run(.editTask(id, TaskEdit(title: "New", notes: .set("n"))))
        let check = try p.run(.checklist(id, .add("Item")))
        let link = try p.run(.linkTask(id, .patient(Fixture.renee)))
        #expect(p.undoLog.entries.suffix(3).map(\.summary) == ["edit task T-1", "edit task T-1", "edit task T-1"])
        try p.run(.undo(link.first?.seq))
        #expect(p.tasks[id]?.links == [])
        try p.run(.undo(check.first?.seq))
        #expect(p.tasks[id]?.checklist == [])
        try p.run(.undo(edit.first?.seq))
        #expect(p.tasks[id] == original)
    }
}
