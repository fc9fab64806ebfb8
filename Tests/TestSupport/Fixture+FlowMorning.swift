import ClinicDomain
import Foundation

extension Fixture {
    /// A hand-made front-office morning for the flow pane, on the fixture's clock: three providers working (NP Kim
    /// until 14:00), Dr Singh on PTO, and a day of appointments in every flow status, each walked through the real
    /// commands at realistic times so histories, waits and rooms are what the app would see. Its rows have their
    /// own IDs (Dr Singh and the 14 patients do not exist in `staffedWeek`).
    public enum FlowMorning {
        public static let drLee = StaffID(1), drPatel = StaffID(2), npKim = StaffID(3), drSingh = StaffID(4)
        public static let ana = StaffID(5)
        public static let aetna = PayerID(1), medicare = PayerID(2)

        /// Patients by number: 1 Okafor (Michael), 2 Chen, 3 Diaz, 4 Okafor (Ngozi), 5 Müller, 6 Ortiz, 7 王小明,
        /// 8 Alvarez, 9 Nguyen, 10 Sato, 11 Brown, 12 Fischer, 13 Kowalski (new, paperwork due), 14 Escape (a name
        /// with a control character, for the sanitizer).
        public static let patients:
            [(
                given: String, family: String, born: String, phone: String, payer: PayerID?,
                copay: Int
            )] = [
                ("Michael", "Okafor", "1980-02-14", "(555) 010-0142", aetna, 2500),
                ("Susan", "Chen", "1972-09-30", "555-010-0177", medicare, 0),
                ("Bea", "Diaz", "1991-01-05", "555 010 0190", aetna, 2500),
                ("Ngozi", "Okafor", "1975-06-01", "(555) 010-0143", aetna, 2500),
                ("Renée", "Müller", "1981-03-14", "555-010-0101", aetna, 2500),
                ("Luis", "Ortiz", "1968-11-11", "555-010-0111", medicare, 0),
                ("小明", "王", "1990-07-01", "555-010-0102", medicare, 4000),
                ("Jorge", "Alvarez", "1975-12-02", "555-010-0103", aetna, 0),
                ("Tuan", "Nguyen", "2001-05-20", "555-010-0104", medicare, 2500),
                ("Akiko", "Sato", "1988-04-04", "555-010-0105", nil, 0),
                ("Karen", "Brown", "1959-08-21", "555-010-0106", medicare, 0),
                ("Lena", "Fischer", "1993-10-10", "555-010-0107", aetna, 2500),
                ("Piotr", "Kowalski", "1985-12-24", "555-010-0108", aetna, 4000),
                ("Eve\u{1B}[31m", "Escape", "1999-09-09", "555-010-0109", aetna, 2500),
            ]

        /// Today's bookings in order (A-n is the n-th): patient, provider, start, minutes, visit type, reason.
        static let bookings: [(Int, StaffID, String, Int, VisitType, String)] = [
            (1, drLee, "08:00", 20, .followUp, "blood pressure"),
            (2, drPatel, "08:30", 40, .newPatient, "establish care"),
            (3, npKim, "09:00", 20, .followUp, "rash"),
            (4, drLee, "09:40", 20, .followUp, "diabetes review"),
            (5, drLee, "10:00", 20, .followUp, "knee pain"),
            (6, drPatel, "10:00", 20, .physical, "annual"),
            (7, drPatel, "10:20", 20, .sick, "fever, cough"),
            (8, npKim, "10:20", 20, .followUp, "asthma"),
            (9, drLee, "10:40", 20, .followUp, "labs"),
            (10, drPatel, "10:40", 20, .sick, "sore throat"),
            (11, drLee, "11:00", 20, .followUp, "med refill"),
            (12, npKim, "11:20", 20, .followUp, "follow-up"),
            (13, drPatel, "11:00", 40, .newPatient, "new to practice"),
            (14, drLee, "13:00", 20, .telehealth, "results"),
            (1, drPatel, "14:00", 30, .procedure, "mole removal"),
        ]

