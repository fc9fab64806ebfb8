import ClinicDomain
import Foundation

// Each row type to and from the binary encoding, field by field in declaration order. Adding a field means a new
// snapshot section version (see SnapshotSections), never a silent change of these layouts.

extension BinaryWriter {
    mutating func id<Kind>(_ value: EntityID<Kind>) { unsigned(UInt64(value.number)) }
    mutating func optionalID<Kind>(_ value: EntityID<Kind>?) {
        // 0 is never a valid ID number, so it stands for "none".
        unsigned(value.map { UInt64($0.number) } ?? 0)
    }
    mutating func day(_ value: LocalDate) { int(value.dayNumber) }
    mutating func optionalDay(_ value: LocalDate?) {
        bool(value != nil)
        if let value { day(value) }
    }
    mutating func time(_ value: TimeOfDay) { int(value.minutes) }
    mutating func cents(_ value: Cents) { int(value.value) }
    mutating func code<Value: Equatable>(_ value: Value, _ codes: [Value]) {
        unsigned(BinaryCodes.index(of: value, in: codes))
    }
    mutating func strings(_ values: [String]) {
        unsigned(UInt64(values.count))
        for value in values { string(value) }
    }
}

extension BinaryWriter {
    mutating func optionalInt(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }
    mutating func optionalBreak(_ start: TimeOfDay?, _ minutes: Int) {
        bool(start != nil)
        if let start { time(start); int(minutes) }
    }
}

extension BinaryReader {
    mutating func optionalInt() throws(BinaryDecodingError) -> Int? { try bool() ? try int() : nil }
    mutating func optionalBreak() throws(BinaryDecodingError) -> (TimeOfDay?, Int) {
        guard try bool() else { return (nil, 0) }
        let start = try time()
        let minutes = try int()
        guard (0...600).contains(minutes) else { throw failure("break of \(minutes) minutes is out of range") }
        return (start, minutes)
    }

    mutating func id<Kind>(_ kind: Kind.Type = Kind.self) throws(BinaryDecodingError) -> EntityID<Kind> {
        let number = try unsigned()
        guard number > 0, number < UInt64(Int.max) else {
            throw failure("\(number) is not a valid \(Kind.idPrefix)- ID")
        }
        return EntityID<Kind>(Int(number))
    }
    mutating func optionalID<Kind>(_ kind: Kind.Type = Kind.self) throws(BinaryDecodingError) -> EntityID<Kind>? {
        let number = try unsigned()
        guard number < UInt64(Int.max) else { throw failure("\(number) is not a valid \(Kind.idPrefix)- ID") }
        return number == 0 ? nil : EntityID<Kind>(Int(number))
    }
    mutating func day() throws(BinaryDecodingError) -> LocalDate {
        let number = try int()
        // A range test, not abs(): abs(Int.min) traps.
        guard (-3_000_000..<3_000_000).contains(number) else { throw failure("day number \(number) is out of range") }
        return LocalDate(dayNumber: number)
    }
    mutating func optionalDay() throws(BinaryDecodingError) -> LocalDate? { try bool() ? try day() : nil }
    /// Minutes since midnight; a little past 24:00 for an end time, never the huge values whose sums would trap.
    mutating func time() throws(BinaryDecodingError) -> TimeOfDay {
        let minutes = try int()
        guard (0...(48 * 60)).contains(minutes) else { throw failure("time \(minutes) is not minutes of a day") }
        return TimeOfDay(minutes: minutes)
    }
    /// Amounts up to a trillion dollars either way: far past any practice, far from Int's edges (abs, sums).
    mutating func cents() throws(BinaryDecodingError) -> Cents {
        let value = try int()
        guard (-Self.maxCents...Self.maxCents).contains(value) else { throw failure("\(value) cents is out of range") }
        return Cents(value)
    }
    static let maxCents = 100_000_000_000_000
    mutating func strings() throws(BinaryDecodingError) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
}

/// A row the binary encodings can hold.
protocol BinaryRow {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(BinaryDecodingError)
}

extension Patient: BinaryRow {
    /// Layout 2: layout 1 and then sex and address.
    func write(to w: inout BinaryWriter) {
        w.id(id); w.string(givenName); w.string(familyName); w.day(birthDate); w.string(phone); w.optionalID(payer)
        w.string(memberID); w.cents(copay); w.bool(paperworkComplete)
        w.unsigned(sex.map { BinaryCodes.index(of: $0, in: BinaryCodes.administrativeSex) + 1 } ?? 0)
        w.bool(address != nil)
        if let address {
            w.string(address.line); w.string(address.city); w.string(address.state); w.string(address.zip)
        }
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        try readLayout2Tail(&r)
    }

    /// The payload's last field in a journal event: one written before layout 2 ends after layout 1.
    init(event r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        if !r.isAtEnd { try readLayout2Tail(&r) }
    }

