import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore
import TestSupport

/// The binary snapshot and event encodings: every entity type and every change round-trips, every enum value has a
/// code, and damage in any section is refused naming the file, the section and the byte offset.
@Suite struct BinaryEncodingTests {
    @Test func everyEntityTypeRoundTripsThroughASnapshot() throws {
        let practice = fullPractice()
        let body = try EventCodec().snapshotBody(practice)
        #expect(body.encoding == SnapshotBody.binary)
        let decoded = try EventCodec().practice(fromSnapshot: withHeaderOffset(body), path: "test.snap")
        #expect(decoded == practice)
        #expect(
            decoded.appointments(on: LocalDate("2026-11-24")!).map(\.id)
                == practice.appointments(on: LocalDate("2026-11-24")!).map(\.id))
        // Same state, same bytes.
        #expect(try EventCodec().snapshotBody(decoded).withBytes { Array($0) } == body.withBytes { Array($0) })
    }

    @Test func theDemoPracticeRoundTrips() throws {
        let practice = Fixture.smallDemo
        let body = try EventCodec().snapshotBody(practice)
        let decoded = try EventCodec().practice(fromSnapshot: withHeaderOffset(body), path: "demo.snap")
        #expect(decoded == practice)
        #expect(decoded.shifts(on: Fixture.today) == practice.shifts(on: Fixture.today))
    }

    @Test func everyChangeRoundTripsThroughAJournalRecord() throws {
        let practice = fullPractice()
        let appointment = try #require(practice.appointments.sorted.first)
        let changes: [Change] = [
            .patientAdded(try #require(practice.patients.sorted.first)), .paperworkCompleted(PatientID(3)),
            .appointmentBooked(appointment),
            .appointmentStatusChanged(AppointmentID(9), to: .roomed, room: "3", note: nil),
            .appointmentStatusChanged(AppointmentID(9), to: .cancelled, room: nil, note: "sick \"kid\" 🤒"),
            .appointmentMoved(
                AppointmentID(9), day: LocalDate("2027-01-02")!, start: TimeOfDay(hour: 9, minute: 45),
                provider: StaffID(2), overbooked: true),
            .insuranceVerified(AppointmentID(9), verified: false),
            .copayCollected(AppointmentID(9), amount: Cents(-2_500)),
            .taskAdded(try #require(practice.tasks.sorted.first)), .taskMoved(TaskID(4), to: .done, rank: -3),
            .taskAssigned(TaskID(4), to: nil), .taskAssigned(TaskID(4), to: StaffID(8)),
            .claimStatusChanged(ClaimID(5), to: .appealed, note: "resent"),
            .claimPaid(ClaimID(5), amount: Cents(12_050), adjustment: Cents(0), to: .partiallyPaid),
            .claimDenied(ClaimID(5), Denial(group: .PR, code: "96", rarc: "N130")),
            .claimFollowUpSet(ClaimID(5), LocalDate("2026-12-31")!),
            .timeOffRecorded(try #require(practice.timeOff.sorted.first)), .timeOffDecided(TimeOffID(2), to: .denied),
            .shiftAdded(try #require(practice.shifts.sorted.first)), .shiftRemoved(ShiftID(77)),
            .accountAdded(try #require(practice.account("ana.lee"))),
            .accountChanged(try #require(practice.account("desk-2"))),
            .alertSnoozed(login: "ana", identity: "4:C-22", until: Date(timeIntervalSince1970: 1_795_514_400)),
            .alertSnoozed(login: "ana", identity: "3:Thu: 1 short 08:00–09:00", until: nil),
        ]
        for (index, change) in changes.enumerated() {
            let event = Event(
                seq: UInt64(index + 1) * 1_000_003, at: Date(timeIntervalSince1970: 1_795_510_800),
                actor: "Zoë 王", change: change)
            let bytes = try EventCodec().records(for: [event], after: .zero).bytes
            guard case .record(let record, _) = RecordCodec.decode(bytes, at: 0) else {
                Issue.record("record for \(change) does not decode"); continue
            }
            #expect(record.type == .chainedCommit)
            #expect(try EventCodec().event(from: record, path: "j") == event)
        }
    }

    @Test func oldJSONRecordsStillReplay() throws {
        let event = Event(
            seq: 1, at: Date(timeIntervalSince1970: 1_795_510_800), actor: "maya",
            change: .paperworkCompleted(PatientID(12)))
        let payload = [UInt8](try FastDates.encoder().encode(event))
        let record = JournalRecord(seq: 1, type: .commit, payload: payload)
        #expect(try EventCodec().event(from: record, path: "j") == event)
    }

    @Test func everyEnumValueHasABinaryCode() {
        #expect(Set(BinaryCodes.flowStatus.map(\.rawValue)) == Set(FlowStatus.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.claimStatus.map(\.rawValue)) == Set(ClaimStatus.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.visitType.map(\.rawValue)) == Set(VisitType.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.staffRole.map(\.rawValue)) == Set(StaffRole.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.boardColumn.map(\.rawValue)) == Set(BoardColumn.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.taskPriority.map(\.rawValue)) == Set(TaskPriority.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.recurrence.map(\.rawValue)) == Set(Recurrence.allCases.map(\.rawValue)))
        #expect(Set(BinaryCodes.adjustmentGroup.map(\.rawValue)) == Set(AdjustmentGroup.allCases.map(\.rawValue)))
    }

    @Test func damageInEverySectionIsRefusedWithFileSectionAndOffset() throws {
        let dir = TempFolder("sections")
        var practice = fullPractice()
        try practice.execute(.addTask(NewTask(title: "Undo me")), actor: "ana.lee", now: testNow) // an undo-log section
        // An alert-snoozes section: the overdue card's alert, snoozed.
        try practice.execute(
            .addTask(NewTask(title: "Late", due: LocalDate("2026-11-01"), priority: .high)), actor: "ana.lee",
            now: testNow)
        let alert = try #require(practice.alerts(now: testNow).first)
        try practice.execute(.snoozeAlert(alert.identity, minutes: 60), actor: "ana.lee", now: testNow)
        let body = try EventCodec().snapshotBody(practice)
        let path = try SnapshotFile.write(folder: dir.path, seq: 0, body: body)
        let clean = dir.bytes("snapshot-0.snap")
        let sections = try clean.withUnsafeBytes { raw in
            try SnapshotSections.locate(
                UnsafeRawBufferPointer(rebasing: raw[SnapshotFile.headerSize...]),
                bodyOffset: SnapshotFile.headerSize, path: path)
        }
        #expect(sections.ranges.count == SnapshotSectionKind.allCases.count)
        for (kind, range) in sections.ranges {
            // A flipped bit in the middle of the section's payload, and one in its header's length field.
            for target in [
                SnapshotFile.headerSize + range.lowerBound + range.count / 2,
                SnapshotFile.headerSize + range.lowerBound - 12,
            ] {
                var damaged = clean
                damaged[target] ^= 0x04
                do {
                    let (_, read) = try SnapshotFile.parse(damaged, path: path)
                    _ = try EventCodec().practice(fromSnapshot: read, path: path)
                    Issue.record("damage in section \(kind.name) at \(target) was not noticed")
                } catch {
                    guard case .corrupt(let file, let offset, let detail) = error else {
                        Issue.record("section \(kind.name): \(error)"); continue
                    }
                    #expect(file == path)
                    #expect(
                        offset >= Int64(SnapshotFile.headerSize + range.lowerBound - SnapshotSections.sectionHeaderSize)
                    )
                    #expect(offset <= Int64(damaged.count))
                    #expect(detail.contains("section") || detail.contains("snapshot"))
                }
            }
        }
    }

    @Test func aDamagedSectionFallsBackToThePreviousSnapshotOnOpen() throws {
        let dir = TempFolder("fallback")
        let store = try makeStore(dir)
        _ = try store.execute(command("task add \"Order gloves\" --column today"), actor: "maya", now: testNow)
        try store.snapshotNow()
        store.close()
        let newest = try #require(dir.snapshotNames().last)
        var bytes = dir.bytes(newest)
        bytes[bytes.count - 3] ^= 0x01
        dir.write(newest, bytes)
        let reopened = try Store.open(folder: dir.path, options: quietOptions())
        defer { reopened.close() }
        #expect(reopened.practice.tasks.count == 1)
        #expect(reopened.recovery.notes.contains { $0.contains(newest) && $0.contains("section") })
    }

    @Test func anOldJSONFolderOpensAndIsUpgraded() throws {
        let dir = TempFolder("json-folder")
        // A folder as version 1 wrote it: FORMAT 1, a JSON snapshot, JSON journal records.
        let initial = fullPractice()
        try SnapshotFile.write(folder: dir.path, seq: initial.lastSeq, body: try EventCodec().jsonSnapshotBody(initial))
        let event = Event(
            seq: initial.lastSeq + 1, at: Date(timeIntervalSince1970: 1_795_510_800), actor: "maya",
            change: .taskMoved(TaskID(4), to: .doing, rank: 9))
        var journal: [UInt8] = []
        RecordCodec.encode(
            JournalRecord(seq: event.seq, type: .commit, payload: [UInt8](try FastDates.encoder().encode(event))),
            into: &journal)
        dir.write("journal-\(initial.lastSeq + 1).log", journal)
        dir.write("lock", [])
        dir.write("FORMAT", Array("clinicdesk-store 1\n".utf8))

        let store = try Store.open(folder: dir.path, options: quietOptions())
        // JSON holds whole seconds only: compare with what the JSON snapshot itself decodes to.
        var expected = try EventCodec().practice(
            fromSnapshot: withHeaderOffset(try EventCodec().jsonSnapshotBody(initial)),
            path: "json")
        expected.apply(event)
        #expect(store.practice == expected)
        #expect(String(decoding: dir.bytes("FORMAT"), as: UTF8.self) == "clinicdesk-store 2\n")
        #expect(store.recovery.notes.contains { $0.contains("upgraded") })
        // fullPractice has accounts: the command signs in as one.
        _ = try store.execute(command("task add \"After the upgrade\""), actor: "ana.lee", now: testNow)
        try store.snapshotNow()
        store.close()
        let (_, newest) = try SnapshotFile.read(path: dir.file(try #require(dir.snapshotNames().last)))
        #expect(newest.encoding == SnapshotBody.binary)
        let again = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        defer { again.close() }
        #expect(again.practice.tasks.values.contains { $0.title == "After the upgrade" })
    }

    /// The codec reads a body as it sits in a file, after the 40-byte header.
    private func withHeaderOffset(_ body: SnapshotBody) -> SnapshotBody {
        SnapshotBody(
            encoding: body.encoding,
            storage: [UInt8](repeating: 0, count: SnapshotFile.headerSize)
                + body.withBytes { Array($0) }, start: SnapshotFile.headerSize)
    }
}

/// A practice with every row type, every optional both set and unset, and awkward strings.
func fullPractice() -> Practice {
    var settings = PracticeSettings(name: "Clinique Saint-Éloi \"Nord\"", timeZoneID: "America/New_York")
    settings.rooms = ["1", "2", "Ω"]
    var p = Practice(settings: settings)
    let at = Date(timeIntervalSince1970: 1_795_510_800)
    let odd = Date(timeIntervalSince1970: 1_795_510_800.25)
    p.seed(payer: Payer(id: PayerID(1), name: "Aetna", kind: .commercial, timelyFilingDays: 90, payerCode: "60054"))
    p.seed(payer: Payer(id: PayerID(2), name: "Medicare", kind: .medicare, timelyFilingDays: 365, payerCode: ""))
    p.seed(
        staff: Staff(
            id: StaffID(1), givenName: "Ana", familyName: "Lee", role: .physician, npi: "1234567893",
            credentials: [Credential(name: "DEA", expires: LocalDate("2027-03-01")!)]))
    p.seed(staff: Staff(id: StaffID(2), givenName: "小明", familyName: "王", role: .receptionist, active: false))
    p.seed(
        patient: Patient(
            id: PatientID(3), givenName: "Renée", familyName: "Müller", birthDate: LocalDate("1960-02-29")!,
            phone: "555-0100", payer: PayerID(1), memberID: "W123\t456", copay: Cents(2_500),
            paperworkComplete: false, sex: .female,
            address: PostalAddress(line: "12 Rue d'Été", city: "Albany", state: "NY", zip: "122071234")))
    p.seed(
        patient: Patient(
            id: PatientID(4), givenName: "", familyName: "O'Neil\u{1B}[31m", birthDate: LocalDate("2020-01-01")!,
            phone: "", payer: nil))
    p.seed(
        shift: Shift(
            id: ShiftID(1), staff: StaffID(1), day: LocalDate("2026-11-24")!, start: TimeOfDay(hour: 8),
            end: TimeOfDay(hour: 17), role: .physician))
    p.seed(
        timeOff: TimeOff(
            id: TimeOffID(1), staff: StaffID(2), kind: .sick, from: LocalDate("2026-11-24")!,
            through: LocalDate("2026-11-25")!, status: .approved, note: "flu", requestedAt: odd,
            decidedBy: "S-1"))
    p.seed(
        timeOff: TimeOff(
            id: TimeOffID(2), staff: StaffID(1), kind: .vacation, from: LocalDate("2026-12-24")!,
            through: LocalDate("2026-12-31")!, status: .requested, requestedAt: at))
    p.seed(
        appointment: Appointment(
            id: AppointmentID(9), patient: PatientID(3), provider: StaffID(1), day: LocalDate("2026-11-24")!,
            start: TimeOfDay(hour: 9, minute: 30), minutes: 20, visitType: .followUp, reason: "BP check",
            status: .roomed, room: "2",
            history: [
                FlowStamp(status: .scheduled, at: at, actor: "maya"),
                FlowStamp(status: .roomed, at: odd, actor: "José", room: "2", note: "late by 5 min"),
            ],
            insuranceVerifiedAt: at, copayDue: Cents(2_500), copayCollected: Cents(1_000), arrivedLate: true,
            cancelReason: nil, overbooked: true))
    p.seed(
        appointment: Appointment(
            id: AppointmentID(10), patient: PatientID(4), provider: StaffID(1), day: LocalDate("2026-11-24")!,
            start: TimeOfDay(hour: 8), minutes: 40, visitType: .newPatient, reason: "", status: .cancelled,
            cancelReason: "weather"))
    p.seed(
        task: TaskCard(
            id: TaskID(4), title: "Call Aetna re: C-5 🙂", column: .waiting, owner: StaffID(2),
            due: LocalDate("2026-11-30")!, priority: .high, labels: ["billing", "phone"],
            recurrence: .monthly, rank: 3, createdAt: at, doneAt: odd))
    p.seed(task: TaskCard(id: TaskID(6), title: "Fire drill", column: .backlog, rank: 1, createdAt: at))
    p.seed(
        claim: Claim(
            id: ClaimID(5), patient: PatientID(3), provider: StaffID(1), payer: PayerID(1),
            appointment: AppointmentID(9),
            dateOfService: LocalDate("2026-11-24")!, diagnoses: ["E11.9", "I10"],
            lines: [
                ServiceLine(code: "99214", modifiers: ["25"], units: 1, charge: Cents(15_000), pointers: [1, 2]),
                ServiceLine(code: "G0439", charge: Cents(9_999)),
            ],
            status: .denied,
            postings: [
                ClaimPosting(bucket: .payerPaid, amount: Cents(100), on: LocalDate("2026-11-26")!, reference: "ERA 1"),
                ClaimPosting(bucket: .contractual, amount: Cents(50), reason: "45", on: LocalDate("2026-11-26")!),
                ClaimPosting(
                    bucket: .patientResponsibility, amount: Cents(-25), reason: "2", on: LocalDate("2026-11-27")!),
            ],
            denial: Denial(group: .CO, code: "50", rarc: nil),
            submittedOn: LocalDate("2026-11-25")!, acceptedOn: LocalDate("2026-11-25")!,
            followUp: LocalDate("2026-12-05")!,
            history: [
                ClaimStamp(status: .submitted, at: at, actor: "bill"),
                ClaimStamp(status: .denied, at: odd, actor: "835", note: "CO-50"),
            ]))
    p.seed(
        claim: Claim(
            id: ClaimID(7), patient: PatientID(4), provider: StaffID(1), payer: PayerID(2), appointment: nil,
            dateOfService: LocalDate("2026-10-01")!, diagnoses: [], lines: []))
    p.seed(
        claim: Claim(
            id: ClaimID(8), patient: PatientID(3), provider: StaffID(1), payer: PayerID(1),
            appointment: AppointmentID(9), dateOfService: LocalDate("2026-11-24")!, diagnoses: ["E11.9"],
            lines: [ServiceLine(code: "99214", charge: Cents(15_000))], placeOfService: "10", frequency: .replacement,
            replaces: ClaimID(5), payerClaimNumber: "PCN*1~2", filedLateAfter: LocalDate("2026-11-20")!,
            primaryClaim: ClaimID(7)))
    p.seed(
        payment: PatientPayment(
            id: PaymentID(3), patient: PatientID(3), amount: Cents(-1250), method: .card, claim: ClaimID(5),
            on: LocalDate("2026-11-28")!, note: "refund of credit"))
    p.lastSeq = 41
    // Accounts: one with a staff member and a temporary PIN, one disabled without.
    p.accounts["ana.lee"] = Account(
        login: "ana.lee", staff: StaffID(1), role: .manager,
        pin: PinHash(
            scheme: "scrypt", parameters: ["N": 16, "r": 1, "p": 1, "length": 16], salt: [0, 255, 7],
            hash: Array(0..<16)), mustChangePin: true)
    p.accounts["desk-2"] = Account(
        login: "desk-2", staff: nil, role: .receptionist,
        pin: PinHash(scheme: "scrypt", parameters: [:], salt: [1], hash: [2]), active: false)
    return p
}
