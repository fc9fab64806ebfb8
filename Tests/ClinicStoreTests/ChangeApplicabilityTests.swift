import ClinicDomain
import Foundation
import Testing
import TestSupport

/// `Practice.refusal(toApply:)`: can a recorded change still have happened in this state?
@Suite struct ChangeApplicabilityTests {
    static let practice = Fixture.smallDemo

    @Test func rowsMustExistAndAddedIDsMustBeFree() throws {
        let p = Self.practice
        let task = try #require(p.tasks.sorted.first)
        #expect(p.refusal(toApply: .taskMoved(task.id, to: .done, rank: 1)) == nil)
        #expect(
            p.refusal(toApply: .taskMoved(TaskID(99_999), to: .done, rank: 1))?.message == "There is no task T-99999.")
        #expect(p.refusal(toApply: .taskAdded(task))?.message.contains("already a task \(task.id)") == true)
        var fresh = task
        fresh.id = p.nextID(TaskCard.self)
        #expect(p.refusal(toApply: .taskAdded(fresh)) == nil)
        let patient = try #require(p.patients.sorted.first)
        #expect(p.refusal(toApply: .patientAdded(patient)) != nil)
        #expect(p.refusal(toApply: .shiftRemoved(ShiftID(99_999))) != nil)
    }

    @Test func flowClaimAndTimeOffStepsFollowTheStateMachines() throws {
        let p = Self.practice
        let scheduled = try #require(p.appointments.values.first { $0.status == .scheduled })
        #expect(
            p.refusal(toApply: .appointmentStatusChanged(scheduled.id, to: .confirmed, room: nil, note: nil)) == nil)
        let refused = p.refusal(toApply: .appointmentStatusChanged(scheduled.id, to: .checkedOut, room: nil, note: nil))
        #expect(refused?.message.contains("cannot be checked out") == true, "\(String(describing: refused))")
        if let done = p.claims.values.first(where: { $0.status == .paid }) {
            #expect(p.refusal(toApply: .claimStatusChanged(done.id, to: .submitted, note: nil)) != nil)
        }
        if let open = p.claims.values.first(where: { $0.status == .submitted }) {
            #expect(p.refusal(toApply: .claimStatusChanged(open.id, to: .accepted, note: nil)) == nil)
        }
        if let decided = p.timeOff.values.first(where: { $0.status != .requested }) {
            #expect(p.refusal(toApply: .timeOffDecided(decided.id, to: .approved))?.message.contains("already") == true)
        }
    }
}