    private mutating func readLayout2Tail(_ r: inout BinaryReader) throws(BinaryDecodingError) {
        let sexCode = try r.unsigned()
        if sexCode > 0 {
            guard sexCode <= UInt64(BinaryCodes.administrativeSex.count) else {
                throw r.failure("\(sexCode) is not an administrative sex code")
            }
            sex = BinaryCodes.administrativeSex[Int(sexCode) - 1]
        }
        if try r.bool() {
            address = PostalAddress(
                line: try r.string(), city: try r.string(), state: try r.string(), zip: try r.string())
        }
    }

    /// Layout 1 (snapshots before sex and address).
    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), givenName: try r.string(), familyName: try r.string(), birthDate: try r.day(),
            phone: try r.string(), payer: try r.optionalID(), memberID: try r.string(), copay: try r.cents(),
            paperworkComplete: try r.bool())
    }
}

extension Staff: BinaryRow {
    /// Layout 2: credentials with kind, number and state; then weekly hours, vacation days, template and its
    /// exceptions.
    func write(to w: inout BinaryWriter) {
        w.id(id); w.string(givenName); w.string(familyName); w.code(role, BinaryCodes.staffRole); w.optionalString(npi)
        w.unsigned(UInt64(credentials.count))
        for credential in credentials {
            w.code(credential.kind, BinaryCodes.credentialKind); w.string(credential.name); w.string(credential.number)
            w.string(credential.state); w.day(credential.expires)
        }
        w.bool(active)
        w.optionalInt(weeklyHours); w.optionalInt(vacationDaysPerYear)
        w.unsigned(UInt64(template.count))
        for entry in template {
            w.int(entry.weekday); w.time(entry.start); w.time(entry.end);
            w.optionalBreak(entry.breakStart, entry.breakMinutes)
            w.unsigned(entry.role.map { BinaryCodes.index(of: $0, in: BinaryCodes.staffRole) + 1 } ?? 0)
        }
        w.unsigned(UInt64(templateSkips.count))
        for day in templateSkips { w.day(day) }
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let id: StaffID = try r.id()
        let given = try r.string(), family = try r.string()
        let role = try r.code(BinaryCodes.staffRole, "staff role")
        let npi = try r.optionalString()
        var credentials: [Credential] = []
        for _ in 0..<(try r.count(elementSize: 5)) {
            let kind = try r.code(BinaryCodes.credentialKind, "credential kind")
            let name = try r.string(), number = try r.string(), state = try r.string()
            credentials.append(Credential(kind: kind, expires: try r.day(), number: number, state: state, name: name))
        }
        let active = try r.bool()
        let hours = try r.optionalInt(), vacation = try r.optionalInt()
        var template: [TemplateShift] = []
        for _ in 0..<(try r.count(elementSize: 5)) {
            let weekday = try r.int()
            guard (0...6).contains(weekday) else { throw r.failure("weekday \(weekday) is not 0–6") }
            let start = try r.time(), end = try r.time()
            let (breakStart, breakMinutes) = try r.optionalBreak()
            let roleCode = try r.unsigned()
            guard roleCode <= UInt64(BinaryCodes.staffRole.count) else {
                throw r.failure("\(roleCode) is not a staff role code")
            }
            template.append(
                TemplateShift(
                    weekday: weekday, start: start, end: end, breakStart: breakStart, breakMinutes: breakMinutes,
                    role: roleCode == 0 ? nil : BinaryCodes.staffRole[Int(roleCode) - 1]))
        }
        var skips: [LocalDate] = []
        for _ in 0..<(try r.count(elementSize: 1)) { skips.append(try r.day()) }
        self.init(
            id: id, givenName: given, familyName: family, role: role, npi: npi, credentials: credentials,
            active: active, weeklyHours: hours, vacationDaysPerYear: vacation, template: template,
            templateSkips: skips)
    }

    /// Layout 1 (snapshots before credential kinds, hours and templates).
    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        let id: StaffID = try r.id()
        let given = try r.string(), family = try r.string()
        let role = try r.code(BinaryCodes.staffRole, "staff role")
        let npi = try r.optionalString()
        var credentials: [Credential] = []
        for _ in 0..<(try r.count(elementSize: 2)) {
            credentials.append(Credential(name: try r.string(), expires: try r.day()))
        }
        self.init(
            id: id, givenName: given, familyName: family, role: role, npi: npi, credentials: credentials,
            active: try r.bool())
    }
}

extension Payer: BinaryRow {
    func write(to w: inout BinaryWriter) {
        w.id(id); w.string(name); w.code(kind, BinaryCodes.payerKind); w.int(timelyFilingDays); w.string(payerCode)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), name: try r.string(), kind: try r.code(BinaryCodes.payerKind, "payer kind"),
            timelyFilingDays: try r.int(), payerCode: try r.string())
    }
}

