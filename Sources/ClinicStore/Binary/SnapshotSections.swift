import ClinicDomain
import Foundation
import Synchronization

// The body of a binary snapshot (body encoding 2): a run of sections, each checksummed on its own, so damage is
// reported as "section appointments at byte offset N" and each table decodes independently (in parallel).
//
//   section = [u32 kind][u32 layout version][u64 payload length][u32 masked CRC-32C of payload][payload]
//
// The first section is the string table (every distinct string once, inline); the others refer to it by index.
// Rows are written in ID order, so the same state always gives the same bytes.

enum SnapshotSectionKind: UInt32, CaseIterable, Sendable {
    case strings = 1, settings, meta, patients, staff, payers, shifts, timeOff, appointments, tasks, claims
    case payments, accounts, undo
    // Numbered out from here on: other branches append kinds too, and a kind on disk never changes meaning.
    case alertSnoozes = 15

    var name: String {
        switch self {
        case .strings: return "strings"
        case .settings: return "settings"
        case .meta: return "meta"
        case .patients: return "patients"
        case .staff: return "staff"
        case .payers: return "payers"
        case .shifts: return "shifts"
        case .timeOff: return "time off"
        case .appointments: return "appointments"
        case .tasks: return "tasks"
        case .claims: return "claims"
        case .payments: return "payments"
        case .accounts: return "accounts"
        case .undo: return "undo log"
        case .alertSnoozes: return "alert snoozes"
        }
    }

    /// The layout this build writes. Claims are at 2 (postings), patients at 2 (sex, address), staff at 2
    /// (credential kinds, hours, templates), shifts at 2 (breaks, punches), time off at 2 (decision notes), tasks
    /// at 2 (due time, notes, checklist, links, column entry); the rest at 1.
    var layoutVersion: UInt32 {
        switch self {
        case .claims, .patients, .staff, .shifts, .timeOff, .tasks: return 2
        default: return 1
        }
    }
    /// Layouts this build reads: the current one, and layout 1 of those now at 2.
    func reads(_ version: UInt32) -> Bool { version == layoutVersion || (layoutVersion == 2 && version == 1) }
    /// Sections older snapshots lack: read as empty.
    var isOptional: Bool { self == .payments || self == .accounts || self == .undo || self == .alertSnoozes }
}

enum SnapshotSections {
    static let sectionHeaderSize = 20
    /// The newest section layout (claims); a reader refuses a version it does not know (`reads`).
    static let layoutVersion: UInt32 = 2

    // MARK: writing

    static func encode(_ practice: Practice) throws(StoreError) -> [UInt8] {
        let strings = StringTable()
        func rows<Row: BinaryRow & Identifiable>(_ table: Table<Row>) -> [UInt8] where Row.ID == EntityID<Row> {
            var w = BinaryWriter(sharing: strings, capacity: table.count * 48)
            w.unsigned(UInt64(table.count))
            for row in table.values { row.write(to: &w) }
            return w.bytes
        }
        let settings: [UInt8]
        do { settings = [UInt8](try DomainCoding.encoder().encode(practice.settings)) } catch {
            throw StoreError.coding(path: "snapshot", detail: "settings do not encode: \(error)")
        }
        var meta = BinaryWriter(sharing: strings)
        meta.unsigned(practice.lastSeq)
        let numbers = practice.lastNumbers.sorted { $0.key < $1.key }
        meta.unsigned(UInt64(numbers.count))
        for (prefix, number) in numbers { meta.string(prefix); meta.int(number) }

        var sections: [(SnapshotSectionKind, [UInt8])] = [
            (.settings, settings), (.meta, meta.bytes),
            (.patients, rows(practice.patients)), (.staff, rows(practice.staff)), (.payers, rows(practice.payers)),
            (.shifts, rows(practice.shifts)), (.timeOff, rows(practice.timeOff)),
            (.appointments, rows(practice.appointments)), (.tasks, rows(practice.tasks)),
            (.claims, rows(practice.claims)), (.payments, rows(practice.payments)),
        ]
        // Written only when there are accounts: an open folder's snapshot stays as it was.
        if practice.hasAccounts { sections.append((.accounts, accountRows(practice, strings))) }
        if !practice.undoLog.isEmpty {
            // The undo log is JSON like the settings: rows of every kind, small, read once on open.
            do { sections.append((.undo, [UInt8](try DomainCoding.encoder().encode(practice.undoLog)))) } catch {
                throw StoreError.coding(path: "snapshot", detail: "undo log does not encode: \(error)")
            }
        }
        if !practice.alertSnoozes.isEmpty {
            // Login → alert identity → until, JSON like the undo log: small, read once on open.
            do {
                sections.append((.alertSnoozes, [UInt8](try DomainCoding.encoder().encode(practice.alertSnoozes))))
            } catch { throw StoreError.coding(path: "snapshot", detail: "alert snoozes do not encode: \(error)") }
        }
        var table = BinaryWriter(interning: false, capacity: strings.strings.count * 12)
        table.unsigned(UInt64(strings.strings.count))
        for string in strings.strings { table.string(string) }
        sections.insert((.strings, table.bytes), at: 0)

        var body: [UInt8] = []
        body.reserveCapacity(sections.reduce(0) { $0 + $1.1.count + sectionHeaderSize })
        for (kind, payload) in sections {
            RecordCodec.append32(kind.rawValue, to: &body)
            RecordCodec.append32(kind.layoutVersion, to: &body)
            body.append(contentsOf: RecordCodec.bytes64(UInt64(payload.count)))
            let crc = payload.withUnsafeBytes { CRC32C.update(0, $0) }
            RecordCodec.append32(CRC32C.mask(crc), to: &body)
            body.append(contentsOf: payload)
        }
        return body
    }

