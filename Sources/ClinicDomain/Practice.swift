import Foundation
import HashTreeCollections

/// The whole state of one practice: a value. Changed only by `apply(_:)` of events that `validate` produced.
public struct Practice: Codable, Sendable, Equatable {
    public var settings: PracticeSettings
    public var patients: Table<Patient>
    public var staff: Table<Staff>
    public var payers: Table<Payer>
    public var shifts: Table<Shift>
    public var timeOff: Table<TimeOff>
    public var appointments: Table<Appointment>
    public var tasks: Table<TaskCard>
    public var claims: Table<Claim>
    /// Patients' payments and refunds outside a visit's copay.
    public var payments: Table<PatientPayment>
    /// Sign-in accounts by login (Security/). Empty: an open folder, where anyone may do anything.
    public var accounts: [String: Account] = [:]
    /// Snoozed alerts: login → `Alert.identity` → until (`AlertSnoozes.swift`). Over ones linger until the user's
    /// next snooze; `snoozes(of:at:)` filters them.
    public internal(set) var alertSnoozes: [String: [String: Date]] = [:]
    /// Seq of the last applied event (0 = none).
    public var lastSeq: UInt64
    /// The last number handed out per ID prefix, so new IDs never reuse a deleted one.
    public var lastNumbers: [String: Int]

    /// Derived: appointment IDs per day in board order (start, provider, ID), so the per-frame `appointments(on:)`
    /// never sorts. Rebuilt on decode, kept by `apply` and `seed`; not part of equality.
    /// Persistent like the tables, so a command's scratch copy shares every day it does not touch.
    public private(set) var appointmentsByDay = TreeDictionary<LocalDate, [AppointmentID]>()
    /// Derived: shift IDs per day (the large practice has ~16k shifts; views ask per day on every frame).
    /// Rebuilt on decode, kept by `seed(shift:)`; a removed shift may linger here and is skipped on lookup.
    public private(set) var shiftsByDay = TreeDictionary<LocalDate, [ShiftID]>()
    /// Derived: the claim billing each visit (the newest claim naming it that is neither a void nor voided: a
    /// replacement supersedes its original; a voided visit is to bill again), so charge capture and
    /// the unbilled-visits views never scan every claim. Claims never change their visit; kept by `seed(claim:)`.
    /// Keyed by the appointment's number in the same persistent trie as the tables (a hash tree's lookup was
    /// a fifth of a frame on the large practice).
    public internal(set) var claimByVisitNumber = PersistentIDMap<ClaimID>()
    /// Derived: cards per board column with the column's highest rank (WIP limits, next rank). Rebuilt on decode.
    var taskColumns = TaskColumnIndex()
    /// The recent command groups with what undoing each puts back (`apply(group:)`). Derived from the journal like
    /// the indexes (not part of equality), but kept in the snapshot: it cannot be rebuilt from the rows.
    public internal(set) var undoLog = UndoLog()

    public init(settings: PracticeSettings) {
        self.settings = settings
        patients = Table(); staff = Table(); payers = Table(); shifts = Table(); timeOff = Table()
        appointments = Table(); tasks = Table(); claims = Table(); payments = Table()
        lastSeq = 0
        lastNumbers = [:]
    }

    public var clock: PracticeClock { settings.clock }

    private enum CodingKeys: String, CodingKey {
        case settings, patients, staff, payers, shifts, timeOff, appointments, tasks, claims, payments, lastSeq
        case lastNumbers, accounts, undoLog, alertSnoozes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        settings = try c.decode(PracticeSettings.self, forKey: .settings)
        patients = try c.decode(Table<Patient>.self, forKey: .patients)
        staff = try c.decode(Table<Staff>.self, forKey: .staff)
        payers = try c.decode(Table<Payer>.self, forKey: .payers)
        shifts = try c.decode(Table<Shift>.self, forKey: .shifts)
        timeOff = try c.decode(Table<TimeOff>.self, forKey: .timeOff)
        appointments = try c.decode(Table<Appointment>.self, forKey: .appointments)
        tasks = try c.decode(Table<TaskCard>.self, forKey: .tasks)
        claims = try c.decode(Table<Claim>.self, forKey: .claims)
        // Absent from practices saved before patient payments existed.
        payments = try c.decodeIfPresent(Table<PatientPayment>.self, forKey: .payments) ?? Table()
        lastSeq = try c.decode(UInt64.self, forKey: .lastSeq)
        lastNumbers = try c.decode([String: Int].self, forKey: .lastNumbers)
        // Absent from practices saved before accounts existed.
        accounts = try c.decodeIfPresent([String: Account].self, forKey: .accounts) ?? [:]
        undoLog = try c.decodeIfPresent(UndoLog.self, forKey: .undoLog) ?? UndoLog()
        alertSnoozes = try c.decodeIfPresent([String: [String: Date]].self, forKey: .alertSnoozes) ?? [:]
        rebuildIndexes()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(settings, forKey: .settings)
        try c.encode(patients, forKey: .patients)
        try c.encode(staff, forKey: .staff)
        try c.encode(payers, forKey: .payers)
        try c.encode(shifts, forKey: .shifts)
        try c.encode(timeOff, forKey: .timeOff)
        try c.encode(appointments, forKey: .appointments)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(claims, forKey: .claims)
        try c.encode(payments, forKey: .payments)
        try c.encode(lastSeq, forKey: .lastSeq)
        try c.encode(lastNumbers, forKey: .lastNumbers)
        if !accounts.isEmpty { try c.encode(accounts, forKey: .accounts) }
        if !undoLog.isEmpty { try c.encode(undoLog, forKey: .undoLog) }
        if !alertSnoozes.isEmpty { try c.encode(alertSnoozes, forKey: .alertSnoozes) }
    }

