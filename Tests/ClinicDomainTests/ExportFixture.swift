import Foundation
@testable import ClinicDomain
import TestSupport

/// Practices for the JSON export tests: one row of every kind with every field set, the same with every optional
/// nil and every array empty, and text that exercises escaping in every string field.
enum ExportFixture {
    /// Quotes, backslashes, `/`, every C0 control, DEL, C1, line separators, combining marks, CJK and emoji.
    static let awkward: String = {
        var text = "Renée \"Ré\" O'Brien \\ path/to/file 王小明 김민준 😀👩🏽‍⚕️ e\u{301} \u{2028}\u{2029}\u{FEFF} "
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\u{7F}\u{80}\u{9F}\u{A0} end"
        return text
    }()

    static let instant = Date(timeIntervalSince1970: 1_795_536_000) // 2026-11-24T14:00:00Z

    static func settings(_ text: String) -> PracticeSettings {
        var settings = PracticeSettings(
            name: "Maple \(text)", timeZoneID: "America/New_York", waitWarnMinutes: 12, slotMinutes: 10,
            rooms: ["1", "Proc \(text)"], wipLimits: [.today: 6, .doing: 3, .waiting: 9])
        // Every kind of need (the standard rules hold the rest), and the practice's own CLIA certificate.
        settings.coverage.append(
            CoverageRule(
                name: "weekend \(text)", roles: [.medicalAssistant, .nurse], from: TimeOfDay(hour: 9),
                to: TimeOfDay(hour: 24), weekdays: [0, 6], need: .perProvider(0.5)))
        settings.credentialWarningWindows = [120, 45, 7]
        settings.practiceCredentials = [
            Credential(
                kind: .clia, expires: LocalDate(year: 2027, month: 5, day: 1), number: "33D1234567",
                name: "CLIA \(text)")
        ]
        return settings
    }

