import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Undo: compensating events from the undo log")
struct UndoTests {
    struct Step {
        let command: Command
        let actor: String
        /// Minutes after 07:00 it is given at (each step a minute later unless it needs a later clock).
        let minute: Int?
        init(_ command: Command, _ actor: String = "ana", minute: Int? = nil) {
            self.command = command; self.actor = actor; self.minute = minute
        }
    }

    /// Runs the steps on `p`, calling `after` once each has executed; the clock moves forward a minute a step.
    static func play(
        _ p: inout Practice, after: (Step, [Event], inout Practice, () -> Date) throws -> Void = { _, _, _, _ in }
    ) throws {
        var minute = 0
        func now() -> Date {
            minute += 1
            return Fixture.at(7, 0).addingTimeInterval(Double(minute) * 60)
        }
        for step in steps {
            if let wanted = step.minute { minute = max(minute, wanted) }
            let events = try p.execute(step.command, actor: step.actor, now: now())
            try after(step, events, &p, now)
        }
    }

    /// One command of every kind the desk, the billers and the manager give, in an order that is valid.
    static let steps: [Step] = [
        Step(
            .addPatient(
                NewPatient(
                    givenName: "Zoë", familyName: "Ødegaard", birthDate: Fixture.day("1999-09-09"),
                    phone: "555-0199", payer: Fixture.aetna, copay: Cents(3000)))),
        Step(.completePaperwork(PatientID(5))),
        Step(
            .bookAppointment(
                Booking(
                    patient: PatientID(5), provider: Fixture.drLee, day: Fixture.today,
                    start: Fixture.time("09:00"), visitType: .newPatient, reason: "new"))),
        Step(
            .bookAppointment(
                Booking(
                    patient: Fixture.renee, provider: Fixture.drPatel, day: Fixture.today,
                    start: Fixture.time("09:00")))),
        Step(
            .bookAppointment(
                Booking(
                    patient: Fixture.tuan, provider: Fixture.npKim, day: Fixture.today,
                    start: Fixture.time("11:00")))),
        Step(
            .bookAppointment(
                Booking(
                    patient: Fixture.jorge, provider: Fixture.npKim, day: Fixture.today,
                    start: Fixture.time("13:00")))),
        Step(.confirm(AppointmentID(1))),
        Step(.verifyInsurance(AppointmentID(1), verified: true)),
        Step(.checkIn(AppointmentID(1))),
        Step(.collectCopay(AppointmentID(1), amount: nil)),
        Step(.room(AppointmentID(1), room: "4")),
        Step(.see(AppointmentID(1))),
        Step(.checkOut(AppointmentID(1))),
        Step(.noShow(AppointmentID(2)), minute: 140),
        Step(.cancel(AppointmentID(4), reason: "feeling better")),
        Step(
            .moveAppointment(
                AppointmentID(3), day: Fixture.today.adding(days: 1), start: Fixture.time("10:00"),
                provider: Fixture.drLee, override: false)),
        Step(.addTask(NewTask(title: "Order gloves", column: .doing, owner: Fixture.ana))),
        Step(.addTask(NewTask(title: "Fire drill", due: Fixture.today.adding(days: 3)))),
        Step(.moveTask(TaskID(2), to: .today, override: false)),
        Step(.assignTask(TaskID(2), to: Fixture.ben)),
        Step(.completeTask(TaskID(1))),
        Step(.submitClaim(ClaimID(1)), "billing"),
        Step(.acceptClaim(ClaimID(1)), "billing"),
        Step(.payClaim(ClaimID(1), amount: Cents(10000), adjustment: Cents(2000)), "billing"),
        Step(.denyClaim(ClaimID(2), Denial(group: .CO, code: "197", rarc: "N54")), "billing"),
        Step(.appealClaim(ClaimID(2)), "billing"),
        Step(.rejectClaim(ClaimID(3), reason: "bad member ID"), "billing"),
        Step(.writeOffClaim(ClaimID(3)), "billing"),
        Step(.setClaimFollowUp(ClaimID(2), Fixture.day("2026-12-15")), "billing"),
        Step(.setFee(code: "99213", fee: Cents(12500)), "manager"),
        Step(.setPracticeSetting(.waitWarn, .number(20)), "manager"),
        Step(
            .requestTimeOff(
                Fixture.priya, from: Fixture.day("2026-12-01"), through: Fixture.day("2026-12-03"), note: "trip")),
        Step(
            .requestTimeOff(
                Fixture.ana, from: Fixture.day("2026-12-10"), through: Fixture.day("2026-12-10"), note: "")),
        Step(.approveTimeOff(TimeOffID(1)), "manager"),
        Step(.denyTimeOff(TimeOffID(2)), "manager"),
        Step(
            .addShift(
                Fixture.joe, day: Fixture.today, start: Fixture.time("12:00"), end: Fixture.time("17:00"), role: nil),
            "manager"),
        Step(.editShift(ShiftID(6), ShiftEdit(start: Fixture.time("09:00"))), "manager"),
        Step(.swapShifts(ShiftID(1), ShiftID(2)), "manager"),
        Step(.removeShift(ShiftID(4)), "manager"),
        Step(.editStaff(Fixture.joe, StaffEdit(familyName: "Okafor")), "manager"),
    ]