    // MARK: reading

    /// Decodes a binary body. `bodyOffset` is where the body starts in the file (for error offsets).
    static func decode(_ body: UnsafeRawBufferPointer, bodyOffset: Int, path: String) throws(StoreError) -> Practice {
        let located = try locate(body, bodyOffset: bodyOffset, path: path)
        func payload(_ kind: SnapshotSectionKind) -> (UnsafeRawBufferPointer, Int) {
            guard let range = located.ranges[kind] else { return (UnsafeRawBufferPointer(start: nil, count: 0), 0) }
            return (UnsafeRawBufferPointer(rebasing: body[range]), bodyOffset + range.lowerBound)
        }
        func fail(_ kind: SnapshotSectionKind, _ error: BinaryDecodingError) -> StoreError {
            StoreError.corrupt(
                path: path, offset: Int64(error.offset), detail: "snapshot section \(kind.name): \(error.detail)")
        }

        let strings: [String]
        do throws(BinaryDecodingError) {
            let (bytes, offset) = payload(.strings)
            var r = BinaryReader(bytes, fileOffset: offset, strings: nil)
            let n = try r.count()
            var table: [String] = []
            table.reserveCapacity(n)
            for _ in 0..<n { table.append(try r.inlineString()) }
            try expectEnd(r)
            strings = table
        } catch { throw fail(.strings, error) }

        var practice: Practice
        do {
            let (bytes, _) = payload(.settings)
            let settings = try DomainCoding.decoder().decode(PracticeSettings.self, from: Data(bytes))
            practice = Practice(settings: settings)
        } catch {
            let (_, offset) = payload(.settings)
            throw StoreError.corrupt(path: path, offset: Int64(offset), detail: "snapshot section settings: \(error)")
        }
        do throws(BinaryDecodingError) {
            let (bytes, offset) = payload(.meta)
            var r = BinaryReader(bytes, fileOffset: offset, strings: strings)
            practice.lastSeq = try r.unsigned()
            var numbers: [String: Int] = [:]
            for _ in 0..<(try r.count(elementSize: 2)) { numbers[try r.string()] = try r.int() }
            try expectEnd(r)
            practice.lastNumbers = numbers
        } catch { throw fail(.meta, error) }

        // The big tables decode side by side; each section is independent once the strings are known.
        let kinds: [SnapshotSectionKind] = [
            .appointments, .claims, .patients, .shifts, .tasks, .staff, .payers, .timeOff, .payments,
        ]
        let claimsLayout = located.versions[.claims] ?? SnapshotSectionKind.claims.layoutVersion
        let patientsLayout = located.versions[.patients] ?? SnapshotSectionKind.patients.layoutVersion
        let staffLayout = located.versions[.staff] ?? SnapshotSectionKind.staff.layoutVersion
        let shiftsLayout = located.versions[.shifts] ?? SnapshotSectionKind.shifts.layoutVersion
        let timeOffLayout = located.versions[.timeOff] ?? SnapshotSectionKind.timeOff.layoutVersion
        let tasksLayout = located.versions[.tasks] ?? SnapshotSectionKind.tasks.layoutVersion
        let inputs = kinds.map { kind in SectionBytes(payload(kind)) }
        let results = Mutex(DecodedTables())
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            var r = BinaryReader(inputs[index].bytes, fileOffset: inputs[index].fileOffset, strings: strings)
            do throws(BinaryDecodingError) {
                switch kinds[index] {
                case .appointments:
                    // The day index is built here, beside the other sections' decoding, not after it.
                    var keys: [AppointmentDayIndex.Key] = []
                    let t: Table<Appointment> = try table(&r, each: { keys.append(AppointmentDayIndex.key($0)) })
                    let index = AppointmentDayIndex(keys: keys)
                    results.withLock {
                        $0.appointments = t; $0.dayIndex = index
                    }
                case .claims:
                    let t: Table<Claim> =
                        claimsLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try Claim(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.claims = t }
                case .payments:
                    // A snapshot from before payments has no section: an empty table.
                    guard located.ranges[.payments] != nil else { break }
                    let t: Table<PatientPayment> = try table(&r); results.withLock { $0.payments = t }
                case .patients:
                    let t: Table<Patient> =
                        patientsLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try Patient(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.patients = t }
                case .shifts:
                    let t: Table<Shift> =
                        shiftsLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try Shift(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.shifts = t }
                case .tasks:
                    let t: Table<TaskCard> =
                        tasksLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try TaskCard(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.tasks = t }
                case .staff:
                    let t: Table<Staff> =
                        staffLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try Staff(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.staff = t }
                case .payers: let t: Table<Payer> = try table(&r); results.withLock { $0.payers = t }
                case .timeOff:
                    let t: Table<TimeOff> =
                        timeOffLayout == 1
                        ? try table(&r, read: { (r) throws(BinaryDecodingError) in try TimeOff(layout1: &r) })
                        : try table(&r)
                    results.withLock { $0.timeOff = t }
                default: break
                }
            } catch {
                let kind = kinds[index]
                results.withLock { if $0.failure == nil { $0.failure = (kind, error) } }
            }
        }
        let tables = results.withLock { $0 }
        if let (kind, error) = tables.failure { throw fail(kind, error) }
        practice.patients = tables.patients; practice.staff = tables.staff; practice.payers = tables.payers
        practice.shifts = tables.shifts; practice.timeOff = tables.timeOff; practice.appointments = tables.appointments
        practice.tasks = tables.tasks; practice.claims = tables.claims; practice.payments = tables.payments
        practice.accounts = try accounts(located, payload(.accounts), strings, path: path)
        if let dayIndex = tables.dayIndex {
            practice.rebuildIndexes(using: dayIndex)
        } else {
            practice.rebuildIndexes()
        }
        if located.ranges[.undo] != nil {
            let (bytes, offset) = payload(.undo)
            do { practice.load(undoLog: try DomainCoding.decoder().decode(UndoLog.self, from: Data(bytes))) } catch {
                throw StoreError.corrupt(
                    path: path, offset: Int64(offset), detail: "snapshot section undo log: \(error)")
            }
        }
        if located.ranges[.alertSnoozes] != nil {
            let (bytes, offset) = payload(.alertSnoozes)
            do {
                practice.load(
                    alertSnoozes: try DomainCoding.decoder().decode([String: [String: Date]].self, from: Data(bytes)))
            } catch {
                throw StoreError.corrupt(
                    path: path, offset: Int64(offset), detail: "snapshot section alert snoozes: \(error)")
            }
        }
        return practice
    }

    /// A section's bytes handed to a decoding thread. Unchecked: the buffer is read-only and outlives the
    /// parallel loop, which returns before `decode` does.
    private struct SectionBytes: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let fileOffset: Int
        init(_ located: (UnsafeRawBufferPointer, Int)) { (bytes, fileOffset) = located }
    }

    private struct DecodedTables: Sendable {
        var patients = Table<Patient>(), staff = Table<Staff>(), payers = Table<Payer>(), shifts = Table<Shift>()
        var timeOff = Table<TimeOff>(), appointments = Table<Appointment>(), tasks = Table<TaskCard>()
        var claims = Table<Claim>(), payments = Table<PatientPayment>()
        var dayIndex: AppointmentDayIndex?
        var failure: (SnapshotSectionKind, BinaryDecodingError)?
    }

    private static func table<Row: BinaryRow & Identifiable>(
        _ r: inout BinaryReader,
        read: (inout BinaryReader) throws(BinaryDecodingError) -> Row = { r throws(BinaryDecodingError) in
            try Row(from: &r)
        },
        each: (borrowing Row) -> Void = { _ in }
    )
        throws(BinaryDecodingError) -> Table<Row> where Row.ID == EntityID<Row>
    {
        let n = try r.count()
        var rows = Table<Row>()
        var previous = 0
        for _ in 0..<n {
            let start = r.offsetInFile
            let row = try read(&r)
            // Written in ID order: a repeat or a step back means damage the checksum missed (or a bad writer).
            guard row.id.number > previous else {
                throw BinaryDecodingError(offset: start, detail: "row \(row.id) is out of ID order")
            }
            previous = row.id.number
            each(row)
            rows.upsert(row)
        }
        try expectEnd(r)
        return rows
    }

    /// Walks the section headers, verifies each checksum, and returns where each payload lies in `body`.
    struct LocatedSections {
        var ranges: [SnapshotSectionKind: Range<Int>] = [:]
        var versions: [SnapshotSectionKind: UInt32] = [:]
    }

    static func locate(_ body: UnsafeRawBufferPointer, bodyOffset: Int, path: String) throws(StoreError)
        -> LocatedSections
    {
        var found = LocatedSections()
        var position = 0
        while position < body.count {
            let at = Int64(bodyOffset + position)
            guard body.count - position >= sectionHeaderSize else {
                throw StoreError.corrupt(path: path, offset: at, detail: "snapshot ends inside a section header")
            }
            let raw = RecordCodec.read32(body, position)
            guard let kind = SnapshotSectionKind(rawValue: raw) else {
                throw StoreError.corrupt(path: path, offset: at, detail: "unknown snapshot section kind \(raw)")
            }
            let version = RecordCodec.read32(body, position + 4)
            guard kind.reads(version) else {
                throw StoreError.unsupportedFormat(
                    path: path, found: "snapshot section \(kind.name) layout \(version)",
                    supported: Int(kind.layoutVersion))
            }
            let length = RecordCodec.read64(body, position + 8)
            let start = position + sectionHeaderSize
            guard length <= UInt64(body.count - start) else {
                throw StoreError.corrupt(
                    path: path, offset: at,
                    detail: "snapshot section \(kind.name) is \(length) bytes "
                        + "but only \(body.count - start) remain")
            }
            let range = start..<(start + Int(length))
            let stored = RecordCodec.read32(body, position + 16)
            guard CRC32C.mask(CRC32C.update(0, UnsafeRawBufferPointer(rebasing: body[range]))) == stored else {
                throw StoreError.corrupt(
                    path: path, offset: Int64(bodyOffset + start),
                    detail: "snapshot section \(kind.name) checksum mismatch")
            }
            guard found.ranges[kind] == nil else {
                throw StoreError.corrupt(path: path, offset: at, detail: "snapshot section \(kind.name) appears twice")
            }
            found.ranges[kind] = range
            found.versions[kind] = version
            position = range.upperBound
        }
        for kind in SnapshotSectionKind.allCases where found.ranges[kind] == nil && !kind.isOptional {
            throw StoreError.corrupt(
                path: path, offset: Int64(bodyOffset + body.count),
                detail: "snapshot has no \(kind.name) section")
        }
        return found
    }

    static func expectEnd(_ r: BinaryReader) throws(BinaryDecodingError) {
        guard r.isAtEnd else { throw r.failure("unexpected bytes after the last row") }
    }
}