    /// The snoozes a snapshot held.
    public mutating func load(alertSnoozes snoozes: [String: [String: Date]]) { alertSnoozes = snoozes }

    /// The undo log a snapshot held.
    public mutating func load(undoLog log: UndoLog) { undoLog = log }

    public static func == (lhs: Practice, rhs: Practice) -> Bool {
        lhs.settings == rhs.settings && lhs.patients == rhs.patients && lhs.staff == rhs.staff
            && lhs.payers == rhs.payers && lhs.shifts == rhs.shifts && lhs.timeOff == rhs.timeOff
            && lhs.appointments == rhs.appointments && lhs.tasks == rhs.tasks && lhs.claims == rhs.claims
            && lhs.payments == rhs.payments
            && lhs.lastSeq == rhs.lastSeq && lhs.lastNumbers == rhs.lastNumbers && lhs.accounts == rhs.accounts
            && lhs.alertSnoozes == rhs.alertSnoozes
    }

    public mutating func rebuildIndexes() {
        rebuildIndexes(using: AppointmentDayIndex(appointments))
    }

    /// The same, with the appointment index already built (a loader builds it beside its other work).
    public mutating func rebuildIndexes(using dayIndex: AppointmentDayIndex) {
        appointmentsByDay = dayIndex.days
        var shiftDays: [LocalDate: [ShiftID]] = [:]
        for shift in shifts.values { shiftDays[shift.day, default: []].append(shift.id) }
        shiftsByDay = TreeDictionary(uniqueKeysWithValues: shiftDays.map { ($0.key, $0.value) })
        taskColumns = TaskColumnIndex(tasks.values)
        var byVisit = PersistentIDMap<ClaimID>()
        claims.forEach { claim in
            if let visit = claim.appointment, claim.frequency != .void, claim.status != .voided,
                byVisit[visit.number].map({ $0 < claim.id }) ?? true
            {
                byVisit[visit.number] = claim.id
            }
        }
        claimByVisitNumber = byVisit
    }

    /// Where an appointment sits in its day: start, provider, ID.
    private func boardOrder(_ id: AppointmentID) -> (Int, Int, Int) {
        guard let appointment = appointments[id] else { return (Int.max, Int.max, id.number) }
        return (appointment.start.minutes, appointment.provider.number, id.number)
    }

    /// Call after the appointment's row holds its new day and start (a move within a day re-sorts it too).
    mutating func indexAppointment(_ id: AppointmentID, movingFrom oldDay: LocalDate?, to newDay: LocalDate) {
        if let oldDay { unindexAppointment(id, on: oldDay) }
        appointmentsByDay[newDay]?.removeAll { $0 == id }
        let position = boardPosition(of: id, in: newDay)
        // In place: taking the day's array out and writing it back would copy it on every booking.
        appointmentsByDay[newDay, default: []].insert(id, at: position)
    }

