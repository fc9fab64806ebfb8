import Foundation

/// One row as it was (nil: it did not exist): what an undo puts back. Generic over the tables, so every kind of
/// change is undone the same way — the rows a command touched return to their state before it.
public enum RowImage: Codable, Sendable, Equatable {
    case patient(PatientID, Patient?)
    case staff(StaffID, Staff?)
    case shift(ShiftID, Shift?)
    case timeOff(TimeOffID, TimeOff?)
    case appointment(AppointmentID, Appointment?)
    case task(TaskID, TaskCard?)
    case claim(ClaimID, Claim?)
    case payment(PaymentID, PatientPayment?)
    case settings(PracticeSettings)

    /// The item it restores, as IDs print (`A-12`), or `settings`.
    public var item: String {
        switch self {
        case .patient(let id, _): id.description
        case .staff(let id, _): id.description
        case .shift(let id, _): id.description
        case .timeOff(let id, _): id.description
        case .appointment(let id, _): id.description
        case .task(let id, _): id.description
        case .claim(let id, _): id.description
        case .payment(let id, _): id.description
        case .settings: UndoEntry.settingsItem
        }
    }

    /// The row did not exist: restoring removes it.
    var isAbsent: Bool {
        switch self {
        case .patient(_, let row): row == nil
        case .staff(_, let row): row == nil
        case .shift(_, let row): row == nil
        case .timeOff(_, let row): row == nil
        case .appointment(_, let row): row == nil
        case .task(_, let row): row == nil
        case .claim(_, let row): row == nil
        case .payment(_, let row): row == nil
        case .settings: false
        }
    }
}

/// One command's group of events as the undo log remembers it: who, when, what, which items it wrote (and which
/// rows it only read), and the rows as they were before it — or why it cannot be undone.
public struct UndoEntry: Codable, Sendable, Equatable {
    static let settingsItem = "settings"

    /// The group's first and last seq.
    public var firstSeq: UInt64
    public var lastSeq: UInt64
    public var actor: String
    public var at: Date
    /// A few words naming the change (`check in A-12`), never a patient's name.
    public var summary: String
    /// Items whose rows it changed or added, as IDs print.
    public var written: [String]
    /// Items it added (no row before it): a later change that merely refers to one depends on it.
    public var added: [String]
    /// Rows it referred to without changing them (a booking's patient and provider).
    public var read: [String]
    /// The rows before the group, one per written item.
    public var before: [RowImage]
    /// Why this group cannot be undone (an ERA posting, claims sent in a file), or nil.
    public var irreversible: String?
    /// The seq of the group it undid, when it was an undo.
    public var undid: UInt64?

    public func contains(seq: UInt64) -> Bool { (firstSeq...lastSeq).contains(seq) }
}

/// The bounded log of recent command groups, across users, kept by `Practice.apply(group:)`. Deterministic: every
/// process applying the same journal holds the same log, and the snapshot stores it. Two chunks so that trimming
/// is O(1) amortized: `entries` is always the newest `capacity` (or all, when fewer).
public struct UndoLog: Codable, Sendable, Equatable {
    public static let capacity = 500

    private var older: [UndoEntry] = []
    private var recent: [UndoEntry] = []

    public init() {}

    public init(entries: [UndoEntry]) { recent = Array(entries.suffix(Self.capacity)) }

    /// Oldest first.
    public var entries: [UndoEntry] {
        let all = older + recent
        return Array(all.suffix(Self.capacity))
    }

    public var isEmpty: Bool { older.isEmpty && recent.isEmpty }

    mutating func append(_ entry: UndoEntry) {
        recent.append(entry)
        if recent.count >= Self.capacity {
            older = recent
            recent = []
        }
    }

    /// The entry of the group holding `seq`, if the log still has it.
    public func entry(containing seq: UInt64) -> UndoEntry? {
        if let found = recent.last(where: { $0.contains(seq: seq) }) { return found }
        return entries.last { $0.contains(seq: seq) }
    }

    /// Entries after `seq`, oldest first.
    public func entries(after seq: UInt64) -> [UndoEntry] {
        entries.filter { $0.firstSeq > seq }
    }

    /// One user's entries, newest first.
    public func entries(by actor: String) -> [UndoEntry] {
        entries.filter { $0.actor == actor }.reversed()
    }

    public static func == (lhs: UndoLog, rhs: UndoLog) -> Bool { lhs.entries == rhs.entries }

    private enum CodingKeys: String, CodingKey { case entries }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entries: try c.decode([UndoEntry].self, forKey: .entries))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entries, forKey: .entries)
    }
}
