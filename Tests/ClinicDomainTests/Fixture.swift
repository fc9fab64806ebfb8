import Foundation
import Testing
@testable import ClinicDomain

/// A small practice built by hand, on a fixed clock: Monday 2026-11-23, 10:42 in New York.
enum Fixture {
    static let zone = "America/New_York"
    static let today = LocalDate(year: 2026, month: 11, day: 23)
    static let clock = PracticeClock(timeZone: TimeZone(identifier: zone) ?? .gmt)
    static let now = at(10, 42)

    /// The instant the practice's wall clock shows `hour:minute` on `day`.
    static func at(_ hour: Int, _ minute: Int, on day: LocalDate = today) -> Date {
        clock.instant(day, TimeOfDay(hour: hour, minute: minute))
    }

    static func time(_ text: String) -> TimeOfDay {
        guard let time = TimeOfDay(text) else { fatalError("bad time \(text) in a test") }
        return time
    }

    static func day(_ text: String) -> LocalDate {
        guard let day = LocalDate(text) else { fatalError("bad date \(text) in a test") }
        return day
    }

    // IDs of the fixture's rows.
    static let medicare = PayerID(1), aetna = PayerID(2)
    static let drLee = StaffID(1), drPatel = StaffID(2), ana = StaffID(3), joe = StaffID(4)
    static let priya = StaffID(5), ben = StaffID(6), npKim = StaffID(7)
    static let renee = PatientID(1), xiaoming = PatientID(2), jorge = PatientID(3), tuan = PatientID(4)

    /// Two physicians and an NP working 08:00–17:00 all week (NP Kim off Wednesday), one receptionist and two MAs
    /// today, four patients, two payers; no appointments, tasks or claims.
    static func practice(settings: PracticeSettings? = nil) -> Practice {
        var p = Practice(settings: settings ?? PracticeSettings(name: "Maple Family Practice", timeZoneID: zone))
        p.seed(payer: Payer(id: medicare, name: "Medicare", kind: .medicare, timelyFilingDays: 365, payerCode: "12202"))
        p.seed(payer: Payer(id: aetna, name: "Aetna", kind: .commercial, timelyFilingDays: 90, payerCode: "60054"))
        p.seed(staff: Staff(id: drLee, givenName: "Grace", familyName: "Lee", role: .physician, npi: "1234567893"))
        p.seed(staff: Staff(id: drPatel, givenName: "Ravi", familyName: "Patel", role: .physician, npi: "1245319599"))
        p.seed(staff: Staff(id: ana, givenName: "Ana", familyName: "Ruiz", role: .receptionist))
        p.seed(staff: Staff(id: joe, givenName: "Joe", familyName: "Miller", role: .receptionist))
        p.seed(staff: Staff(id: priya, givenName: "Priya", familyName: "Shah", role: .medicalAssistant,
                            credentials: [Credential(name: "BLS", expires: today.adding(days: 9))]))
        p.seed(staff: Staff(id: ben, givenName: "Ben", familyName: "Cole", role: .medicalAssistant))
        p.seed(staff: Staff(id: npKim, givenName: "Sora", familyName: "Kim", role: .nursePractitioner))
        var shiftNumber = 0
        func shift(_ who: StaffID, _ day: LocalDate, _ from: String, _ to: String, _ role: StaffRole) {
            shiftNumber += 1
            p.seed(shift: Shift(id: ShiftID(shiftNumber), staff: who, day: day, start: time(from), end: time(to), role: role))
        }
        for offset in 0..<5 {
            let day = today.adding(days: offset)
            shift(drLee, day, "08:00", "17:00", .physician)
            shift(drPatel, day, "08:00", "17:00", .physician)
            if offset != 2 { shift(npKim, day, "08:00", "17:00", .nursePractitioner) }
        }
        shift(ana, today, "08:00", "17:00", .receptionist)
        shift(priya, today, "08:00", "17:00", .medicalAssistant)
        shift(ben, today, "08:00", "17:00", .medicalAssistant)
        p.seed(patient: Patient(id: renee, givenName: "Renée", familyName: "Müller", birthDate: day("1981-03-14"),
                                phone: "555-0101", payer: aetna, copay: Cents(2500)))
        p.seed(patient: Patient(id: xiaoming, givenName: "小明", familyName: "王", birthDate: day("1990-07-01"),
                                phone: "555-0102", payer: medicare, copay: Cents(4000)))
        p.seed(patient: Patient(id: jorge, givenName: "Jorge", familyName: "Alvarez", birthDate: day("1975-12-02"),
                                phone: "555-0103", payer: aetna))
        p.seed(patient: Patient(id: tuan, givenName: "Tuan", familyName: "Nguyen", birthDate: day("2001-05-20"),
                                phone: "555-0104", payer: medicare, copay: Cents(2500)))
        return p
    }

    /// A claim for the fixture, seeded directly in `status`.
    static func claim(_ number: Int, patient: PatientID = renee, payer: PayerID = aetna, dos: LocalDate,
                      charge: Int = 24000, status: ClaimStatus = .submitted, paid: Int = 0, denial: Denial? = nil,
                      codes: [String] = ["99214"], diagnoses: [String] = ["E11.9"]) -> Claim {
        Claim(id: ClaimID(number), patient: patient, provider: drLee, payer: payer, appointment: nil, dateOfService: dos,
              diagnoses: diagnoses, lines: codes.map { ServiceLine(code: $0, charge: Cents(charge / max(1, codes.count))) },
              status: status, paid: Cents(paid), denial: denial)
    }
}

extension Practice {
    /// Validates and applies at `time` (default: the fixture's now) as the front desk.
    @discardableResult
    mutating func run(_ command: Command, at time: Date = Fixture.now, actor: String = "ana") throws(DomainError) -> [Event] {
        try execute(command, actor: actor, now: time)
    }

    /// Books through the real command and returns the new appointment's ID.
    mutating func book(_ patient: PatientID, with provider: StaffID, at start: String, minutes: Int = 20,
                       on day: LocalDate = Fixture.today, override: Bool = false,
                       bookedAt: Date = Fixture.at(7, 0, on: Fixture.today.adding(days: -7))) throws -> AppointmentID {
        let events = try run(.bookAppointment(Booking(patient: patient, provider: provider, day: day,
                                                      start: Fixture.time(start), minutes: minutes, override: override)),
                             at: bookedAt)
        guard case .appointmentBooked(let appointment)? = events.first?.change else {
            throw DomainError("booking produced no appointment")
        }
        return appointment.id
    }

    /// Walks an appointment through the flow to `status` with the given times.
    mutating func walk(_ id: AppointmentID, arrived: Date? = nil, roomed: Date? = nil, seen: Date? = nil,
                       out: Date? = nil) throws {
        if let arrived { try run(.checkIn(id), at: arrived) }
        if let roomed { try run(.room(id, room: nil), at: roomed) }
        if let seen { try run(.see(id), at: seen) }
        if let out { try run(.checkOut(id), at: out) }
    }
}

/// The error a throwing body raised, or nil (and a recorded issue) if it did not throw.
func domainError(_ sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> DomainError? {
    do {
        try body()
        Issue.record("expected a DomainError", sourceLocation: sourceLocation)
        return nil
    } catch let error as DomainError {
        return error
    } catch {
        Issue.record("expected a DomainError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

func parseError(_ line: String, today: LocalDate? = Fixture.today,
                sourceLocation: SourceLocation = #_sourceLocation) -> CommandParseError? {
    do {
        let command = try CommandLanguage.parse(line, today: today)
        Issue.record("'\(line)' parsed as \(command)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
