/// How a clinic staffs: who must be on the floor, when, and how many — a head count, a ratio to the providers on
/// the floor, or people needed only while some visits are booked. Rules hold within a day (00:00–24:00) on their
/// weekdays; a clinic open overnight writes one rule for each side of midnight.
public struct CoverageRule: Codable, Sendable, Equatable {
    /// What the floor calls it in a gap ("front desk", "MA", "licensed clinician", "opening").
    public var name: String
    /// Who counts toward it: one role, or several (a licensed clinician is any provider or a nurse).
    public var roles: [StaffRole]
    public var from: TimeOfDay
    public var to: TimeOfDay
    /// Weekdays it holds (0 Sunday … 6 Saturday).
    public var weekdays: [Int]
    public var need: CoverageNeed

    public init(
        name: String? = nil, roles: [StaffRole], from: TimeOfDay, to: TimeOfDay,
        weekdays: [Int] = CoverageRule.mondayToFriday, need: CoverageNeed
    ) {
        self.name = name ?? roles.first?.coverageName ?? "staff"
        self.roles = roles; self.from = from; self.to = to; self.weekdays = weekdays; self.need = need
    }

    /// At least `minimum` people in `role` (the rule from before ratios: "1 receptionist 08:00–17:00").
    public init(role: StaffRole, from: TimeOfDay, to: TimeOfDay, minimum: Int) {
        self.init(roles: [role], from: from, to: to, need: .atLeast(minimum))
    }

    public static let mondayToFriday = [1, 2, 3, 4, 5]

    /// What a small primary-care clinic staffs by: the desk open all day, an MA per provider on the floor, a
    /// nurse while procedures are booked, a licensed clinician while patients are seen, two people to open and
    /// to close.
    public static let standard: [CoverageRule] = [
        CoverageRule(
            name: "front desk", roles: [.receptionist], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .atLeast(1)),
        CoverageRule(
            name: "MA", roles: [.medicalAssistant], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .perProvider(1)),
        CoverageRule(
            name: "procedure nurse", roles: [.nurse], from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17),
            need: .whileBooked([.procedure], 1)),
        CoverageRule(
            name: "licensed clinician", roles: [.physician, .nursePractitioner, .physicianAssistant, .nurse],
            from: TimeOfDay(hour: 7), to: TimeOfDay(hour: 20), need: .whileSeeing(1)),
        CoverageRule(
            name: "opening", roles: [.receptionist, .medicalAssistant, .nurse, .manager], from: TimeOfDay(hour: 8),
            to: TimeOfDay(hour: 8, minute: 30), need: .atLeast(2)),
        CoverageRule(
            name: "closing", roles: [.receptionist, .medicalAssistant, .nurse, .manager],
            from: TimeOfDay(hour: 16, minute: 30), to: TimeOfDay(hour: 17), need: .atLeast(2)),
    ]

    /// "front desk: receptionist ≥1 08:00–17:00 Mon–Fri", for the roster's rules list and COMMANDS.md.
    public var summary: String {
        let who = roles.map(\.rawValue).joined(separator: "|")
        let days =
            weekdays == CoverageRule.mondayToFriday
            ? "Mon–Fri" : weekdays.sorted().map { LocalDate.weekdayShortNames[($0 % 7 + 7) % 7] }.joined(separator: ",")
        return "\(name): \(who) \(need.summary) \(from)–\(to) \(days)"
    }

    private enum CodingKeys: String, CodingKey {
        case name, roles, from, to, weekdays, minimum, perProvider, whileBooked, whileSeeing, role
    }

    /// Rules written before ratios read `{role, from, to, minimum}`: a head count on weekdays.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let from = try c.decode(TimeOfDay.self, forKey: .from), to = try c.decode(TimeOfDay.self, forKey: .to)
        if let role = try c.decodeIfPresent(StaffRole.self, forKey: .role) {
            self.init(role: role, from: from, to: to, minimum: try c.decode(Int.self, forKey: .minimum))
            return
        }
        let need: CoverageNeed
        if let ratio = try c.decodeIfPresent(Double.self, forKey: .perProvider) {
            need = .perProvider(ratio)
        } else if let types = try c.decodeIfPresent([VisitType].self, forKey: .whileBooked) {
            need = .whileBooked(types, try c.decodeIfPresent(Int.self, forKey: .minimum) ?? 1)
        } else if try c.decodeIfPresent(Bool.self, forKey: .whileSeeing) == true {
            need = .whileSeeing(try c.decodeIfPresent(Int.self, forKey: .minimum) ?? 1)
        } else {
            need = .atLeast(try c.decode(Int.self, forKey: .minimum))
        }
        self.init(
            name: try c.decode(String.self, forKey: .name), roles: try c.decode([StaffRole].self, forKey: .roles),
            from: from, to: to, weekdays: try c.decode([Int].self, forKey: .weekdays), need: need)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(roles, forKey: .roles)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(weekdays, forKey: .weekdays)
        switch need {
        case .atLeast(let n): try c.encode(n, forKey: .minimum)
        case .perProvider(let ratio): try c.encode(ratio, forKey: .perProvider)
        case .whileBooked(let types, let n):
            try c.encode(types, forKey: .whileBooked); try c.encode(n, forKey: .minimum)
        case .whileSeeing(let n):
            try c.encode(true, forKey: .whileSeeing); try c.encode(n, forKey: .minimum)
        }
    }
}

/// How many people a rule asks for in one stretch of the day.
public enum CoverageNeed: Sendable, Equatable {
    /// A fixed head count.
    case atLeast(Int)
    /// `ratio` per provider on the floor, rounded up (1.0: an MA for every provider; 0.5: one for two).
    case perProvider(Double)
    /// `minimum` while a visit of one of these types is booked (a nurse for procedures).
    case whileBooked([VisitType], Int)
    /// `minimum` while any patient is booked (a licensed clinician on site).
    case whileSeeing(Int)

    public var summary: String {
        switch self {
        case .atLeast(let n): return "≥\(n)"
        case .perProvider(let ratio): return "\(CoverageNeed.ratioText(ratio)) per provider"
        case .whileBooked(let types, let n): return "≥\(n) while \(types.map(\.rawValue).joined(separator: "|")) booked"
        case .whileSeeing(let n): return "≥\(n) while patients are seen"
        }
    }

    static func ratioText(_ ratio: Double) -> String {
        ratio == ratio.rounded() ? String(Int(ratio)) : String(ratio)
    }
}
