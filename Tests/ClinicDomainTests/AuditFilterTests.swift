import ClinicDomain
import Foundation
import TestSupport
import Testing

@Suite("Audit filter")
struct AuditFilterTests {
    /// A task added by ana, then a check-in by Ben an hour later, as the journal would hold them.
    static func events() throws -> [Event] {
        var practice = Fixture.busyDesk()
        let appointment = try #require(
            practice.appointments.values.first { $0.day == Fixture.today && $0.status == .scheduled })
        let added = try practice.execute(.addTask(NewTask(title: "Order gloves")), actor: "ana", now: Fixture.now)
        let later = Fixture.now.addingTimeInterval(3600)
        let arrived = try practice.execute(.checkIn(appointment.id), actor: "Ben", now: later)
        return added + arrived
    }

    @Test func eachConditionNarrowsAndTheyCombine() throws {
        let events = try Self.events()
        let task = try #require(events.first)
        guard case .taskAdded(let card) = task.change else { Issue.record("not a task"); return }
        guard case .appointmentStatusChanged(let visit, _, _, _) = events[1].change else { return }
        func seqs(_ filter: AuditFilter) -> [UInt64] { events.filter(filter.matches).map(\.seq) }
        let (first, second) = (events[0].seq, events[1].seq)
        #expect(seqs(AuditFilter()) == [first, second])
        #expect(seqs(AuditFilter(user: "ben")) == [second])
        #expect(seqs(AuditFilter(item: card.id.description)) == [first])
        #expect(seqs(AuditFilter(item: visit.description.lowercased())) == [second])
        #expect(seqs(AuditFilter(verb: "check in")) == [second])
        #expect(seqs(AuditFilter(verb: "taskAdded")) == [first])
        #expect(seqs(AuditFilter(from: Fixture.now.addingTimeInterval(60))) == [second])
        #expect(seqs(AuditFilter(until: Fixture.now.addingTimeInterval(60))) == [first])
        #expect(seqs(AuditFilter(user: "ana", verb: "check in")).isEmpty)
        #expect(seqs(AuditFilter(item: "C-99999")).isEmpty)
    }
}
