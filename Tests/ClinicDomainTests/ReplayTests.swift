import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Apply, replay and JSON round trips")
struct ReplayTests {
    /// A day's worth of commands touching every kind of change, with the events they produced.
    func scenario() throws -> (start: Practice, end: Practice, events: [Event]) {
        var start = Fixture.staffedWeek()
        start.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -30), status: .draft))
        start.seed(claim: Fixture.claim(2, dos: Fixture.today.adding(days: -40)))
        start.seed(claim: Fixture.claim(3, dos: Fixture.today.adding(days: -50)))
        start.seed(
            task: TaskCard(
                id: TaskID(1), title: "Payroll", column: .today, due: Fixture.today, recurrence: .weekly,
                rank: 1, createdAt: Fixture.at(7, 0)))
        var p = start
        var events: [Event] = []
        func run(_ command: Command, _ hour: Int, _ minute: Int, actor: String = "ana") throws {
            // Fractional seconds must not leak into the record: execute rounds `now` down to the second.
            events += try p.execute(command, actor: actor, now: Fixture.at(hour, minute).addingTimeInterval(0.75))
        }
        try run(
            .addPatient(
                NewPatient(
                    givenName: "Zoë", familyName: "Ødegaard", birthDate: Fixture.day("1999-09-09"),
                    phone: "555-0199", payer: Fixture.aetna, copay: Cents(3000))), 7, 30)
        try run(.completePaperwork(PatientID(5)), 7, 31)
        try run(
            .bookAppointment(
                Booking(
                    patient: PatientID(5), provider: Fixture.drLee, day: Fixture.today,
                    start: Fixture.time("09:00"), visitType: .newPatient, reason: "new")), 7, 32)
        try run(
            .bookAppointment(
                Booking(
                    patient: Fixture.renee, provider: Fixture.drPatel, day: Fixture.today,
                    start: Fixture.time("09:00"))), 7, 33)
        try run(
            .bookAppointment(
                Booking(
                    patient: Fixture.jorge, provider: Fixture.drPatel, day: Fixture.today,
                    start: Fixture.time("09:10"), override: true)), 7, 34)
        try run(
            .bookAppointment(
                Booking(
                    patient: Fixture.tuan, provider: Fixture.npKim, day: Fixture.today,
                    start: Fixture.time("11:00"))), 7, 35)
        try run(.confirm(AppointmentID(1)), 8, 0)
        try run(.verifyInsurance(AppointmentID(1), verified: true), 8, 50)
        try run(.checkIn(AppointmentID(1)), 8, 55)
        try run(.collectCopay(AppointmentID(1), amount: nil), 8, 56)
        try run(.room(AppointmentID(1), room: "4"), 9, 5)
        try run(.see(AppointmentID(1)), 9, 12)
        try run(.checkOut(AppointmentID(1)), 9, 50)
        try run(.checkIn(AppointmentID(2)), 9, 15)
        try run(.leftWithoutVisit(AppointmentID(2)), 9, 59)
        try run(.noShow(AppointmentID(3)), 9, 40)
        try run(
            .moveAppointment(
                AppointmentID(4), day: Fixture.today.adding(days: 1), start: Fixture.time("10:00"),
                provider: Fixture.drLee, override: false), 9, 41)
        try run(.addTask(NewTask(title: "Order gloves", column: .doing, owner: Fixture.ana)), 10, 0)
        try run(.assignTask(TaskID(2), to: Fixture.ben), 10, 1)
        try run(.completeTask(TaskID(1)), 10, 2)
        try run(.addTask(NewTask(title: "Fire drill", due: Fixture.today.adding(days: 3))), 10, 3)
        try run(.reorderTask(TaskID(4), by: -1), 10, 4, actor: "ben")
        try run(.submitClaim(ClaimID(1)), 10, 10, actor: "billing")
        try run(.acceptClaim(ClaimID(1)), 10, 11, actor: "billing")
        try run(.payClaim(ClaimID(1), amount: Cents(10000), adjustment: Cents(2000)), 10, 12, actor: "billing")
        try run(.denyClaim(ClaimID(2), Denial(group: .CO, code: "197", rarc: "N54")), 10, 13, actor: "billing")
        try run(.appealClaim(ClaimID(2)), 10, 14, actor: "billing")
        try run(.rejectClaim(ClaimID(3), reason: "bad member ID"), 10, 15, actor: "billing")
        try run(.writeOffClaim(ClaimID(3)), 10, 16, actor: "billing")
        try run(.setClaimFollowUp(ClaimID(2), Fixture.day("2026-12-15")), 10, 17, actor: "billing")
        try run(.callInSick(Fixture.ben, day: nil), 10, 20)
        try run(
            .requestTimeOff(
                Fixture.priya, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), note: "trip"), 10,
            21)
        try run(
            .requestTimeOff(Fixture.ana, from: Fixture.day("2026-12-10"), through: Fixture.day("2026-12-10"), note: ""),
            10, 22)
        try run(.approveTimeOff(TimeOffID(2)), 10, 23, actor: "manager")
        try run(.denyTimeOff(TimeOffID(3)), 10, 24, actor: "manager")
        try run(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("12:00"), end: Fixture.time("17:00"), role: nil),
            10, 25)
        try run(.removeShift(ShiftID(1)), 10, 26)
        return (start, p, events)
    }

    @Test func eventsAreNumberedStampedAndWholeSeconds() throws {
        let (_, end, events) = try scenario()
        #expect(events.map(\.seq) == Array(1...UInt64(events.count)))
        #expect(end.lastSeq == UInt64(events.count))
        #expect(events.allSatisfy { $0.at.timeIntervalSince1970 == $0.at.timeIntervalSince1970.rounded(.down) })
        #expect(events.contains { $0.actor == "manager" })
        #expect(end.newID(of: events.prefix(1).map(\.change)) == "P-5")
    }

    @Test func replayingTheEventsOnAFreshCopyGivesAnEqualPractice() throws {
        let (start, end, events) = try scenario()
        var replayed = start
        for event in events { replayed.apply(event) }
        #expect(replayed == end)
        #expect(replayed.appointmentsByDay == end.appointmentsByDay)
        // And through the journal's JSON: each event encoded and decoded first.
        var fromJSON = start
        for event in events {
            let data = try DomainCoding.encoder().encode(event)
            fromJSON.apply(try DomainCoding.decoder().decode(Event.self, from: data))
        }
        #expect(fromJSON == end)
    }

    @Test func theStateRoundTripsThroughJSONWithItsIndexRebuilt() throws {
        let (_, end, _) = try scenario()
        let data = try DomainCoding.encoder(pretty: true).encode(end)
        let decoded = try DomainCoding.decoder().decode(Practice.self, from: data)
        #expect(decoded == end)
        #expect(decoded.appointmentsByDay == end.appointmentsByDay)
        #expect(
            decoded.appointments(on: Fixture.today).map(\.id) == [AppointmentID(1), AppointmentID(2), AppointmentID(3)])
        #expect(decoded.appointments(on: Fixture.today.adding(days: 1)).map(\.id) == [AppointmentID(4)])
        // Stable: encoding again gives the same bytes (export compares folders byte for byte).
        #expect(try DomainCoding.encoder(pretty: true).encode(decoded) == data)
        #expect(decoded.settings == end.settings)
    }

    @Test func theIndexKeptByApplyMatchesARebuild() throws {
        let (_, end, _) = try scenario()
        var rebuilt = end
        rebuilt.rebuildIndexes()
        #expect(rebuilt.appointmentsByDay == end.appointmentsByDay)
    }

    @Test func theScenarioLandedWhereExpected() throws {
        let (_, p, _) = try scenario()
        #expect(
            p.appointments[AppointmentID(1)]?.history.map(\.status) == [
                .scheduled, .confirmed, .arrived, .roomed, .withProvider, .checkedOut,
            ])
        #expect(p.appointments[AppointmentID(2)]?.status == .leftWithoutVisit)
        #expect(p.appointments[AppointmentID(3)]?.overbooked == true)
        #expect(p.tasks[TaskID(3)]?.due == Fixture.today.adding(days: 7))
        #expect(p.tasks(in: .backlog).map(\.id) == [TaskID(4), TaskID(3)])
        #expect(p.claims[ClaimID(1)]?.status == .partiallyPaid)
        #expect(p.claims[ClaimID(2)]?.status == .appealed)
        #expect(p.claims[ClaimID(3)]?.status == .writtenOff)
        #expect(p.timeOff[TimeOffID(2)]?.decidedBy == "manager")
        #expect(p.shifts[ShiftID(1)] == nil)
        #expect(p.patients[PatientID(5)]?.paperworkComplete == true)
    }

    @Test func aDecodingErrorNamesTheBadValue() throws {
        let json = Data(#"{"id":"A-x"}"#.utf8)
        struct Holder: Decodable { let id: AppointmentID }
        #expect(throws: DecodingError.self) { try DomainCoding.decoder().decode(Holder.self, from: json) }
        let bad = Data(#"["2026-02-30"]"#.utf8)
        #expect(throws: DecodingError.self) { try DomainCoding.decoder().decode([LocalDate].self, from: bad) }
    }

    @Test func theDayIndexStaysInBoardOrderThroughMoves() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drPatel, at: "09:00")
        let b = try p.book(Fixture.jorge, with: Fixture.drLee, at: "09:00")
        let c = try p.book(Fixture.tuan, with: Fixture.drLee, at: "08:00")
        #expect(p.appointments(on: Fixture.today).map(\.id) == [c, b, a]) // 08:00; 09:00 Dr Lee (S-1) before Dr Patel
        try p.run(
            .moveAppointment(c, day: Fixture.today, start: Fixture.time("11:00"), provider: nil, override: false),
            at: Fixture.at(7, 0))
        #expect(p.appointments(on: Fixture.today).map(\.id) == [b, a, c])
        var rebuilt = p
        rebuilt.rebuildIndexes()
        #expect(rebuilt.appointmentsByDay == p.appointmentsByDay)
    }
}
