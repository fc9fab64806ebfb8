import Foundation

/// A duty the office does on a schedule — the opening checklist every working day, the supply order each Friday,
/// payroll close on the month's last day, the quarterly OSHA walk-through, the yearly policy review. It is part of
/// the practice's settings; each time it falls due a card for that day (its occurrence) goes on the board, once,
/// however many terminals and `exec` writers are open (`Practice.dutiesDue`).
public struct RecurringDuty: Codable, Sendable, Equatable, Identifiable {
    /// Stable within the practice: cards name the duty they came from by it.
    public var id: Int
    public var title: String
    public var rule: DutyRule
    /// When on its day it is due (nil: by the end of the day).
    public var time: TimeOfDay?
    public var owner: StaffID?
    public var labels: [String]
    public var priority: TaskPriority
    /// Items copied onto each occurrence's checklist.
    public var checklist: [String]
    /// Days before its day the card appears (a supply order to prepare): 0 puts it on the board that morning.
    public var leadDays: Int

    public init(
        id: Int, title: String, rule: DutyRule, time: TimeOfDay? = nil, owner: StaffID? = nil, labels: [String] = [],
        priority: TaskPriority = .normal, checklist: [String] = [], leadDays: Int = 0
    ) {
        self.id = id; self.title = title; self.rule = rule; self.time = time; self.owner = owner
        self.labels = labels; self.priority = priority; self.checklist = checklist; self.leadDays = leadDays
    }

    /// "D-3", as commands and cards name it.
    public var label: String { "D-\(id)" }

    private enum CodingKeys: String, CodingKey {
        case id, title, rule, time, owner, labels, priority, checklist, leadDays
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        rule = try c.decode(DutyRule.self, forKey: .rule)
        time = try c.decodeIfPresent(TimeOfDay.self, forKey: .time)
        owner = try c.decodeIfPresent(StaffID.self, forKey: .owner)
        labels = try c.decodeIfPresent([String].self, forKey: .labels) ?? []
        priority = try c.decodeIfPresent(TaskPriority.self, forKey: .priority) ?? .normal
        checklist = try c.decodeIfPresent([String].self, forKey: .checklist) ?? []
        leadDays = try c.decodeIfPresent(Int.self, forKey: .leadDays) ?? 0
    }
}
