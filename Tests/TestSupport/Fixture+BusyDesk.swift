import ClinicDomain
import Foundation

/// The front desk at 10:42 with something in every pane: patients waiting, a full Doing column, claims near their
/// deadline and denied, a sick call, a PTO request. The pane goldens and key scripts draw it.
extension Fixture {
    /// `busyDeskRows()` with today's appointments walked through the flow and the staff events applied.
    public static func busyDesk() -> Practice {
        var p = busyDeskRows()
        let booked = at(7, 0, on: today.adding(days: -7))
        func book(_ patient: Int, _ provider: StaffID, _ hour: Int, _ minute: Int) -> AppointmentID? {
            let booking = Booking(
                patient: PatientID(patient), provider: provider, day: today,
                start: TimeOfDay(hour: hour, minute: minute), minutes: 20)
            let events = try? p.execute(.bookAppointment(booking), actor: "ana", now: booked)
            if case .appointmentBooked(let a)? = events?.first?.change { return a.id }
            return nil
        }
        func run(_ command: Command, _ hour: Int, _ minute: Int) {
            _ = try? p.execute(command, actor: "ana", now: at(hour, minute))
        }
        if let a = book(5, drLee, 9, 40) {
            run(.checkIn(a), 9, 24); run(.room(a, room: "3"), 9, 30); run(.see(a), 10, 30)
        }
        if let a = book(1, drLee, 10, 0) { run(.checkIn(a), 9, 55); run(.room(a, room: "2"), 10, 36) }
        if let a = book(2, drPatel, 10, 20) { run(.checkIn(a), 10, 8) }
        if let a = book(3, npKim, 10, 20) { run(.checkIn(a), 10, 33) }
        if let a = book(4, drLee, 10, 40) { run(.confirm(a), 8, 0) }
        if let a = book(6, drPatel, 9, 0) {
            run(.checkIn(a), 8, 52); run(.room(a, room: "1"), 8, 58); run(.see(a), 9, 5); run(.checkOut(a), 9, 30)
        }
        _ = book(7, npKim, 11, 0)
        _ = book(8, drPatel, 14, 0)
        run(.callInSick(ben, day: today), 7, 12)
        _ = try? p.execute(
            .requestTimeOff(
                ana, from: LocalDate(year: 2026, month: 12, day: 1),
                through: LocalDate(year: 2026, month: 12, day: 3), note: "family visit"),
            actor: "ana", now: at(8, 30, on: today.adding(days: -2)))
        return p
    }

    /// The busy desk's seeded rows only: staff on today's shifts, eight patients, ten task cards, eight claims; no
    /// appointments yet.
    public static func busyDeskRows() -> Practice {
        var p = Practice(
            settings: PracticeSettings(
                name: practiceName, timeZoneID: zoneID, coverage: headCountCoverage, billing: billingProvider))
        seedPayers(&p, bcbs: true)
        seedStaff(&p)
        var shiftNumber = 0
        func shift(_ who: StaffID, _ from: Int, _ to: Int, _ role: StaffRole, day: LocalDate = today) {
            shiftNumber += 1
            p.seed(
                shift: Shift(
                    id: ShiftID(shiftNumber), staff: who, day: day, start: TimeOfDay(hour: from),
                    end: TimeOfDay(hour: to), role: role))
        }
        for who in [drLee, drPatel, npKim] { shift(who, 8, 17, who == npKim ? .nursePractitioner : .physician) }
        shift(ana, 8, 12, .receptionist)
        shift(joe, 12, 17, .receptionist)
        shift(priya, 8, 17, .medicalAssistant)
        shift(ben, 8, 16, .medicalAssistant)
        let names: [(String, String, PayerID)] = [
            ("Renée", "Müller", aetna), ("小明", "王", medicare), ("Jorge", "Alvarez", aetna),
            ("Tuan", "Nguyen", medicare), ("Mary", "Okafor", bcbs), ("Kim", "Brown", medicare),
            ("Lena", "Fischer", aetna), ("Priyanka", "Singh", bcbs),
        ]
        for (i, name) in names.enumerated() {
            p.seed(
                patient: Patient(
                    id: PatientID(i + 1), givenName: name.0, familyName: name.1,
                    birthDate: LocalDate(year: 1960 + i * 5, month: 3, day: 14),
                    phone: "555-01\(10 + i)", payer: name.2, copay: Cents(2500)))
        }
        seedBusyTasks(&p)
        seedBusyClaims(&p)
        return p
    }

    private static func seedBusyTasks(_ p: inout Practice) {
        let created = at(8, 0, on: today.adding(days: -10))
        let cards: [(String, BoardColumn, StaffID?, Int?, TaskPriority)] = [
            ("Order nitrile gloves", .backlog, nil, 3, .normal),
            ("Fire drill plan", .backlog, ana, nil, .low),
            ("Renew CLIA waiver", .backlog, priya, 20, .normal),
            ("HIPAA refresher for Ana", .today, ana, 0, .high),
            ("Post Aetna ERA", .today, joe, 0, .normal),
            ("Appeal C-6", .doing, ben, -2, .high),
            ("Call Aetna about C-7", .doing, ana, 1, .normal),
            ("Fix fax line", .doing, joe, nil, .normal),
            ("Lease renewal reply", .waiting, nil, -6, .normal),
            ("Payroll close", .done, ana, -1, .normal),
        ]
        for (i, card) in cards.enumerated() {
            let doneAt = card.1 == .done ? at(16, 0, on: today.adding(days: -1)) : nil
            p.seed(
                task: TaskCard(
                    id: TaskID(i + 1), title: card.0, column: card.1, owner: card.2,
                    due: card.3.map { today.adding(days: $0) }, priority: card.4, rank: i + 1,
                    createdAt: created, doneAt: doneAt))
        }
    }

    private static func seedBusyClaims(_ p: inout Practice) {
        func claim(
            _ n: Int, _ patient: Int, _ payer: PayerID, _ daysAgo: Int, _ charge: Int, _ status: ClaimStatus,
            paid: Int = 0, denial: Denial? = nil, followUp: Int? = nil
        ) {
            let stamp = ClaimStamp(status: status, at: at(9, 0, on: today.adding(days: -daysAgo + 2)), actor: "ben")
            p.seed(
                claim: Claim(
                    id: ClaimID(n), patient: PatientID(patient), provider: drLee, payer: payer,
                    appointment: nil, dateOfService: today.adding(days: -daysAgo),
                    diagnoses: ["E11.9", "I10"],
                    lines: [
                        ServiceLine(code: "99214", modifiers: ["25"], charge: Cents(charge - 4000)),
                        ServiceLine(code: "36415", charge: Cents(4000)),
                    ],
                    status: status, postings: Claim.legacyPostings(paid: Cents(paid), adjusted: .zero, on: today),
                    denial: denial,
                    followUp: followUp.map { today.adding(days: $0) }, history: [stamp]))
        }
        claim(1, 6, aetna, 87, 24000, .draft)
        claim(2, 7, aetna, 52, 18000, .submitted, followUp: 0)
        claim(3, 8, bcbs, 69, 12000, .partiallyPaid, paid: 5760)
        claim(4, 1, medicare, 12, 31000, .ready)
        claim(5, 3, bcbs, 130, 22000, .accepted)
        claim(6, 6, medicare, 25, 24000, .denied, denial: Denial(group: .CO, code: "50"))
        claim(7, 2, aetna, 40, 15000, .submitted)
        claim(8, 4, medicare, 95, 9000, .paid, paid: 9000)
    }
}
