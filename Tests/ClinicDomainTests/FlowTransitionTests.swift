import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// One flow action a user can take on an appointment.
enum FlowAction: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case confirm, checkIn, room, see, checkOut, noShow, left, cancel

    var testDescription: String { rawValue }

    func command(_ id: AppointmentID) -> Command {
        switch self {
        case .confirm: return .confirm(id)
        case .checkIn: return .checkIn(id)
        case .room: return .room(id, room: nil)
        case .see: return .see(id)
        case .checkOut: return .checkOut(id)
        case .noShow: return .noShow(id)
        case .left: return .leftWithoutVisit(id)
        case .cancel: return .cancel(id, reason: "patient called")
        }
    }

    var target: FlowStatus {
        switch self {
        case .confirm: return .confirmed
        case .checkIn: return .arrived
        case .room: return .roomed
        case .see: return .withProvider
        case .checkOut: return .checkedOut
        case .noShow: return .noShow
        case .left: return .leftWithoutVisit
        case .cancel: return .cancelled
        }
    }

    /// The verb the refusal uses.
    var refusalVerb: String {
        switch self {
        case .confirm: return "cannot be confirmed"
        case .checkIn: return "cannot be checked in"
        case .room: return "cannot be roomed"
        case .see: return "cannot be seen"
        case .checkOut: return "cannot be checked out"
        case .noShow: return "cannot be marked no-show"
        case .left: return "cannot leave without a visit"
        case .cancel: return "cannot be cancelled"
        }
    }
}

/// The legal moves, written out independently of `FlowStatus.next` (OpenEMR's flow board).
let legalFlow: [FlowStatus: Set<FlowAction>] = [
    .scheduled: [.confirm, .checkIn, .noShow, .cancel],
    .confirmed: [.checkIn, .noShow, .cancel],
    .arrived: [.room, .see, .left],
    .roomed: [.see, .left],
    .withProvider: [.checkOut],
    .checkedOut: [], .noShow: [], .cancelled: [], .leftWithoutVisit: [],
]

/// A practice with A-1 (Renée Müller, Dr Lee, 10:20 today) seeded in `status`.
func practiceWithAppointment(in status: FlowStatus) -> (Practice, AppointmentID) {
    var p = Fixture.staffedWeek()
    let id = AppointmentID(1)
    let room: String? = (status == .roomed || status == .withProvider) ? "2" : nil
    p.seed(
        appointment: Appointment(
            id: id, patient: Fixture.renee, provider: Fixture.drLee, day: Fixture.today,
            start: Fixture.time("10:20"), minutes: 20, visitType: .followUp, reason: "",
            status: status, room: room,
            history: [FlowStamp(status: status, at: Fixture.at(10, 15), actor: "ana")]))
    return (p, id)
}

@Suite("Appointment flow transitions")
struct FlowTransitionTests {
    @Test(
        "every status × action is allowed or refused as the table says",
        arguments: FlowStatus.allCases, FlowAction.allCases)
    func transition(from status: FlowStatus, action: FlowAction) throws {
        var (p, id) = practiceWithAppointment(in: status)
        let legal = legalFlow[status]?.contains(action) ?? false
        #expect(status.canMove(to: action.target) == legal)
        if legal {
            let events = try p.run(action.command(id))
            #expect(events.count == 1)
            let after = try #require(p.appointments[id])
            #expect(after.status == action.target)
            #expect(after.history.last?.status == action.target)
            #expect(after.history.last?.actor == "ana")
            #expect(after.history.last?.at == DomainCoding.wholeSecond(Fixture.now))
        } else {
            let before = p
            let error = try #require(domainError { try p.run(action.command(id)) })
            // Names the item (ID, patient, time), the attempted step, where it stands, and the rule.
            #expect(error.message.contains("A-1 (Renée Müller, 10:20)"), "\(error)")
            #expect(error.message.contains(action.refusalVerb), "\(error)")
            #expect(error.message.contains("the patient is \(status.label)"), "\(error)")
            #expect(error.message.contains(status.isFinal ? "that status is final" : "it can only become"), "\(error)")
            #expect(p == before)
        }
    }