    static func start() -> Practice {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -30), status: .draft))
        p.seed(claim: Fixture.claim(2, dos: Fixture.today.adding(days: -40)))
        p.seed(claim: Fixture.claim(3, dos: Fixture.today.adding(days: -50)))
        return p
    }

    /// The rows and every index `apply` keeps, compared with a rebuild: what an undo must leave right.
    static func expectSameRows(_ found: Practice, _ wanted: Practice, _ label: String) {
        #expect(found.patients == wanted.patients, "\(label): patients")
        #expect(found.staff == wanted.staff, "\(label): staff")
        #expect(found.shifts == wanted.shifts, "\(label): shifts")
        #expect(found.timeOff == wanted.timeOff, "\(label): time off")
        #expect(found.appointments == wanted.appointments, "\(label): appointments")
        #expect(found.tasks == wanted.tasks, "\(label): tasks")
        #expect(found.claims == wanted.claims, "\(label): claims")
        #expect(found.payments == wanted.payments, "\(label): payments")
        #expect(found.settings == wanted.settings, "\(label): settings")
        var rebuilt = found
        rebuilt.rebuildIndexes()
        #expect(rebuilt.appointmentsByDay == found.appointmentsByDay, "\(label): appointment day index")
        for appointment in found.appointments.values {
            #expect(
                rebuilt.claimID(forVisit: appointment.id) == found.claimID(forVisit: appointment.id),
                "\(label): claim per visit")
        }
        for column in BoardColumn.allCases {
            #expect(
                rebuilt.taskColumns.ids(in: column).map(Array.init) ?? [] == found.taskColumns.ids(in: column).map(
                    Array.init) ?? [],
                "\(label): cards in \(column)")
            #expect(rebuilt.taskColumns.maxRank(in: column) == found.taskColumns.maxRank(in: column))
        }
        for offset in -1..<6 {
            let day = Fixture.today.adding(days: offset)
            #expect(found.shifts(on: day) == wanted.shifts(on: day), "\(label): shifts on \(day)")
        }
    }

    @Test func everyKindOfChangeIsUndoneAndTheUndoRedone() throws {
        var p = Self.start()
        var before = p
        try Self.play(&p) { step, _, p, now in
            let label = "\(step.command)".prefix(60)
            let after = p
            let undo = try p.execute(.undo(nil), actor: step.actor, now: now())
            Self.expectSameRows(p, before, "undo \(label)")
            #expect(undo.count == 1)
            try p.execute(.undo(nil), actor: step.actor, now: now())
            Self.expectSameRows(p, after, "redo \(label)")
            before = p
        }
    }

    @Test func theLogSummarizesAndUndoSaysWhatItUndid() throws {
        var p = Self.start()
        try p.execute(Self.steps[0].command, actor: "ana", now: Fixture.at(8, 0))
        try p.execute(Self.steps[1].command, actor: "ana", now: Fixture.at(8, 1))
        try p.execute(Self.steps[2].command, actor: "ana", now: Fixture.at(8, 2))
        try p.execute(.checkIn(AppointmentID(1)), actor: "ana", now: Fixture.at(8, 3))
        let mine = p.undoLog.entries(by: "ana")
        #expect(mine.map(\.summary) == ["check in A-1", "book A-1", "paperwork done P-5", "add patient P-5"])
        #expect(mine.first?.firstSeq == 4)
        try p.execute(.undo(nil), actor: "ana", now: Fixture.at(8, 4))
        #expect(p.undoLog.entries(by: "ana").first?.summary == "undo check in A-1")
        #expect(p.appointments[AppointmentID(1)]?.status == .scheduled)
        try p.execute(.undo(nil), actor: "ana", now: Fixture.at(8, 5))
        #expect(p.undoLog.entries(by: "ana").first?.summary == "undo undo check in A-1")
        #expect(p.appointments[AppointmentID(1)]?.status == .arrived)
    }

    @Test func aLaterChangeToTheSameItemByAnyoneIsADependency() throws {
        var p = Self.start()
        try p.execute(Self.steps[3].command, actor: "ana", now: Fixture.at(10, 0))
        try p.execute(.checkIn(AppointmentID(1)), actor: "ana", now: Fixture.at(10, 40))
        try p.execute(.room(AppointmentID(1), room: "3"), actor: "sam", now: Fixture.at(10, 48))
        let error = #expect(throws: DomainError.self) { try p.execute(.undo(nil), actor: "ana", now: Fixture.now) }
        #expect(
            error?.message
                == "A-1 changed since: room A-1 by sam at 10:48 (seq 3). Undo that first.")
        // Sam undoes theirs first; then Ana's undo goes through.
        try p.execute(.undo(3), actor: "sam", now: Fixture.now)
        try p.execute(.undo(2), actor: "ana", now: Fixture.now)
        #expect(p.appointments[AppointmentID(1)]?.status == .scheduled)
    }

    @Test func undoingAnAddedRowThatALaterChangeRefersToIsRefused() throws {
        var p = Self.start()
        try p.execute(Self.steps[0].command, actor: "ana", now: Fixture.at(8, 0))
        try p.execute(Self.steps[2].command, actor: "joe", now: Fixture.at(8, 5))
        let error = #expect(throws: DomainError.self) { try p.execute(.undo(1), actor: "ana", now: Fixture.now) }
        #expect(error?.message.hasPrefix("P-5 changed since: book A-1 by joe at 08:05 (seq 2).") == true)
    }

    @Test func someoneElsesChangeIsRefused() throws {
        var p = Self.start()
        try p.execute(.addTask(NewTask(title: "Order gloves")), actor: "ana", now: Fixture.at(8, 0))
        let error = #expect(throws: DomainError.self) { try p.execute(.undo(1), actor: "joe", now: Fixture.now) }
        #expect(error?.message == "Seq 1 (add task T-1) is ana's change: only ana can undo it.")
        let none = #expect(throws: DomainError.self) { try p.execute(.undo(nil), actor: "joe", now: Fixture.now) }
        #expect(none?.message == "joe has no recent change to undo.")
        let missing = #expect(throws: DomainError.self) { try p.execute(.undo(9), actor: "ana", now: Fixture.now) }
        #expect(missing?.message == "There is no change 9: the last is 1.")
    }

    @Test func aSlotTakenSinceRefusesUndoingTheCancel() throws {
        var p = Self.start()
        try p.execute(Self.steps[3].command, actor: "ana", now: Fixture.at(8, 0))
        try p.execute(.cancel(AppointmentID(1), reason: "sick"), actor: "ana", now: Fixture.at(8, 1))
        try p.execute(
            .bookAppointment(
                Booking(
                    patient: Fixture.jorge, provider: Fixture.drPatel, day: Fixture.today,
                    start: Fixture.time("09:00"))), actor: "joe", now: Fixture.at(8, 2))
        let error = #expect(throws: DomainError.self) { try p.execute(.undo(nil), actor: "ana", now: Fixture.now) }
        #expect(error?.message.hasPrefix("Undoing would put A-1 back at 2026-11-23 09:00, but ") == true)
        #expect(p.appointments[AppointmentID(1)]?.status == .cancelled)
    }

    @Test func anERAPostingAndClaimsSentInAFileCannotBeUndone() throws {
        var p = Self.start()
        try p.execute(.readyClaim(ClaimID(1)), actor: "billing", now: Fixture.at(9, 0))
        try p.execute(
            .recordClaimsSent([ClaimID(1)], interchange: 7, lateOverride: false), actor: "billing",
            now: Fixture.at(9, 1))
        let sent = #expect(throws: DomainError.self) { try p.execute(.undo(nil), actor: "billing", now: Fixture.now) }
        #expect(sent?.message.hasPrefix("Claims sent in an 837P file cannot be undone") == true)
        #expect(p.undoLog.entries(by: "billing").first?.before == [])
        // A posting carrying a remittance reference is the payer's fact.
        var era = p
        let posting = ClaimPosting(
            bucket: .payerPaid, amount: Cents(5000), reason: "paid", on: Fixture.today, reference: "ERA 1")
        era.apply(
            group: [
                Event(
                    seq: era.lastSeq + 1, at: Fixture.at(9, 2), actor: "billing",
                    change: .claimPosted(
                        ClaimID(2), ClaimPostingBatch(postings: [posting], status: .paid, note: "ERA 1")))
            ])
        let posted = #expect(throws: DomainError.self) {
            try era.execute(.undo(nil), actor: "billing", now: Fixture.now)
        }
        #expect(posted?.message.hasPrefix("Posting a remittance cannot be undone") == true)
    }

    @Test func twoPracticesReplayingTheSameGroupsAgreeOnTheLog() throws {
        var live = Self.start()
        var journal: [[Event]] = []
        var index = 0
        try Self.play(&live) { step, events, p, now in
            journal.append(events)
            index += 1
            if index % 5 == 0 {
                journal.append(try p.execute(.undo(nil), actor: step.actor, now: now()))
                journal.append(try p.execute(.undo(nil), actor: step.actor, now: now()))
            }
        }
        // Another process replays the journal's groups (no validation) and holds the same log.
        var replayed = Self.start()
        for group in journal { replayed.apply(group: group) }
        #expect(replayed.undoLog == live.undoLog)
        #expect(replayed.undoLog.entries.count == journal.count)
        Self.expectSameRows(replayed, live, "replayed")
        // Through JSON too (the snapshot keeps the log).
        let decoded = try DomainCoding.decoder().decode(Practice.self, from: DomainCoding.encoder().encode(live))
        #expect(decoded.undoLog == live.undoLog)
    }

    @Test func theLogKeepsTheNewestEntriesOnly() {
        var log = UndoLog()
        for seq in 1...UInt64(UndoLog.capacity + 123) {
            log.append(
                UndoEntry(
                    firstSeq: seq, lastSeq: seq, actor: "ana", at: Fixture.now, summary: "\(seq)", written: [],
                    added: [], read: [], before: [], irreversible: nil, undid: nil))
        }
        #expect(log.entries.count == UndoLog.capacity)
        #expect(log.entries.first?.firstSeq == 124)
        #expect(log.entry(containing: 5) == nil)
        #expect(UndoLog(entries: log.entries) == log)
    }

    @Test func theCommandLanguageSpeaksUndo() throws {
        #expect(try CommandLanguage.parse("undo") == .undo(nil))
        #expect(try CommandLanguage.parse("undo 812") == .undo(812))
        let error = #expect(throws: CommandParseError.self) { try CommandLanguage.parse("undo A-12") }
        #expect(error?.column == 6)
    }
}
