import ClinicDomain
import Foundation

// Task cards. Layout 1: id, title, column, owner, due, priority, labels, recurrence, rank, created, done.
// Layout 2 (the richer card) adds, after those: the optional due time, the notes, the checklist (count, then
// number, text, done), the links (count, then kind code and number), when it entered its column, and the
// recurring duty's day it was made for (an optional day, then the duty's number when present).
// In a `taskAdded` event the card is the payload's last field, so one written before layout 2 ends after layout 1.

extension TaskCard: BinaryRow {
    func write(to w: inout BinaryWriter) {
        w.id(id); w.string(title); w.code(column, BinaryCodes.boardColumn); w.optionalID(owner); w.optionalDay(due)
        w.code(priority, BinaryCodes.taskPriority); w.strings(labels); w.code(recurrence, BinaryCodes.recurrence)
        w.int(rank); w.date(createdAt); w.optionalDate(doneAt)
        // Layout 2
        w.bool(dueTime != nil)
        if let dueTime { w.time(dueTime) }
        w.string(notes)
        w.unsigned(UInt64(checklist.count))
        for item in checklist { w.unsigned(UInt64(item.number)); w.string(item.text); w.bool(item.done) }
        w.unsigned(UInt64(links.count))
        for link in links {
            let (kind, number) = Self.code(of: link)
            w.unsigned(kind); w.unsigned(UInt64(number))
        }
        w.date(columnEnteredAt)
        w.optionalDay(duty?.day)
        if let duty { w.int(duty.duty) }
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

    /// Layout 1: the card before notes, checklists and links; it entered its column when it was done or made.
    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), title: try r.string(), column: try r.code(BinaryCodes.boardColumn, "board column"),
            owner: try r.optionalID(), due: try r.optionalDay(),
            priority: try r.code(BinaryCodes.taskPriority, "priority"), labels: try r.strings(),
            recurrence: try r.code(BinaryCodes.recurrence, "recurrence"), rank: try r.int(),
            createdAt: try r.date(), doneAt: try r.optionalDate())
    }

    private mutating func readLayout2Tail(_ r: inout BinaryReader) throws(BinaryDecodingError) {
        dueTime = try r.bool() ? try r.time() : nil
        notes = try r.string()
        for _ in 0..<(try r.count(elementSize: 3)) {
            let number = try r.unsigned()
            checklist.append(ChecklistItem(number: Int(clamping: number), text: try r.string(), done: try r.bool()))
        }
        for _ in 0..<(try r.count(elementSize: 2)) {
            let start = r.offsetInFile
            let kind = try r.unsigned(), number = try r.unsigned()
            guard let link = Self.link(kind: kind, number: Int(clamping: number)) else {
                throw BinaryDecodingError(offset: start, detail: "unknown link kind \(kind)")
            }
            links.append(link)
        }
        columnEnteredAt = try r.date()
        if let day = try r.optionalDay() { duty = DutyOccurrence(duty: try r.int(), day: day) }
    }

    /// Link kinds on disk (append only): 0 claim, 1 appointment, 2 patient, 3 staff, 4 task.
    static func code(of link: ItemLink) -> (UInt64, Int) {
        switch link {
        case .claim(let id): (0, id.number)
        case .appointment(let id): (1, id.number)
        case .patient(let id): (2, id.number)
        case .staff(let id): (3, id.number)
        case .task(let id): (4, id.number)
        }
    }

    static func link(kind: UInt64, number: Int) -> ItemLink? {
        switch kind {
        case 0: .claim(ClaimID(number))
        case 1: .appointment(AppointmentID(number))
        case 2: .patient(PatientID(number))
        case 3: .staff(StaffID(number))
        case 4: .task(TaskID(number))
        default: nil
        }
    }
}