    @Test func refusalListsWhatIsAllowed() throws {
        var (p, id) = practiceWithAppointment(in: .arrived)
        let error = try #require(domainError { try p.run(.checkOut(id)) })
        #expect(
            error.message
                == "A-1 (Renée Müller, 10:20) cannot be checked out: the patient is arrived; from there it can "
                + "only become roomed, with provider, left, no visit."
        )
    }

    @Test func noShowBeforeTheGracePeriodIsRefused() throws {
        var (p, id) = practiceWithAppointment(in: .scheduled)
        let error = try #require(domainError { try p.run(.noShow(id), at: Fixture.at(10, 19)) })
        #expect(error.message.contains("it can be marked a no-show from 10:35 on 2026-11-23"), "\(error)")
        // At the start and inside the 15 minutes' grace the patient is late, not absent.
        #expect(domainError { try p.run(.noShow(id), at: Fixture.at(10, 34)) } != nil)
        try p.run(.noShow(id), at: Fixture.at(10, 35))
        #expect(p.appointments[id]?.status == .noShow)
    }

    @Test func cancelNeedsAReasonAndMarksLateCancels() throws {
        var (p, id) = practiceWithAppointment(in: .confirmed)
        let error = try #require(domainError { try p.run(.cancel(id, reason: "  ")) })
        #expect(error.message == "cancel reason: must not be empty.")
        try p.run(.cancel(id, reason: "patient called"), at: Fixture.at(9, 0))
        let cancelled = try #require(p.appointments[id])
        #expect(cancelled.cancelReason == "patient called (late cancel, < 24 h)")
        #expect(!cancelled.holdsSlot)
    }

    @Test func earlyCancelIsNotLate() throws {
        var (p, id) = practiceWithAppointment(in: .scheduled)
        try p.run(.cancel(id, reason: "moved away"), at: Fixture.at(9, 0, on: Fixture.today.adding(days: -2)))
        #expect(p.appointments[id]?.cancelReason == "moved away")
    }

    @Test func arrivingTenMinutesLateIsStamped() throws {
        var (p, id) = practiceWithAppointment(in: .confirmed)
        try p.run(.checkIn(id), at: Fixture.at(10, 31))
        let late = try #require(p.appointments[id])
        #expect(late.arrivedLate)
        #expect(late.history.last?.note == "late by 11m")
        var (q, other) = practiceWithAppointment(in: .confirmed)
        try q.run(.checkIn(other), at: Fixture.at(10, 29))
        #expect(q.appointments[other]?.arrivedLate == false)
    }

    @Test func roomingTakesTheFirstFreeRoomAndRefusesABusyOne() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        let b = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "10:00")
        try p.walk(a, arrived: Fixture.at(9, 55), roomed: Fixture.at(10, 0))
        #expect(p.appointments[a]?.room == "1")
        try p.walk(b, arrived: Fixture.at(9, 58))
        let error = try #require(domainError { try p.run(.room(b, room: "1")) })
        #expect(error.message == "Room 1 is in use by A-1 (R. Müller).")
        try p.run(.room(b, room: nil))
        #expect(p.appointments[b]?.room == "2")
        // Checking out frees the room.
        try p.walk(a, seen: Fixture.at(10, 5), out: Fixture.at(10, 30))
        #expect(p.appointments[a]?.room == nil)
        #expect(p.freeRooms(on: Fixture.today).first == "1")
    }

    @Test func roomingAFinishedVisitNamesTheRuleEvenWhenRoomsAreFull() throws {
        var settings = PracticeSettings(name: "Tiny", timeZoneID: Fixture.zoneID)
        settings.rooms = ["1"]
        var p = Fixture.staffedWeek(settings: settings)
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        let b = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "09:00")
        try p.walk(a, arrived: Fixture.at(9, 55), roomed: Fixture.at(10, 0))
        try p.walk(b, arrived: Fixture.at(8, 55), seen: Fixture.at(9, 0), out: Fixture.at(9, 30))
        let error = try #require(domainError { try p.run(.room(b, room: nil)) })
        #expect(error.message.contains("cannot be roomed: the patient is checked out"), "\(error)")
    }

    @Test func copayAndInsuranceChecks() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        #expect(p.appointments[a]?.copayDue == Cents(2500))
        try p.run(.verifyInsurance(a, verified: true))
        #expect(p.appointments[a]?.insuranceVerifiedAt == DomainCoding.wholeSecond(Fixture.now))
        try p.run(.collectCopay(a, amount: nil))
        #expect(p.appointments[a]?.copayCollected == Cents(2500))
        let error = try #require(domainError { try p.run(.collectCopay(a, amount: nil)) })
        #expect(error.message.contains("no copay outstanding"))
        try p.run(.verifyInsurance(a, verified: false))
        #expect(p.appointments[a]?.insuranceVerifiedAt == nil)
    }
}