        public static func practice() -> Practice {
            var p = Practice(
                settings: PracticeSettings(
                    name: practiceName, timeZoneID: zoneID, coverage: headCountCoverage, billing: billingProvider))
            p.seed(payer: Payer(id: aetna, name: "Aetna", kind: .commercial, timelyFilingDays: 90, payerCode: "60054"))
            p.seed(
                payer: Payer(
                    id: medicare, name: "Medicare", kind: .medicare, timelyFilingDays: 365,
                    payerCode: "12202"))
            p.seed(staff: Staff(id: drLee, givenName: "Grace", familyName: "Lee", role: .physician))
            p.seed(staff: Staff(id: drPatel, givenName: "Ravi", familyName: "Patel", role: .physician))
            p.seed(staff: Staff(id: npKim, givenName: "Sora", familyName: "Kim", role: .nursePractitioner))
            p.seed(staff: Staff(id: drSingh, givenName: "Arjun", familyName: "Singh", role: .physician))
            p.seed(staff: Staff(id: ana, givenName: "Ana", familyName: "Ruiz", role: .receptionist))
            seedShifts(&p)
            p.seed(
                timeOff: TimeOff(
                    id: TimeOffID(1), staff: drSingh, kind: .vacation, from: today,
                    through: today.adding(days: 1), status: .approved, note: "family",
                    requestedAt: at(9, 0, on: today.adding(days: -30))))
            for (i, row) in patients.enumerated() {
                guard let born = LocalDate(row.born) else { continue }
                p.seed(
                    patient: Patient(
                        id: PatientID(i + 1), givenName: row.given, familyName: row.family,
                        birthDate: born, phone: row.phone, payer: row.payer, copay: Cents(row.copay),
                        paperworkComplete: i + 1 != 13))
            }
            var script = Script(practice: p)
            let booked = at(9, 0, on: today.adding(days: -3))
            for (patient, provider, start, minutes, type, reason) in bookings {
                script.run(
                    .bookAppointment(
                        Booking(
                            patient: PatientID(patient), provider: provider, day: today,
                            start: time(start), minutes: minutes, visitType: type,
                            reason: reason)), at: booked)
            }
            // The morning, as the desk lived it:
            script.run(.confirm(AppointmentID(9)), at: at(16, 0, on: today.adding(days: -1)))
            script.walk(1, arrive: (7, 55), room: (8, 2), see: (8, 5), out: (8, 25), verify: true, copay: true)
            script.walk(2, arrive: (8, 20), room: (8, 34), see: (8, 40), out: (9, 20), verify: true, copay: false)
            script.run(.noShow(AppointmentID(3)), at: at(9, 20))
            script.walk(4, arrive: (9, 24), room: (9, 30), see: (9, 42), verify: true, copay: true)
            script.walk(5, arrive: (10, 15), room: (10, 36), verify: true, copay: true)
            script.walk(6, arrive: (9, 50), room: (9, 58), see: (10, 5), verify: true, copay: false)
            script.walk(7, arrive: (10, 8), verify: false, copay: false)
            script.walk(8, arrive: (10, 25), verify: true, copay: false)
            script.walk(10, arrive: (10, 38), verify: false, copay: false)
            script.run(.cancel(AppointmentID(12), reason: "patient called"), at: at(8, 10))
            // A control character in a reason, for the sanitizer: the booking command refuses one now (its field
            // contract), so it is put in the way older data or an import would have it.
            script.practice.appointments.modify(AppointmentID(14)) { $0.reason = "results\u{7}" }
            return script.practice
        }

        /// The same morning after Dr Patel goes home sick at 10:40 (a sick call through the real command): his
        /// column still holds S. Chen (checked out), L. Ortiz (with him), 王小明 and A. Sato (waiting) and two later
        /// visits; the two waiting and the two later ones have to move.
        public static func patelSick() -> Practice {
            var script = Script(practice: practice())
            script.run(.callInSick(drPatel, day: nil), at: at(10, 40))
            return script.practice
        }

        /// The week's shifts: Lee, Patel, Kim (until 14:00 today) and Ana every day, Singh from Wednesday.
        private static func seedShifts(_ p: inout Practice) {
            var shiftNumber = 0
            func shift(_ who: StaffID, _ day: LocalDate, _ from: Int, _ to: Int, _ role: StaffRole) {
                shiftNumber += 1
                p.seed(
                    shift: Shift(
                        id: ShiftID(shiftNumber), staff: who, day: day, start: TimeOfDay(hour: from),
                        end: TimeOfDay(hour: to), role: role))
            }
            for offset in 0..<5 {
                let day = today.adding(days: offset)
                shift(drLee, day, 8, 17, .physician)
                shift(drPatel, day, 8, 17, .physician)
                shift(npKim, day, 8, offset == 0 ? 14 : 17, .nursePractitioner)
                if offset >= 2 { shift(drSingh, day, 9, 16, .physician) }
                shift(ana, day, 8, 17, .receptionist)
            }
        }

        /// Runs commands as "ana" at given times; a refusal stops the test run with the domain's sentence.
        struct Script {
            var practice: Practice

            mutating func run(_ command: Command, at time: Date) {
                do { try practice.execute(command, actor: "ana", now: time) } catch {
                    fatalError("fixture command \(command) refused: \(error)")
                }
            }

            mutating func walk(
                _ n: Int, arrive: (Int, Int), room: (Int, Int)? = nil, see: (Int, Int)? = nil,
                out: (Int, Int)? = nil, verify: Bool, copay: Bool
            ) {
                let id = AppointmentID(n)
                run(.checkIn(id), at: at(arrive.0, arrive.1))
                if verify { run(.verifyInsurance(id, verified: true), at: at(arrive.0, arrive.1)) }
                if copay { run(.collectCopay(id, amount: nil), at: at(arrive.0, arrive.1)) }
                if let room { run(.room(id, room: nil), at: at(room.0, room.1)) }
                if let see { run(.see(id), at: at(see.0, see.1)) }
                if let out { run(.checkOut(id), at: at(out.0, out.1)) }
            }
        }
    }
}