    /// Where `id` belongs in a day's board order. Binary search: a busy day holds a few hundred appointments.
    private func boardPosition(of id: AppointmentID, in day: LocalDate) -> Int {
        guard let ids = appointmentsByDay[day] else { return 0 }
        let key = boardOrder(id)
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if boardOrder(ids[mid]) < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Appointments on one day, ordered by start time, then provider, then ID. O(that day), no sorting.
    public func appointments(on day: LocalDate) -> [Appointment] {
        (appointmentsByDay[day] ?? []).compactMap { appointments[$0] }
    }

    /// The next unused ID for a kind (validation allocates; apply records it).
    public func nextID<Kind>(_ kind: Kind.Type) -> EntityID<Kind> {
        EntityID<Kind>((lastNumbers[Kind.idPrefix] ?? 0) + 1)
    }

    mutating func noteIDUsed<Kind>(_ id: EntityID<Kind>) {
        lastNumbers[Kind.idPrefix] = max(lastNumbers[Kind.idPrefix] ?? 0, id.number)
    }

    /// A claim closed as voided no longer bills its visit.
    mutating func unindexVoidedClaim(_ id: ClaimID, visit: AppointmentID?) {
        if let visit, claimByVisitNumber[visit.number] == id { claimByVisitNumber[visit.number] = nil }
    }

    /// The claim billing a visit, by ID only (no row copied): nil when the visit is to bill.
    public func claimID(forVisit visit: AppointmentID) -> ClaimID? { claimByVisitNumber[visit.number] }

    /// Payer kinds by ID, read once per scan: looking a payer up per claim copies its row (names and codes).
    public var payerKinds: [PayerID: PayerKind] {
        var kinds: [PayerID: PayerKind] = [:]
        payers.forEach { kinds[$0.id] = $0.kind }
        return kinds
    }

    mutating func unindexAppointment(_ id: AppointmentID, on day: LocalDate) {
        appointmentsByDay[day]?.removeAll { $0 == id }
        if appointmentsByDay[day]?.isEmpty == true { appointmentsByDay[day] = nil }
    }

    mutating func unindexShift(_ id: ShiftID, on day: LocalDate) { shiftsByDay[day]?.removeAll { $0 == id } }

    /// Inserts a row built outside the event flow (demo generation, imports that bypass validation).
    public mutating func seed(patient: Patient) { patients.upsert(patient); noteIDUsed(patient.id) }
    public mutating func seed(staff member: Staff) { staff.upsert(member); noteIDUsed(member.id) }
    public mutating func seed(payer: Payer) { payers.upsert(payer); noteIDUsed(payer.id) }
    public mutating func seed(shift: Shift) {
        if let old = shifts[shift.id] { shiftsByDay[old.day]?.removeAll { $0 == shift.id } }
        shifts.upsert(shift)
        noteIDUsed(shift.id)
        shiftsByDay[shift.day, default: []].append(shift.id)
    }
    public mutating func seed(timeOff entry: TimeOff) { timeOff.upsert(entry); noteIDUsed(entry.id) }
    public mutating func seed(task: TaskCard) {
        if let old = tasks[task.id] { taskColumns.remove(old) }
        tasks.upsert(task)
        taskColumns.insert(task)
        noteIDUsed(task.id)
    }

    /// Changes one card and keeps the column index in step.
    mutating func modifyTask(_ id: TaskID, _ change: (inout TaskCard) -> Void) {
        guard var card = tasks[id] else { return }
        taskColumns.remove(card)
        change(&card)
        tasks.upsert(card)
        taskColumns.insert(card)
    }
    public mutating func seed(claim: Claim) {
        claims.upsert(claim)
        noteIDUsed(claim.id)
        if let visit = claim.appointment, claim.frequency != .void, claim.status != .voided {
            if let existing = claimByVisitNumber[visit.number], existing > claim.id { return }
            claimByVisitNumber[visit.number] = claim.id
        }
    }
    public mutating func seed(payment: PatientPayment) { payments.upsert(payment); noteIDUsed(payment.id) }
    public mutating func seed(appointment: Appointment) {
        let oldDay = appointments[appointment.id]?.day
        appointments.upsert(appointment)
        noteIDUsed(appointment.id)
        indexAppointment(appointment.id, movingFrom: oldDay, to: appointment.day)
    }

    /// Providers (physicians, NPs, PAs), active, in ID order.
    public var providers: [Staff] { staff.sorted.filter { $0.isProvider && $0.active } }

    public func shifts(on day: LocalDate) -> [Shift] {
        (shiftsByDay[day] ?? []).compactMap { id in shifts[id].flatMap { $0.day == day ? $0 : nil } }
            .sorted { ($0.start, $0.staff, $0.id) < ($1.start, $1.staff, $1.id) }
    }

    /// Approved time off (PTO or sick) covering `day` for `staffID`.
    public func timeOff(for staffID: StaffID, on day: LocalDate) -> TimeOff? {
        timeOff.values.first { $0.staff == staffID && $0.isInForce && $0.includes(day) }
    }
}
