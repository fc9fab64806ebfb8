import ClinicDomain
import Foundation
import Testing
import TestSupport

@Suite("Recurring duties on the board")
struct DutyGenerationTests {
    private let zone = "America/New_York"

    private func practice(duties: [RecurringDuty]) -> Practice {
        var settings = PracticeSettings(name: "Test", timeZoneID: zone)
        settings.duties = duties
        settings.wipLimits = [:]
        return Practice(settings: settings)
    }

    private func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    private func dutyCards(_ p: Practice) -> [TaskCard] {
        p.tasks.values.filter { $0.duty != nil }.sorted { $0.id < $1.id }
    }

    @Test func eachOccurrenceGoesOnTheBoardOnceOnItsDay() throws {
        var p = practice(duties: [
            RecurringDuty(
                id: 1, title: "Opening checklist", rule: .workingDays, time: TimeOfDay(hour: 8),
                checklist: ["Unlock doors", "Check fridge temperature"])
        ])
        let monday = instant("2026-11-23T12:00:00Z")
        _ = try p.execute(.generateDuties, actor: "ana", now: monday)
        let cards = dutyCards(p)
        #expect(cards.count == 1)
        #expect(cards[0].column == .today)
        #expect(cards[0].due == LocalDate("2026-11-23"))
        #expect(cards[0].dueTime == TimeOfDay(hour: 8))
        #expect(cards[0].checklist.map(\.text) == ["Unlock doors", "Check fridge temperature"])
        // Asked again the same day: nothing to add, and nothing is written.
        #expect(p.dutiesDue(now: monday).isEmpty)
        #expect(throws: DomainError.self) { _ = try p.execute(.generateDuties, actor: "ben", now: monday) }
        #expect(dutyCards(p).count == 1)
        // Saturday: not a working day.
        #expect(p.dutiesDue(now: instant("2026-11-28T12:00:00Z")).isEmpty)
    }

    @Test func aDayMissedIsNotBackFilled() throws {
        var p = practice(duties: [RecurringDuty(id: 1, title: "Open", rule: .everyDay)])
        _ = try p.execute(.generateDuties, actor: "ana", now: instant("2026-11-23T12:00:00Z"))
        // Closed for three days: only Thursday's card comes.
        _ = try p.execute(.generateDuties, actor: "ana", now: instant("2026-11-26T12:00:00Z"))
        #expect(dutyCards(p).compactMap(\.due).map(\.description) == ["2026-11-23", "2026-11-26"])
    }

    @Test func finishingOneBringsTheNextAtOnce() throws {
        var p = practice(duties: [
            RecurringDuty(id: 1, title: "Payroll close", rule: .monthly(day: 31), labels: ["HR"])
        ])
        let last = instant("2027-01-31T15:00:00Z")
        _ = try p.execute(.generateDuties, actor: "ana", now: last)
        let january = try #require(dutyCards(p).first)
        _ = try p.execute(.completeTask(january.id), actor: "ana", now: last)
        let next = try #require(dutyCards(p).last)
        #expect(next.due == LocalDate("2027-02-28"))
        #expect(next.column == .backlog)
        // Its day comes: already there, so nothing new.
        #expect(p.dutiesDue(now: instant("2027-02-28T15:00:00Z")).isEmpty)
    }

    @Test func leadDaysPutTheCardUpEarly() throws {
        var p = practice(duties: [RecurringDuty(id: 1, title: "Supply order", rule: .weekly(weekday: 5), leadDays: 2)])
        // Wednesday 2026-12-02: Friday's order is within two days.
        _ = try p.execute(.generateDuties, actor: "ana", now: instant("2026-12-02T15:00:00Z"))
        let card = try #require(dutyCards(p).first)
        #expect(card.due == LocalDate("2026-12-04"))
        #expect(card.column == .backlog)
    }

    @Test func leapDayYearlyDutyLandsOnFebruary28InACommonYear() throws {
        var p = practice(duties: [RecurringDuty(id: 1, title: "Policy review", rule: .yearly(month: 2, day: 29))])
        _ = try p.execute(.generateDuties, actor: "ana", now: instant("2027-02-28T15:00:00Z"))
        #expect(dutyCards(p).first?.due == LocalDate("2027-02-28"))
        #expect(p.dutiesDue(now: instant("2027-03-01T15:00:00Z")).isEmpty)
    }

    @Test func aDutyTimedInsideTheDSTGapOrOverlapFallsDueOnce() throws {
        // 2027-03-14 02:30 does not exist in New York; 2027-11-07 01:30 happens twice.
        for (day, time) in [
            ("2027-03-14", TimeOfDay(hour: 2, minute: 30)), ("2027-11-07", TimeOfDay(hour: 1, minute: 30)),
        ] {
            var p = practice(duties: [RecurringDuty(id: 1, title: "Backup check", rule: .everyDay, time: time)])
            let noon = p.clock.instant(LocalDate(day)!, TimeOfDay(hour: 12))
            _ = try p.execute(.generateDuties, actor: "ana", now: noon)
            let card = try #require(dutyCards(p).first)
            let due = try #require(card.dueInstant(clock: p.clock))
            #expect(p.clock.day(of: due) == LocalDate(day))
            #expect(p.dutiesDue(now: noon).isEmpty)
            #expect(p.dutiesDue(now: noon.addingTimeInterval(3600 * 11)).isEmpty) // 23:00 the same day
        }
    }
}