extension Shift: BinaryRow {
    /// Layout 2: layout 1, then the planned break and the time clock's punches.
    func write(to w: inout BinaryWriter) {
        w.id(id); w.id(staff); w.day(day); w.time(start); w.time(end); w.code(role, BinaryCodes.staffRole)
        w.optionalBreak(breakStart, breakMinutes)
        w.optionalDate(clockedIn); w.optionalDate(clockedOut)
        w.unsigned(UInt64(breaks.count))
        for punch in breaks { w.date(punch.start); w.optionalDate(punch.end) }
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        try readLayout2Tail(&r)
    }

    /// In a journal event the shift is the payload's last field: an event written before layout 2 simply ends
    /// after layout 1.
    init(event r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        if !r.isAtEnd { try readLayout2Tail(&r) }
    }

    private mutating func readLayout2Tail(_ r: inout BinaryReader) throws(BinaryDecodingError) {
        (breakStart, breakMinutes) = try r.optionalBreak()
        clockedIn = try r.optionalDate(); clockedOut = try r.optionalDate()
        for _ in 0..<(try r.count(elementSize: 2)) {
            breaks.append(BreakPunch(start: try r.date(), end: try r.optionalDate()))
        }
    }

    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), staff: try r.id(), day: try r.day(), start: try r.time(), end: try r.time(),
            role: try r.code(BinaryCodes.staffRole, "staff role"))
    }
}

extension TimeOff: BinaryRow {
    /// Layout 2: layout 1 and the decision's note.
    func write(to w: inout BinaryWriter) {
        w.id(id); w.id(staff); w.code(kind, BinaryCodes.timeOffKind); w.day(from); w.day(through)
        w.code(status, BinaryCodes.timeOffStatus); w.string(note); w.date(requestedAt); w.optionalString(decidedBy)
        w.optionalString(decisionNote)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        decisionNote = try r.optionalString()
    }

    /// The payload's last field in a journal event: one written before layout 2 ends after layout 1.
    init(event r: inout BinaryReader) throws(BinaryDecodingError) {
        try self.init(layout1: &r)
        if !r.isAtEnd { decisionNote = try r.optionalString() }
    }

    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), staff: try r.id(), kind: try r.code(BinaryCodes.timeOffKind, "time-off kind"),
            from: try r.day(), through: try r.day(),
            status: try r.code(BinaryCodes.timeOffStatus, "time-off status"), note: try r.string(),
            requestedAt: try r.date(), decidedBy: try r.optionalString())
    }
}

extension FlowStamp {
    func write(to w: inout BinaryWriter) {
        w.code(status, BinaryCodes.flowStatus); w.date(at); w.string(actor); w.optionalString(room)
        w.optionalString(note)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            status: try r.code(BinaryCodes.flowStatus, "flow status"), at: try r.date(), actor: try r.string(),
            room: try r.optionalString(), note: try r.optionalString())
    }
}

extension Appointment: BinaryRow {
    func write(to w: inout BinaryWriter) {
        w.id(id); w.id(patient); w.id(provider); w.day(day); w.time(start); w.int(minutes)
        w.code(visitType, BinaryCodes.visitType); w.string(reason); w.code(status, BinaryCodes.flowStatus)
        w.optionalString(room)
        w.unsigned(UInt64(history.count))
        for stamp in history { stamp.write(to: &w) }
        w.optionalDate(insuranceVerifiedAt); w.cents(copayDue); w.cents(copayCollected); w.bool(arrivedLate)
        w.optionalString(cancelReason); w.bool(overbooked)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let id: AppointmentID = try r.id()
        let patient: PatientID = try r.id(), provider: StaffID = try r.id()
        let day = try r.day(), start = try r.time(), minutes = try r.int()
        let visitType = try r.code(BinaryCodes.visitType, "visit type")
        let reason = try r.string()
        let status = try r.code(BinaryCodes.flowStatus, "flow status")
        let room = try r.optionalString()
        let stamps = try r.count(elementSize: 4)
        var history: [FlowStamp] = []
        history.reserveCapacity(stamps)
        for _ in 0..<stamps { history.append(try FlowStamp(from: &r)) }
        self.init(
            id: id, patient: patient, provider: provider, day: day, start: start, minutes: minutes,
            visitType: visitType, reason: reason, status: status, room: room, history: history,
            insuranceVerifiedAt: try r.optionalDate(), copayDue: try r.cents(), copayCollected: try r.cents(),
            arrivedLate: try r.bool(), cancelReason: try r.optionalString(), overbooked: try r.bool())
    }
}

extension Denial {
    func write(to w: inout BinaryWriter) {
        w.code(group, BinaryCodes.adjustmentGroup); w.string(code); w.optionalString(rarc)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            group: try r.code(BinaryCodes.adjustmentGroup, "adjustment group"), code: try r.string(),
            rarc: try r.optionalString())
    }
}
