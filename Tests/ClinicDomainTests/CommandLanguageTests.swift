import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// A usage line as the shortest command it documents: optional `[...]` parts dropped, `a|b` → `a`.
func minimalForm(_ usage: String) -> String {
    var out = "", depth = 0
    for ch in usage {
        if ch == "[" { depth += 1; continue }
        if ch == "]" { depth -= 1; continue }
        if depth == 0 { out.append(ch) }
    }
    return firstAlternatives(out).split(separator: " ").joined(separator: " ")
}

/// A usage line with every option spelled out: brackets removed, first alternatives, placeholders filled in.
func fullForm(_ usage: String) -> String {
    let filled = usage.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        .replacingOccurrences(of: "AMOUNT", with: "25.00")
    return firstAlternatives(filled)
}

private func firstAlternatives(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
        word.contains("|") ? String(word.split(separator: "|")[0]) : String(word)
    }.joined(separator: " ")
}

/// What each usage example must parse to (its minimal form), keyed by "noun verb".
let expectedCommands: [String: Command] = [
    "task add": .addTask(NewTask(title: "Order nitrile gloves")),
    "task move": .moveTask(TaskID(17), to: .doing, override: false),
    "task done": .completeTask(TaskID(17)),
    "task assign": .assignTask(TaskID(17), to: StaffID(4)),
    "task up": .reorderTask(TaskID(17), by: -1),
    "task down": .reorderTask(TaskID(17), by: 1),
    "task edit": .editTask(TaskID(17), TaskEdit()),
    "task label": .labelTask(TaskID(17), add: ["billing"], remove: ["IT"]),
    "task check": .checklist(TaskID(17), .add("Call payer")),
    "task link": .linkTask(TaskID(17), .claim(ClaimID(22))),
    "task unlink": .unlinkTask(TaskID(17), .claim(ClaimID(22))),
    "claim submit": .submitClaim(ClaimID(22)),
    "claim accept": .acceptClaim(ClaimID(22)),
    "claim reject": .rejectClaim(ClaimID(22), reason: "invalid member ID"),
    "claim pay": .payClaim(ClaimID(22), amount: Cents(12000), adjustment: nil),
    "claim deny": .denyClaim(ClaimID(22), Denial(group: .CO, code: "50")),
    "claim appeal": .appealClaim(ClaimID(22)),
    "claim writeoff": .writeOffClaim(ClaimID(22)),
    "claim followup": .setClaimFollowUp(ClaimID(22), LocalDate(year: 2026, month: 12, day: 1)),
    "claim create": .createClaim(
        NewClaim(
            appointment: AppointmentID(31),
            content: ClaimContent(diagnoses: ["E11.9"], lines: [NewServiceLine(code: "99214", modifiers: ["25"])]))),
    "claim edit": .editClaim(
        ClaimID(22), ClaimContent(diagnoses: ["E11.9"], lines: [NewServiceLine(code: "99214")])),
    "claim ready": .readyClaim(ClaimID(22)),
    "claim note": .noteClaim(ClaimID(22), "called Aetna, ref 4471"),
    "claim adjust": .adjustClaim(ClaimID(22), group: .PR, code: "2", amount: Cents(2000)),
    "claim replace": .replaceClaim(ClaimID(22)),
    "claim void": .voidClaim(ClaimID(22)),
    "patient pay": .recordPatientPayment(PatientID(12), amount: Cents(4000), method: .card, claim: nil, refund: false),
    "patient refund": .recordPatientPayment(
        PatientID(12), amount: Cents(1250), method: .card, claim: nil, refund: true),
    "fee set": .setFee(code: "99214", fee: Cents(16500)),
    "billing set": .setBillingProvider(
        BillingProvider(
            name: "Maple Family Practice", npi: "1992703540", taxID: "141234567", address: "210 Maple Ave",
            city: "Albany", state: "NY", zip: "122084512", submitterID: "ID", receiverID: "ID",
            receiverName: "Availity", contactName: "Billing Office", contactPhone: "5185550142")),
    "staff sick": .callInSick(StaffID(4), day: nil),
    "pto request": .requestTimeOff(
        StaffID(4), from: LocalDate(year: 2026, month: 12, day: 1),
        through: LocalDate(year: 2026, month: 12, day: 3), note: ""),
    "pto approve": .approveTimeOff(TimeOffID(2)),
    "staff in": .clock(StaffID(4), .clockIn),
    "staff break": .clock(StaffID(4), .breakStart),
    "staff back": .clock(StaffID(4), .breakEnd),
    "staff out": .clock(StaffID(4), .clockOut),
    "staff add": .addStaff(NewStaff(givenName: "Maya", familyName: "Chen", role: .receptionist)),
    "staff edit": .editStaff(StaffID(4), StaffEdit()),
    "staff deactivate": .setStaffActive(StaffID(4), active: false),
    "staff reactivate": .setStaffActive(StaffID(4), active: true),
    "coverage add": .addCoverageRule(
        CoverageRule(
            name: "front desk", roles: [.receptionist], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .atLeast(1))),
    "coverage ratio": .addCoverageRule(
        CoverageRule(
            name: "MA", roles: [.medicalAssistant], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .perProvider(1))),
    "coverage booked": .addCoverageRule(
        CoverageRule(
            name: "procedure nurse", roles: [.nurse], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .whileBooked([.procedure], 1))),
    "coverage remove": .removeCoverageRule(3),
    "user role": .setAccountRole(login: "ben", .receptionist),
    "user disable": .setAccountActive(login: "ben", active: false),
    "user enable": .setAccountActive(login: "ben", active: true),
    "alert snooze": .snoozeAlert("C-22", minutes: 60),
    "alert unsnooze": .unsnoozeAlert("C-22"),
    "shift edit": .editShift(ShiftID(3), ShiftEdit()),
    "shift swap": .swapShifts(ShiftID(3), ShiftID(8)),
    "shift template": .setTemplate(
        StaffID(4), weekdays: [1, 2, 3, 4, 5],
        TemplateShift(weekday: 1, start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17))),
    "shift except": .skipTemplate(StaffID(4), day: LocalDate(year: 2026, month: 12, day: 24), remove: false),
    "shift fill": .applyTemplates(week: LocalDate(year: 2026, month: 11, day: 30), staff: nil),
    "shift copy": .copyWeek(
        from: LocalDate(year: 2026, month: 11, day: 23), to: LocalDate(year: 2026, month: 11, day: 30), staff: nil),
    "credential set": .setCredential(
        StaffID(4), Credential(kind: .licence, expires: LocalDate(year: 2027, month: 6, day: 30))),
    "credential renew": .renewCredential(
        StaffID(4), kind: .licence, expires: LocalDate(year: 2029, month: 6, day: 30), number: nil),
    "credential remove": .removeCredential(StaffID(4), kind: .acls),
    "pto deny": .denyTimeOff(TimeOffID(2)),
    "shift add": .addShift(
        StaffID(4), day: LocalDate(year: 2026, month: 11, day: 24), start: TimeOfDay(hour: 8),
        end: TimeOfDay(hour: 17), role: nil),
    "shift remove": .removeShift(ShiftID(3)),
    "appt book": .bookAppointment(
        Booking(
            patient: PatientID(12), provider: StaffID(2),
            day: LocalDate(year: 2026, month: 11, day: 24),
            start: TimeOfDay(hour: 9, minute: 40))),
    "appt confirm": .confirm(AppointmentID(31)),
    "appt checkin": .checkIn(AppointmentID(31)),
    "appt room": .room(AppointmentID(31), room: nil),
    "appt see": .see(AppointmentID(31)),
    "appt checkout": .checkOut(AppointmentID(31)),
    "appt noshow": .noShow(AppointmentID(31)),
    "appt left": .leftWithoutVisit(AppointmentID(31)),
    "appt cancel": .cancel(AppointmentID(31), reason: "patient called"),
    "appt move": .moveAppointment(
        AppointmentID(31), day: LocalDate(year: 2026, month: 11, day: 24),
        start: TimeOfDay(hour: 10), provider: nil, override: false),
    "appt verify": .verifyInsurance(AppointmentID(31), verified: true),
    "appt copay": .collectCopay(AppointmentID(31), amount: nil),
    "patient add": .addPatient(
        NewPatient(
            givenName: "Ana", familyName: "Ruiz", birthDate: LocalDate(year: 1980, month: 2, day: 14),
            phone: "555-0100")),
    "patient paperwork": .completePaperwork(PatientID(12)),
    "undo [812]": .undo(nil),
    "set name": .setPracticeSetting(.name, .text("Maple Family Practice")),
    "set hours.start": .setPracticeSetting(.hoursStart, .time(TimeOfDay(hour: 8))),
    "set hours.end": .setPracticeSetting(.hoursEnd, .time(TimeOfDay(hour: 17))),
    "set slot": .setPracticeSetting(.slot, .number(15)),
    "set wait.warn": .setPracticeSetting(.waitWarn, .number(20)),
    "set wait.late": .setPracticeSetting(.waitLate, .number(40)),
    "set noshow.grace": .setPracticeSetting(.noShowGrace, .number(15)),
    "set provider.late": .setPracticeSetting(.providerLate, .number(20)),
    "set cancel.late": .setPracticeSetting(.lateCancel, .number(24)),
    "set filing.warn": .setPracticeSetting(.filingWarn, .number(15)),
    "set credential.warn": .setPracticeSetting(.credentialWarn, .number(30)),
    "set unbilled.days": .setPracticeSetting(.unbilledDays, .number(3)),
    "set archive.days": .setPracticeSetting(.archiveDays, .number(7)),
    "set wip.today": .setPracticeSetting(.wipToday, .limit(6)),
    "set wip.doing": .setPracticeSetting(.wipDoing, .limit(3)),
    "set wip.waiting": .setPracticeSetting(.wipWaiting, .limit(5)),
    "duty add": .addDuty(RecurringDuty(id: 0, title: "Opening checklist", rule: .workingDays)),
    "duty remove": .removeDuty(3),
    "task generate": .generateDuties,
]

