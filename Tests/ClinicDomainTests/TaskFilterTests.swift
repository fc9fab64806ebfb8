import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// Filters (owner, label, overdue, text, mine), the archive-by-age view rule and `task find` / `task linked`.
@Suite struct TaskFilterTests {
    /// Four cards: T-1 Ben's billing card overdue, T-2 Ana's "Café order" supplies card, T-3 unowned with notes
    /// and a checklist, T-4 Ben's card done three days ago.
    static func board(accounts: Bool = true) throws -> Practice {
        var p = Fixture.staffedWeek(settings: PracticeSettings(name: "Board", timeZoneID: Fixture.zoneID))
        let yesterday = Fixture.today.adding(days: -1)
        let early = Fixture.now.addingTimeInterval(-5 * 86_400)
        try p.run(
            .addTask(NewTask(title: "Call Aetna", column: .today, owner: Fixture.ben, labels: ["billing"])), at: early)
        try p.run(.editTask(TaskID(1), TaskEdit(due: .set(yesterday))), at: early)
        try p.run(.addTask(NewTask(title: "Café order", owner: Fixture.ana, labels: ["supplies"])))
        try p.run(.addTask(NewTask(title: "Fire drill", column: .doing)))
        try p.run(.editTask(TaskID(3), TaskEdit(notes: .set("Übung with the landlord"))))
        try p.run(.checklist(TaskID(3), .add("Buy extinguisher tags")))
        try p.run(.addTask(NewTask(title: "Old payroll close", owner: Fixture.ben)), at: early)
        try p.run(.completeTask(TaskID(4)), at: Fixture.now.addingTimeInterval(-3 * 86_400))
        guard accounts else { return p }
        p.accounts["ben"] = Account(
            login: "ben", staff: Fixture.ben, role: .nurse,
            pin: PinHash(scheme: "x", parameters: [:], salt: [], hash: []))
        p.accounts["desk"] = Account(
            login: "desk", staff: nil, role: .receptionist,
            pin: PinHash(scheme: "x", parameters: [:], salt: [], hash: []))
        return p
    }

    static func ids(_ p: Practice, _ filter: TaskFilter, now: Date = Fixture.now) -> [Int] {
        p.board(filter: filter, now: now).flatMap(\.cards).map(\.id.number).sorted()
    }

    @Test func eachFilterAndTogether() throws {
        let p = try Self.board()
        #expect(Self.ids(p, TaskFilter()) == [1, 2, 3, 4])
        #expect(Self.ids(p, TaskFilter(owner: Fixture.ben)) == [1, 4])
        #expect(Self.ids(p, TaskFilter(label: "BILLING")) == [1])
        #expect(Self.ids(p, TaskFilter(overdueOnly: true)) == [1])
        #expect(Self.ids(p, TaskFilter(text: "cafe")) == [2]) // accents and case ignored
        #expect(Self.ids(p, TaskFilter(text: "UBUNG")) == [3]) // in the notes
        #expect(Self.ids(p, TaskFilter(text: "extinguisher")) == [3]) // in the checklist
        #expect(Self.ids(p, TaskFilter(text: "supplies")) == [2]) // a label
        #expect(Self.ids(p, TaskFilter(text: "fire tags")) == [3]) // every word, anywhere
        #expect(Self.ids(p, TaskFilter(text: "fire aetna")) == [])
        #expect(Self.ids(p, TaskFilter(mineLogin: "ben")) == [1, 4])
        #expect(Self.ids(p, TaskFilter(mineLogin: "desk")) == []) // a login with no staff member owns nothing
        #expect(Self.ids(p, TaskFilter(mineLogin: "nobody")) == [])
        #expect(Self.ids(p, TaskFilter(label: "billing", mineLogin: "ben")) == [1])
        #expect(Self.ids(p, TaskFilter(owner: Fixture.ben, overdueOnly: true, text: "aetna")) == [1])
        #expect(Self.ids(p, TaskFilter(owner: Fixture.ana, overdueOnly: true)) == [])
    }

    @Test func columnsGiveFilteredOverTotal() throws {
        let p = try Self.board()
        let columns = p.board(filter: TaskFilter(owner: Fixture.ben), now: Fixture.now)
        let today = try #require(columns.first { $0.column == .today })
        #expect(today.cards.count == 1 && today.total == 1)
        let backlog = try #require(columns.first { $0.column == .backlog })
        #expect(backlog.header(filtered: true) == "Backlog 0/1")
        #expect(backlog.header(filtered: false) == "Backlog 1")
        #expect(columns.map(\.column) == BoardColumn.allCases)
        #expect(try #require(columns.first { $0.column == .doing }).limit == 3)
    }

    @Test func doneCardsLeaveTheBoardAfterTheirAgeButStayFindable() throws {
        var p = try Self.board()
        // Done three days ago: on the board under the default of 7 days, gone after 2.
        #expect(Self.ids(p, TaskFilter()).contains(4))
        let eightDaysOn = Fixture.now.addingTimeInterval(5 * 86_400 + 60)
        #expect(!Self.ids(p, TaskFilter(), now: eightDaysOn).contains(4))
        #expect(p.board(now: eightDaysOn).first { $0.column == .done }?.total == 0)
        p.settings.archiveDoneAfterDays = 2
        #expect(!Self.ids(p, TaskFilter()).contains(4))
        #expect(p.tasks[TaskID(4)] != nil) // nothing deleted
        #expect(p.findTasks("payroll", archived: false, now: Fixture.now).isEmpty)
        #expect(p.findTasks("payroll", archived: true, now: Fixture.now).map(\.id) == [TaskID(4)])
        #expect(
            p.answer(.findTasks(text: "payroll", archived: true), now: Fixture.now) == [
                "T-4 Done \"Old payroll close\" owner S-6 archived"
            ])
    }

    @Test func settingsWithoutTheArchiveAgeReadTheDefault() throws {
        var json = try #require(
            try JSONSerialization.jsonObject(
                with: DomainCoding.encoder().encode(PracticeSettings(name: "x", timeZoneID: "UTC"))) as? [String: Any])
        json.removeValue(forKey: "archiveDoneAfterDays")
        let decoded = try DomainCoding.decoder().decode(
            PracticeSettings.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded.archiveDoneAfterDays == 7)
    }

    @Test func queryLinesSayOverdueProgressAndLinks() throws {
        var p = try Self.board(accounts: false)
        try p.run(.linkTask(TaskID(1), .patient(Fixture.renee)))
        try p.run(.checklist(TaskID(1), .add("Find the EOB")))
        try p.run(.checklist(TaskID(1), .tick(1)))
        try p.run(.editTask(TaskID(1), TaskEdit(dueTime: .set(Fixture.time("16:00")), priority: .high)))
        #expect(
            p.answer(.tasksLinked(to: .patient(Fixture.renee)), now: Fixture.now) == [
                "T-1 Today \"Call Aetna\" owner S-6 due 2026-11-22 16:00 overdue high [billing] 1/1 links P-1"
            ])
        #expect(p.answer(.findTasks(text: "nothing like it", archived: true), now: Fixture.now) == [])
    }
}
