import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore
import TestSupport

/// The staffing rows and events in the binary encodings: the new events round-trip, a snapshot with every new field
/// round-trips, and what the previous build wrote (layout-1 staff, shifts and time off in a snapshot; shift, time-off
/// and patient payloads in journal events without their layout-2 tail) still reads.
@Suite struct StaffingEncodingTests {
    static let at = Date(timeIntervalSince1970: 1_795_510_800)
    static let odd = Date(timeIntervalSince1970: 1_795_510_800.5)

    static let member = Staff(
        id: StaffID(3), givenName: "Zoë", familyName: "王", role: .nursePractitioner, npi: "1234567893",
        credentials: [
            Credential(kind: .licence, expires: LocalDate("2028-06-30")!, number: "209876", state: "NY"),
            Credential(kind: .hipaa, expires: LocalDate("2027-01-01")!),
            Credential(name: "Medical licence NJ (old)", expires: LocalDate("2026-12-01")!),
        ],
        weeklyHours: 32, vacationDaysPerYear: 0,
        template: [
            TemplateShift(
                weekday: 1, start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17), breakStart: TimeOfDay(hour: 12),
                breakMinutes: 30, role: .nurse),
            TemplateShift(weekday: 0, start: TimeOfDay(hour: 22), end: TimeOfDay(hour: 30)),
        ],
        templateSkips: [LocalDate("2026-12-24")!, LocalDate("2027-01-01")!])

    static let night = Shift(
        id: ShiftID(4), staff: StaffID(3), day: LocalDate("2026-11-24")!, start: TimeOfDay(hour: 22),
        end: TimeOfDay(hour: 30), role: .nurse, breakStart: TimeOfDay(hour: 26), breakMinutes: 45, clockedIn: at,
        clockedOut: odd, breaks: [BreakPunch(start: at, end: odd), BreakPunch(start: odd)])

    static let decided = TimeOff(
        id: TimeOffID(5), staff: StaffID(3), kind: .training, from: LocalDate("2026-12-01")!,
        through: LocalDate("2026-12-02")!, status: .denied, note: "ACLS", requestedAt: odd, decidedBy: "ana",
        decisionNote: "short-staffed \"that\" week 🙂")

    static func settings() -> PracticeSettings {
        var settings = PracticeSettings(name: "Staffed", timeZoneID: "Europe/London")
        settings.coverage =
            CoverageRule.standard + [
                CoverageRule(role: .receptionist, from: TimeOfDay(hour: 7), to: TimeOfDay(hour: 8), minimum: 1),
                CoverageRule(
                    name: "weekend MA", roles: [.medicalAssistant], from: TimeOfDay(hour: 9), to: TimeOfDay(hour: 12),
                    weekdays: [0, 6], need: .perProvider(0.5)),
            ]
        settings.practiceCredentials = [Credential(kind: .clia, expires: LocalDate("2027-05-01")!, number: "33D1")]
        settings.credentialWarningWindows = [14, 45]
        return settings
    }

    static func roundTrip(_ change: Change, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let event = Event(seq: 77_000_001, at: at, actor: "Zoë 王", change: change)
        let bytes = try EventCodec().records(for: [event], after: .zero).bytes
        guard case .record(let record, _) = RecordCodec.decode(bytes, at: 0) else {
            Issue.record("record for \(change) does not decode", sourceLocation: sourceLocation); return
        }
        #expect(record.type == .chainedCommit, sourceLocation: sourceLocation)
        #expect(try EventCodec().event(from: record, path: "j") == event, sourceLocation: sourceLocation)
    }

    @Test func everyStaffingChangeRoundTripsThroughAJournalRecord() throws {
        var plain = Self.night
        plain.breakStart = nil; plain.breakMinutes = 0; plain.clockedIn = nil; plain.clockedOut = nil
        plain.breaks = []
        let changes: [Change] =
            [
                .staffAdded(Self.member),
                .staffAdded(Staff(id: StaffID(9), givenName: "", familyName: "", role: .biller)),
                .staffChanged(Self.member), .shiftChanged(Self.night), .shiftChanged(plain), .shiftAdded(Self.night),
                .shiftAdded(plain), .timeOffRecorded(Self.decided),
                .timeOffDecision(TimeOffID(5), to: .approved, note: "approved over: Tue MA 1 of 2"),
                .timeOffDecision(TimeOffID(5), to: .denied, note: nil), .settingsChanged(Self.settings()),
            ] + ClockAction.allCases.map { .shiftPunched(ShiftID(4), $0) }
        for change in changes { try Self.roundTrip(change) }
    }

    @Test func aSnapshotWithEveryStaffingFieldRoundTrips() throws {
        var p = Practice(settings: Self.settings())
        p.seed(staff: Self.member)
        p.seed(staff: Staff(id: StaffID(1), givenName: "Old", familyName: "Timer", role: .manager, active: false))
        p.seed(shift: Self.night)
        p.seed(
            shift: Shift(
                id: ShiftID(5), staff: StaffID(3), day: LocalDate("2026-11-25")!, start: TimeOfDay(hour: 8),
                end: TimeOfDay(hour: 12), role: .nursePractitioner))
        p.seed(timeOff: Self.decided)
        let body = try CheckedDecoders.snapshotBody(of: p)
        let decoded = try CheckedDecoders.practice(fromSnapshotBody: body)
        #expect(decoded == p)
        #expect(decoded.shifts(on: LocalDate("2026-11-24")!) == [Self.night])
        #expect(decoded.settings.coverage == Self.settings().coverage)
        #expect(try CheckedDecoders.snapshotBody(of: decoded) == body)
    }

    /// A practice as the previous build held it: nothing the layout-1 rows cannot carry.
    static func layout1Practice() -> Practice {
        var p = Practice(settings: PracticeSettings(name: "Old", timeZoneID: "America/New_York"))
        p.seed(
            staff: Staff(
                id: StaffID(1), givenName: "Grace", familyName: "Lee", role: .physician, npi: "1234567893",
                credentials: [
                    Credential(name: "Medical licence NY", expires: LocalDate("2027-06-30")!),
                    Credential(name: "DEA", expires: LocalDate("2028-01-31")!),
                ]))
        p.seed(staff: Staff(id: StaffID(2), givenName: "Ana", familyName: "Ruiz", role: .receptionist, active: false))
        p.seed(
            shift: Shift(
                id: ShiftID(1), staff: StaffID(1), day: LocalDate("2026-11-23")!, start: TimeOfDay(hour: 8),
                end: TimeOfDay(hour: 17), role: .physician))
        p.seed(
            shift: Shift(
                id: ShiftID(2), staff: StaffID(2), day: LocalDate("2026-11-23")!, start: TimeOfDay(hour: 12),
                end: TimeOfDay(hour: 16, minute: 30), role: .receptionist))
        p.seed(
            timeOff: TimeOff(
                id: TimeOffID(1), staff: StaffID(1), kind: .vacation, from: LocalDate("2026-12-01")!,
                through: LocalDate("2026-12-03")!, status: .approved, note: "PTO", requestedAt: at, decidedBy: "ana"))
        p.seed(
            timeOff: TimeOff(
                id: TimeOffID(2), staff: StaffID(2), kind: .sick, from: LocalDate("2026-11-20")!,
                through: LocalDate("2026-11-20")!, status: .requested, requestedAt: odd))
        p.lastSeq = 12
        return p
    }

    /// The staff, shifts and time-off sections rewritten by hand in layout 1 (the field order the `init(layout1:)`
    /// readers expect), sharing the snapshot's string table, every other section as written.
    static func withLayout1Sections(_ practice: Practice) throws -> [UInt8] {
        let body = try CheckedDecoders.snapshotBody(of: practice)
        let located = try body.withUnsafeBytes { raw in
            try SnapshotSections.locate(raw, bodyOffset: 0, path: "layout1")
        }
        let table = StringTable()
        let stringsRange = try #require(located.ranges[.strings])
        try body.withUnsafeBytes { raw in
            var r = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[stringsRange]), fileOffset: 0, strings: nil)
            for _ in 0..<(try r.count()) { _ = table.index(of: try r.inlineString()) }
        }
        var staff = BinaryWriter(sharing: table)
        staff.unsigned(UInt64(practice.staff.count))
        for member in practice.staff.values {
            staff.id(member.id); staff.string(member.givenName); staff.string(member.familyName)
            staff.code(member.role, BinaryCodes.staffRole); staff.optionalString(member.npi)
            staff.unsigned(UInt64(member.credentials.count))
            for credential in member.credentials { staff.string(credential.name); staff.day(credential.expires) }
            staff.bool(member.active)
        }
        var shifts = BinaryWriter(sharing: table)
        shifts.unsigned(UInt64(practice.shifts.count))
        for shift in practice.shifts.values {
            shifts.id(shift.id); shifts.id(shift.staff); shifts.day(shift.day); shifts.time(shift.start)
            shifts.time(shift.end); shifts.code(shift.role, BinaryCodes.staffRole)
        }
        var timeOff = BinaryWriter(sharing: table)
        timeOff.unsigned(UInt64(practice.timeOff.count))
        for entry in practice.timeOff.values {
            timeOff.id(entry.id); timeOff.id(entry.staff); timeOff.code(entry.kind, BinaryCodes.timeOffKind)
            timeOff.day(entry.from); timeOff.day(entry.through); timeOff.code(entry.status, BinaryCodes.timeOffStatus)
            timeOff.string(entry.note); timeOff.date(entry.requestedAt); timeOff.optionalString(entry.decidedBy)
        }
        var strings = BinaryWriter(interning: false)
        strings.unsigned(UInt64(table.strings.count))
        for string in table.strings { strings.string(string) }

        var out: [UInt8] = []
        for (kind, range) in located.ranges.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
            let payload: [UInt8]
            var version = located.versions[kind] ?? kind.layoutVersion
            switch kind {
            case .strings: payload = strings.bytes
            case .staff: payload = staff.bytes; version = 1
            case .shifts: payload = shifts.bytes; version = 1
            case .timeOff: payload = timeOff.bytes; version = 1
            default: payload = Array(body[range])
            }
            RecordCodec.append32(kind.rawValue, to: &out)
            RecordCodec.append32(version, to: &out)
            out.append(contentsOf: RecordCodec.bytes64(UInt64(payload.count)))
            RecordCodec.append32(CRC32C.mask(payload.withUnsafeBytes { CRC32C.update(0, $0) }), to: &out)
            out.append(contentsOf: payload)
        }
        return out
    }

    @Test func layout1StaffShiftsAndTimeOffSectionsStillDecode() throws {
        let old = Self.layout1Practice()
        let body = try Self.withLayout1Sections(old)
        #expect(body != (try CheckedDecoders.snapshotBody(of: old)))
        let decoded = try CheckedDecoders.practice(fromSnapshotBody: body)
        #expect(decoded == old)
        // Kinds are read from the old names; hours, templates, breaks and punches are absent.
        #expect(decoded.staff[StaffID(1)]?.credentials.map(\.kind) == [.licence, .dea])
        #expect(decoded.staff[StaffID(1)]?.weeklyHours == nil)
        #expect(decoded.staff[StaffID(1)]?.template == [])
        #expect(decoded.shifts[ShiftID(2)]?.end == TimeOfDay(hour: 16, minute: 30))
        #expect(decoded.shifts[ShiftID(2)]?.breakStart == nil)
        #expect(decoded.timeOff[TimeOffID(1)]?.decisionNote == nil)
        #expect(decoded.shifts(on: LocalDate("2026-11-23")!).map(\.id) == [ShiftID(1), ShiftID(2)])
        // Written again, it is layout 2 and reads back the same.
        let upgraded = try CheckedDecoders.snapshotBody(of: decoded)
        #expect(try CheckedDecoders.practice(fromSnapshotBody: upgraded) == old)
    }

    /// A journal event as the previous build wrote it: seq, time, actor, the change's tag, its layout-1 row.
    static func oldEvent(tag: UInt8, _ row: (inout BinaryWriter) -> Void) -> [UInt8] {
        var w = BinaryWriter(interning: false)
        w.unsigned(41); w.date(at); w.string("ana"); w.byte(tag)
        row(&w)
        return w.bytes
    }

    @Test func oldShiftTimeOffAndPatientEventsWithoutTheirTailStillDecode() throws {
        // Tags are on disk: patientAdded 1, timeOffRecorded 15, shiftAdded 17.
        let shift = Self.oldEvent(tag: 17) { w in
            w.id(ShiftID(6)); w.id(StaffID(2)); w.day(LocalDate("2026-11-24")!); w.time(TimeOfDay(hour: 9))
            w.time(TimeOfDay(hour: 13)); w.code(StaffRole.medicalAssistant, BinaryCodes.staffRole)
        }
        let expectedShift = Shift(
            id: ShiftID(6), staff: StaffID(2), day: LocalDate("2026-11-24")!, start: TimeOfDay(hour: 9),
            end: TimeOfDay(hour: 13), role: .medicalAssistant)
        #expect(
            try CheckedDecoders.event(fromPayload: shift, binary: true)
                == Event(seq: 41, at: Self.at, actor: "ana", change: .shiftAdded(expectedShift)))

        // Kind code 0 was `pto`: it reads as vacation.
        let timeOff = Self.oldEvent(tag: 15) { w in
            w.id(TimeOffID(3)); w.id(StaffID(2)); w.unsigned(0); w.day(LocalDate("2026-12-01")!)
            w.day(LocalDate("2026-12-02")!); w.code(TimeOffStatus.requested, BinaryCodes.timeOffStatus)
            w.string("beach"); w.date(Self.odd); w.optionalString(nil)
        }
        let expectedTimeOff = TimeOff(
            id: TimeOffID(3), staff: StaffID(2), kind: .vacation, from: LocalDate("2026-12-01")!,
            through: LocalDate("2026-12-02")!, status: .requested, note: "beach", requestedAt: Self.odd)
        #expect(
            try CheckedDecoders.event(fromPayload: timeOff, binary: true)
                == Event(seq: 41, at: Self.at, actor: "ana", change: .timeOffRecorded(expectedTimeOff)))

        let patient = Self.oldEvent(tag: 1) { w in
            w.id(PatientID(8)); w.string("Renée"); w.string("Müller"); w.day(LocalDate("1981-03-14")!)
            w.string("555-0101"); w.optionalID(PayerID(2)); w.string("W1"); w.cents(Cents(2500)); w.bool(true)
        }
        let expectedPatient = Patient(
            id: PatientID(8), givenName: "Renée", familyName: "Müller", birthDate: LocalDate("1981-03-14")!,
            phone: "555-0101", payer: PayerID(2), memberID: "W1", copay: Cents(2500), paperworkComplete: true)
        #expect(
            try CheckedDecoders.event(fromPayload: patient, binary: true)
                == Event(seq: 41, at: Self.at, actor: "ana", change: .patientAdded(expectedPatient)))

        // The same events as this build writes them carry the tail, and a truncated tail is refused.
        let current = CheckedDecoders.payload(
            of: Event(seq: 41, at: Self.at, actor: "ana", change: .shiftAdded(Self.night)))
        #expect(current.count > shift.count)
        #expect(throws: StoreError.self) {
            try CheckedDecoders.event(fromPayload: Array(current.dropLast()), binary: true)
        }
    }
}