    /// Every row type, every optional set, every array non-empty; `text` goes into every free-text field.
    static func everythingSet(text: String = "plain") -> Practice {
        var p = Practice(settings: settings(text))
        p.seed(
            payer: Payer(
                id: PayerID(3), name: "Aetna \(text)", kind: .selfPay, timelyFilingDays: 90,
                payerCode: "60054/\(text)"))
        p.seed(
            staff: Staff(
                id: StaffID(2), givenName: "Grace \(text)", familyName: "Lee", role: .nursePractitioner,
                npi: "1234567893",
                credentials: [
                    Credential(name: "BLS \(text)", expires: LocalDate(year: 2027, month: 1, day: 9)),
                    Credential(name: "DEA", expires: LocalDate(year: 2028, month: 12, day: 31)),
                    Credential(
                        kind: .licence, expires: LocalDate(year: 2028, month: 6, day: 30), number: "209876",
                        state: "NY"),
                ],
                active: false, weeklyHours: 32, vacationDaysPerYear: 15,
                template: [
                    TemplateShift(
                        weekday: 1, start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17),
                        breakStart: TimeOfDay(hour: 12), breakMinutes: 30, role: .nurse),
                    TemplateShift(weekday: 6, start: TimeOfDay(hour: 22), end: TimeOfDay(hour: 30)),
                ],
                templateSkips: [LocalDate(year: 2026, month: 12, day: 24)]))
        p.seed(
            patient: Patient(
                id: PatientID(12), givenName: "小明 \(text)", familyName: "王",
                birthDate: LocalDate(year: 1990, month: 7, day: 1),
                phone: "555-0102 \(text)", payer: PayerID(3), memberID: "W\(text)", copay: Cents(4000),
                paperworkComplete: false, sex: .unknown,
                address: PostalAddress(line: "1 Main \(text)", city: "Troy \(text)", state: "NY", zip: "12180")))
        p.seed(
            shift: Shift(
                id: ShiftID(7), staff: StaffID(2), day: LocalDate(year: 2026, month: 11, day: 24),
                start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17, minute: 30), role: .medicalAssistant,
                breakStart: TimeOfDay(hour: 12), breakMinutes: 30, clockedIn: instant, clockedOut: instant,
                breaks: [BreakPunch(start: instant, end: instant), BreakPunch(start: instant)]))
        // An overnight shift: its end is stored past 24:00.
        p.seed(
            shift: Shift(
                id: ShiftID(8), staff: StaffID(2), day: LocalDate(year: 2026, month: 11, day: 24),
                start: TimeOfDay(hour: 22), end: TimeOfDay(hour: 30, minute: 15), role: .nurse,
                breakStart: TimeOfDay(hour: 26), breakMinutes: 20))
        p.seed(
            timeOff: TimeOff(
                id: TimeOffID(4), staff: StaffID(2), kind: .sick, from: LocalDate(year: 2026, month: 12, day: 1),
                through: LocalDate(year: 2026, month: 12, day: 3), status: .denied, note: "flu \(text)",
                requestedAt: instant, decidedBy: "ana \(text)", decisionNote: "short-staffed \(text)"))
        p.seed(
            appointment: Appointment(
                id: AppointmentID(41), patient: PatientID(12), provider: StaffID(2),
                day: LocalDate(year: 2026, month: 11, day: 24),
                start: TimeOfDay(hour: 9, minute: 40), minutes: 20, visitType: .newPatient, reason: "cough \(text)",
                status: .withProvider, room: "3 \(text)",
                history: [
                    FlowStamp(
                        status: .arrived, at: instant, actor: "ana \(text)", room: "lobby \(text)", note: "late \(text)"
                    ),
                    FlowStamp(status: .withProvider, at: instant.addingTimeInterval(600), actor: "joe"),
                ],
                insuranceVerifiedAt: instant.addingTimeInterval(-86_400), copayDue: Cents(2500),
                copayCollected: Cents(-1),
                arrivedLate: true, cancelReason: "none \(text)", overbooked: true))
        var card = TaskCard(
            id: TaskID(9), title: "Call Aetna \(text)", column: .waiting, owner: StaffID(2),
            due: LocalDate(year: 2026, month: 11, day: 30), dueTime: TimeOfDay(hour: 16, minute: 30),
            priority: .high, labels: ["billing", text], recurrence: .monthly, rank: -3, createdAt: instant,
            doneAt: instant.addingTimeInterval(59), notes: "line one \(text)\nline two",
            checklist: [ChecklistItem(number: 3, text: "Call \(text)", done: true)],
            links: [.claim(ClaimID(5)), .patient(PatientID(404))],
            columnEnteredAt: instant.addingTimeInterval(30))
        card.duty = DutyOccurrence(duty: 2, day: LocalDate(year: 2026, month: 11, day: 30))
        p.seed(task: card)
        p.seed(
            claim: Claim(
                id: ClaimID(5), patient: PatientID(12), provider: StaffID(2), payer: PayerID(3),
                appointment: AppointmentID(41),
                dateOfService: LocalDate(year: 2026, month: 11, day: 24), diagnoses: ["E11.9", "I10 \(text)"],
                lines: [
                    ServiceLine(
                        code: "99214", modifiers: ["25", text], units: 2, charge: Cents(24000), pointers: [2, 1]),
                    ServiceLine(code: "G0439", charge: Cents(0)),
                ],
                status: .partiallyPaid,
                postings: [
                    ClaimPosting(
                        bucket: .payerPaid, amount: Cents(12000), on: LocalDate(year: 2026, month: 11, day: 26),
                        reference: "ERA \(text)"),
                    ClaimPosting(
                        bucket: .contractual, amount: Cents(500), reason: "45",
                        on: LocalDate(year: 2026, month: 11, day: 26)),
                    ClaimPosting(
                        bucket: .writeOff, amount: Cents(-1), reason: "small \(text)",
                        on: LocalDate(year: 2026, month: 11, day: 27)),
                ],

                denial: Denial(group: .CO, code: "50", rarc: "N130 \(text)"),
                submittedOn: LocalDate(year: 2026, month: 11, day: 25),
                acceptedOn: LocalDate(year: 2026, month: 11, day: 25),
                followUp: LocalDate(year: 2026, month: 12, day: 9),
                history: [
                    ClaimStamp(status: .submitted, at: instant, actor: "biller \(text)", note: "837P \(text)"),
                    ClaimStamp(status: .partiallyPaid, at: instant.addingTimeInterval(3_600), actor: "era"),
                ],
                placeOfService: "02", frequency: .void, replaces: ClaimID(4), payerClaimNumber: "PCN \(text)",
                filedLateAfter: LocalDate(year: 2026, month: 11, day: 1), primaryClaim: ClaimID(3)))
        p.seed(
            payment: PatientPayment(
                id: PaymentID(2), patient: PatientID(12), amount: Cents(-700), method: .check, claim: ClaimID(5),
                on: LocalDate(year: 2026, month: 11, day: 28), note: "refund \(text)"))
        return p
    }

    /// The same kinds of row with every optional nil and every array empty, and settings with empty collections.
    static func nothingOptional() -> Practice {
        var settings = PracticeSettings(name: "", timeZoneID: "UTC", rooms: [], wipLimits: [:], coverage: [])
        settings.slotMinutes = 0
        var p = Practice(settings: settings)
        p.seed(payer: Payer(id: PayerID(1), name: "", kind: .medicare, timelyFilingDays: 0, payerCode: ""))
        p.seed(staff: Staff(id: StaffID(1), givenName: "", familyName: "", role: .receptionist))
        p.seed(
            patient: Patient(
                id: PatientID(1), givenName: "", familyName: "", birthDate: LocalDate(year: 1, month: 1, day: 1),
                phone: "", payer: nil))
        p.seed(
            shift: Shift(
                id: ShiftID(1), staff: StaffID(1), day: LocalDate(year: 2026, month: 1, day: 1),
                start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 1439), role: .receptionist))
        p.seed(
            timeOff: TimeOff(
                id: TimeOffID(1), staff: StaffID(1), kind: .vacation, from: LocalDate(year: 2026, month: 1, day: 1),
                through: LocalDate(year: 2026, month: 1, day: 1), status: .requested, requestedAt: instant))
        p.seed(
            appointment: Appointment(
                id: AppointmentID(1), patient: PatientID(1), provider: StaffID(1),
                day: LocalDate(year: 2026, month: 1, day: 1), start: TimeOfDay(minutes: 0), minutes: 0,
                visitType: .telehealth, reason: ""))
        p.seed(task: TaskCard(id: TaskID(1), title: "", column: .backlog, rank: 0, createdAt: instant))
        p.seed(
            claim: Claim(
                id: ClaimID(1), patient: PatientID(1), provider: StaffID(1), payer: PayerID(1), appointment: nil,
                dateOfService: LocalDate(year: 2026, month: 1, day: 1), diagnoses: [], lines: []))
        p.seed(
            payment: PatientPayment(
                id: PaymentID(1), patient: PatientID(1), amount: .zero, method: .cash,
                on: LocalDate(year: 2026, month: 1, day: 1)))
        return p
    }

    /// Many rows (more than one 64 KiB chunk), in shuffled insertion order, so ID order and chunking both show.
    static func manyRows(_ count: Int) -> Practice {
        var p = everythingSet()
        var generator = SplitMix(seed: 7)
        let numbers = (1...count).shuffled(using: &generator)
        for number in numbers {
            p.seed(
                appointment: Appointment(
                    id: AppointmentID(number * 3), patient: PatientID(12), provider: StaffID(2),
                    day: LocalDate(year: 2026, month: 11, day: 1 + number % 28),
                    start: TimeOfDay(minutes: number % 1440), minutes: 15 + number % 30,
                    visitType: .followUp, reason: "visit \(number)",
                    history: [
                        FlowStamp(
                            status: .scheduled, at: instant.addingTimeInterval(Double(number)),
                            actor: "seed")
                    ]))
        }
        return p
    }
}