func verbKey(_ usage: String) -> String { usage.split(separator: " ").prefix(2).joined(separator: " ") }

@Suite("Command language")
struct CommandLanguageTests {
    @Test func everyVerbHasAnExpectation() {
        let keys = CommandLanguage.syntax.map { verbKey($0.usage) }
        #expect(Set(keys).count == keys.count, "two syntaxes share a verb")
        #expect(Set(keys) == Set(expectedCommands.keys))
    }

    @Test("every verb parses from its usage example", arguments: CommandLanguage.syntax.map(\.usage))
    func usageExampleParses(_ usage: String) throws {
        let line = minimalForm(usage)
        let command = try CommandLanguage.parse(line, today: Fixture.today)
        #expect(command == expectedCommands[verbKey(usage)], "\(line)")
        // With every option spelled out it parses too.
        _ = try CommandLanguage.parse(fullForm(usage), today: Fixture.today)
    }

    @Test func fullFormsCarryTheirOptions() throws {
        let book = try CommandLanguage.parse(
            #"appt book --patient P-12 --provider S-2 --at "#
                + #""2026-11-24 09:40" --minutes 40 --type new-patient --reason "knee pain" --override"#
        )
        #expect(
            book
                == .bookAppointment(
                    Booking(
                        patient: PatientID(12), provider: StaffID(2), day: Fixture.day("2026-11-24"),
                        start: Fixture.time("09:40"), minutes: 40, visitType: .newPatient,
                        reason: "knee pain", override: true)))
        let task = try CommandLanguage.parse(
            #"task add "Order nitrile gloves" --column today --owner S-3 --due 2026-11-24 --priority high "#
                + "--label supplies --label it --repeat monthly"
        )
        #expect(
            task
                == .addTask(
                    NewTask(
                        title: "Order nitrile gloves", column: .today, owner: StaffID(3),
                        due: Fixture.day("2026-11-24"),
                        priority: .high, labels: ["supplies", "IT"], recurrence: .monthly)))
        #expect(
            try CommandLanguage.parse("claim pay C-22 120.00 --adjust 40")
                == .payClaim(ClaimID(22), amount: Cents(12000), adjustment: Cents(4000)))
        #expect(
            try CommandLanguage.parse("claim deny C-22 CO-50 --rarc n130")
                == .denyClaim(ClaimID(22), Denial(group: .CO, code: "50", rarc: "N130")))
        #expect(try CommandLanguage.parse("appt room A-31 3") == .room(AppointmentID(31), room: "3"))
        #expect(
            try CommandLanguage.parse("appt copay A-31 10") == .collectCopay(AppointmentID(31), amount: Cents(1000)))
        #expect(
            try CommandLanguage.parse("appt verify A-31 --no") == .verifyInsurance(AppointmentID(31), verified: false))
        #expect(try CommandLanguage.parse("task assign T-1 none") == .assignTask(TaskID(1), to: nil))
        #expect(
            try CommandLanguage.parse("staff sick S-4 2026-11-24")
                == .callInSick(StaffID(4), day: Fixture.day("2026-11-24")))
        #expect(
            try CommandLanguage.parse("shift add S-4 2026-11-24 8:00 12:30 --role biller")
                == .addShift(
                    StaffID(4), day: Fixture.day("2026-11-24"), start: Fixture.time("08:00"),
                    end: Fixture.time("12:30"), role: .biller))
    }

    @Test func aliasesAndCase() throws {
        #expect(try CommandLanguage.parse("appt arrive A-1") == .checkIn(AppointmentID(1)))
        #expect(try CommandLanguage.parse("appt check-in A-1") == .checkIn(AppointmentID(1)))
        #expect(try CommandLanguage.parse("appt out A-1") == .checkOut(AppointmentID(1)))
        #expect(try CommandLanguage.parse("appt no-show A-1") == .noShow(AppointmentID(1)))
        #expect(try CommandLanguage.parse("claim write-off C-2") == .writeOffClaim(ClaimID(2)))
        #expect(try CommandLanguage.parse("task complete T-1") == .completeTask(TaskID(1)))
        #expect(try CommandLanguage.parse("APPT CheckIn a-31") == .checkIn(AppointmentID(31)))
        #expect(try CommandLanguage.parse("  appt   see\tA-2  ") == .see(AppointmentID(2)))
    }

    @Test func aBareTimeMeansTheDayShown() throws {
        let command = try CommandLanguage.parse("appt move A-31 --at 10:00", today: Fixture.today)
        #expect(
            command
                == .moveAppointment(
                    AppointmentID(31), day: Fixture.today, start: Fixture.time("10:00"), provider: nil, override: false)
        )
        let error = try #require(parseError("appt move A-31 --at 10:00", today: nil))
        #expect(error.message.hasPrefix("'10:00' is not a date and time"))
        #expect(error.column == 21)
    }

    @Test(arguments: [
        ("task move T-x doing", "'T-x' is not a task ID (like T-12)", 11),
        ("task move T-1 sideways", "'sideways' is not a column (one of backlog, today, doing, waiting, done)", 15),
        (
            "frobnicate now",
            "unknown command 'frobnicate' (one of alert, appt, billing, claim, coverage, credential, duty, fee, "
                + "patient, pto, set, shift, staff, task, undo, user)",
            1
        ),
        ("appt dance A-1", "unknown verb 'dance' for appt", 6),
        ("task done T-1 --override", "unknown option --override (usage: task done T-17)", 15),
        (
            #"appt book --patient P-1 --provider S-2 --at "2026-11-24 09:40" --colour red"#, "unknown option --colour",
            64
        ),
        ("task done T-1 T-2", "unexpected 'T-2' (usage: task done T-17)", 15),
        ("appt cancel A-1 --reason", "--reason needs a value", 17),
        ("appt cancel A-1", "missing --reason \"why\"", 16),
        ("appt checkin", "missing an appointment ID", 13),
        ("appt checkin P-3", "'P-3' is not an appointment ID (like A-12)", 14),
        ("claim pay C-1 12.345", "'12.345' is not an amount (like 12.50 or 1,250.00)", 15),
        ("claim pay C-1 -5", "'-5' is negative: an amount here is never below 0.00", 15),
        ("claim deny C-1 CO50", "'CO50' is not a CARC group-code", 16),
        ("pto request S-1 2026-02-30 2026-03-01", "'2026-02-30' is not a date (YYYY-MM-DD)", 17),
        (
            #"appt book --patient P-1 --provider S-2 --at "2026-11-24 09:40" --minutes 1000"#,
            "--minutes '1000' must be a whole number 5–480", 74
        ),
        (
            #"appt book --patient P-1 --provider S-2 --at "2026-11-24 09:40" --type checkup"#,
            "'checkup' is not a visit type", 71
        ),
        (#"task add "Order gloves"#, "the quote at column 10 is never closed", 10),
    ])
    func errorsNameTheWordAndColumn(line: String, message: String, column: Int) throws {
        let error = try #require(parseError(line))
        #expect(error.message.contains(message), "\(error)")
        #expect(error.column == column, "\(error)")
        #expect(error.description.hasPrefix("column \(column): "))
    }

    @Test func emptyAndVerblessLines() throws {
        #expect(parseError("")?.message == "empty command")
        #expect(parseError("   ")?.message == "empty command")
        #expect(parseError("appt")?.message.hasPrefix("'appt' needs a verb (one of book, confirm") == true)
    }

    @Test func quotes() throws {
        #expect(
            try CommandLanguage.parse(#"task add "Say \"hi\" to Bob""#) == .addTask(NewTask(title: #"Say "hi" to Bob"#))
        )
        #expect(try CommandLanguage.parse(#"task add 'a "b" c'"#) == .addTask(NewTask(title: #"a "b" c"#)))
        #expect(try CommandLanguage.parse(#"task add 'back\slash'"#) == .addTask(NewTask(title: #"back\slash"#)))
        #expect(try CommandLanguage.parse(#"task add Fire" drill""#) == .addTask(NewTask(title: "Fire drill")))
        #expect(try CommandLanguage.parse(#"task add "王小明 — Renée""#) == .addTask(NewTask(title: "王小明 — Renée")))
        // An empty quoted word is still a word; the reason's field contract refuses it, at its column.
        let empty = parseError(#"appt cancel A-1 --reason """#)
        #expect(empty == CommandParseError("cancel reason: must not be empty", column: 26))
        let words = try CommandTokenizer.words(#"a "b c" 'd'"#)
        #expect(
            words == [
                CommandWord(text: "a", column: 1), CommandWord(text: "b c", column: 3),
                CommandWord(text: "d", column: 9),
            ])
    }

    @Test func parsedCommandsRunEndToEnd() throws {
        var p = Fixture.staffedWeek()
        let lines = [
            #"appt book --patient P-1 --provider S-1 --at "2026-11-23 10:20""#,
            "appt checkin A-1", "appt room A-1", "appt see A-1", "appt checkout A-1",
            #"task add "Order nitrile gloves" --column today --due 2026-11-24"#, "task move T-1 doing", "task done T-1",
            "staff sick S-3", "pto request S-5 2026-12-01 2026-12-03", "pto approve R-2",
        ]
        for line in lines { try p.run(CommandLanguage.parse(line, today: Fixture.today)) }
        #expect(p.appointments[AppointmentID(1)]?.status == .checkedOut)
        #expect(p.tasks[TaskID(1)]?.column == .done)
        #expect(p.timeOff[TimeOffID(2)]?.status == .approved)
        #expect(p.lastSeq == 11)
    }
}

@Suite struct ClaimLineSyntaxTests {
    @Test func aLineCarriesModifiersUnitsPointersAndAFee() throws {
        let command = try CommandLanguage.parse(
            "claim create A-7 --dx E11.9 --dx Z23 --line 99214-25@1 --line J1030x2@1=20.00 --line 90686-xs@2 --pos 11")
        guard case .createClaim(let new) = command else { Issue.record("\(command)"); return }
        #expect(new.content.diagnoses == ["E11.9", "Z23"])
        #expect(new.content.placeOfService == "11")
        #expect(
            new.content.lines == [
                NewServiceLine(code: "99214", modifiers: ["25"], pointers: [1]),
                NewServiceLine(code: "J1030", units: 2, pointers: [1], fee: Cents(2000)),
                NewServiceLine(code: "90686", modifiers: ["XS"], pointers: [2]),
            ])
    }

    @Test(
        arguments: [
            ("claim create A-7 --dx E11.9 --line 9921", "'9921' is not a CPT/HCPCS code", 36),
            ("claim create A-7 --dx E11.9 --line 99214@0", "'0' in '99214@0' is not a diagnosis pointer", 36),
            ("claim create A-7 --dx E11.9 --line 99214-2", "'2' in '99214-2' is not a modifier", 36),
            ("claim create A-7 --dx E11.9 --line 99214=0", "'0' in '99214=0' is not a fee", 36),
            ("claim create A-7 --dx E11.9 --line 99214 --pos 99x", "'99x' is not a CMS place of service", 48),
            ("claim create A-7 --line 99214", "missing --dx", 30),
            ("claim deny C-1 PR-1", "PR-1 is patient responsibility, not a denial", 16),
            ("claim deny C-1 CO-1", "CO-1 makes no sense", 16),
            ("claim adjust C-1 CO-2 5.00", "CO-2 makes no sense", 18),
        ])
    func badLinesAreRefusedWithTheColumn(line: String, message: String, column: Int) {
        do {
            _ = try CommandLanguage.parse(line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.message.hasPrefix(message) || error.message.contains(message), "\(error.message)")
            #expect(error.column == column, "\(line): \(error.message)")
        }
    }
}
