import Foundation

/// Practice-wide settings: name, time zone, thresholds the flow board and alerts use, WIP limits, coverage rules.
public struct PracticeSettings: Codable, Sendable, Equatable {
    public var name: String
    /// IANA zone (`America/New_York`): the practice's wall clock. Never the machine's, so tests are reproducible.
    public var timeZoneID: String
    public var waitWarnMinutes: Int
    public var waitLateMinutes: Int
    /// Minutes past the start with no arrival before an appointment is flagged as a likely no-show.
    public var noShowGraceMinutes: Int
    /// A provider whose patients wait this long past their start time is "running late".
    public var providerLateMinutes: Int
    /// A cancellation this many hours or fewer before the start is a late cancellation: the flow metrics count
    /// it beside the no-shows. Absent from settings written before it existed: 24.
    public var lateCancelHours: Int
    public var filingWarningDays: Int
    public var credentialWarningDays: Int
    public var slotMinutes: Int
    public var dayStart: TimeOfDay
    public var dayEnd: TimeOfDay
    public var rooms: [String]
    public var wipLimits: [BoardColumn: Int]
    public var coverage: [CoverageRule]
    /// The practice's charges per code. Absent from settings written before it existed: the standard schedule.
    public var feeSchedule: FeeSchedule
    /// Who bills (the 837P's billing provider); nil until set, and then no claim can be exported.
    public var billing: BillingProvider?
    /// A visit checked out this many days ago with no claim is an alert ("unbilled").
    public var unbilledAlertDays: Int
    /// Days before a credential's expiry when it starts to warn, widest first to nearest (90, 60, 30).
    public var credentialWarningWindows: [Int]
    /// The practice's own credentials (CLIA certificate), which expire like staff ones.
    public var practiceCredentials: [Credential]
    /// Done cards older than this many days leave the board view (still findable: `task find --archived`).
    public var archiveDoneAfterDays: Int
    /// Duties done on a schedule (opening checklist, supply order, payroll close): each occurrence becomes a card.
    /// Absent from settings written before it existed: none.
    public var duties: [RecurringDuty] = []

    public init(
        name: String, timeZoneID: String, waitWarnMinutes: Int = 15, waitLateMinutes: Int = 30,
        noShowGraceMinutes: Int = 15, providerLateMinutes: Int = 20, filingWarningDays: Int = 15,
        credentialWarningDays: Int = 30, slotMinutes: Int = 15, dayStart: TimeOfDay = TimeOfDay(hour: 8),
        dayEnd: TimeOfDay = TimeOfDay(hour: 17), rooms: [String] = ["1", "2", "3", "4", "5", "6"],
        wipLimits: [BoardColumn: Int] = [.today: 6, .doing: 3],
        coverage: [CoverageRule] = CoverageRule.standard,
        lateCancelHours: Int = PracticeSettings.defaultLateCancelHours,
        feeSchedule: FeeSchedule = .standard, billing: BillingProvider? = nil,
        unbilledAlertDays: Int = PracticeSettings.defaultUnbilledAlertDays,
        credentialWarningWindows: [Int] = PracticeSettings.defaultCredentialWarningWindows,
        practiceCredentials: [Credential] = [],
        archiveDoneAfterDays: Int = PracticeSettings.defaultArchiveDoneAfterDays
    ) {
        self.name = name; self.timeZoneID = timeZoneID; self.waitWarnMinutes = waitWarnMinutes
        self.waitLateMinutes = waitLateMinutes; self.noShowGraceMinutes = noShowGraceMinutes
        self.providerLateMinutes = providerLateMinutes; self.filingWarningDays = filingWarningDays
        self.credentialWarningDays = credentialWarningDays; self.slotMinutes = slotMinutes
        self.dayStart = dayStart; self.dayEnd = dayEnd; self.rooms = rooms; self.wipLimits = wipLimits
        self.coverage = coverage; self.lateCancelHours = lateCancelHours
        self.feeSchedule = feeSchedule; self.billing = billing; self.unbilledAlertDays = unbilledAlertDays
        self.credentialWarningWindows = credentialWarningWindows; self.practiceCredentials = practiceCredentials
        self.archiveDoneAfterDays = archiveDoneAfterDays
    }

    public static let defaultLateCancelHours = 24
    public static let defaultUnbilledAlertDays = 3
    public static let defaultArchiveDoneAfterDays = 7
    public static let defaultCredentialWarningWindows = [90, 60, 30]

    public var timeZone: TimeZone { TimeZone(identifier: timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current }
    public var clock: PracticeClock { PracticeClock(timeZone: timeZone) }

    private enum CodingKeys: String, CodingKey {
        case name, timeZoneID, waitWarnMinutes, waitLateMinutes, noShowGraceMinutes, providerLateMinutes
        case filingWarningDays, credentialWarningDays, slotMinutes, dayStart, dayEnd, rooms, wipLimits, coverage
        case lateCancelHours, feeSchedule, billing, unbilledAlertDays, credentialWarningWindows, practiceCredentials
        case archiveDoneAfterDays
        case duties
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        timeZoneID = try c.decode(String.self, forKey: .timeZoneID)
        waitWarnMinutes = try c.decode(Int.self, forKey: .waitWarnMinutes)
        waitLateMinutes = try c.decode(Int.self, forKey: .waitLateMinutes)
        noShowGraceMinutes = try c.decode(Int.self, forKey: .noShowGraceMinutes)
        providerLateMinutes = try c.decode(Int.self, forKey: .providerLateMinutes)
        filingWarningDays = try c.decode(Int.self, forKey: .filingWarningDays)
        credentialWarningDays = try c.decode(Int.self, forKey: .credentialWarningDays)
        slotMinutes = try c.decode(Int.self, forKey: .slotMinutes)
        dayStart = try c.decode(TimeOfDay.self, forKey: .dayStart)
        dayEnd = try c.decode(TimeOfDay.self, forKey: .dayEnd)
        rooms = try c.decode([String].self, forKey: .rooms)
        // Keyed by column name so the JSON reads {"doing": 3}, not an array of pairs.
        let limits = try c.decode([String: Int].self, forKey: .wipLimits)
        wipLimits = Dictionary(
            uniqueKeysWithValues: limits.compactMap { key, value in
                BoardColumn(rawValue: key).map { ($0, value) }
            })
        coverage = try c.decode([CoverageRule].self, forKey: .coverage)
        lateCancelHours =
            try c.decodeIfPresent(Int.self, forKey: .lateCancelHours) ?? PracticeSettings.defaultLateCancelHours
        feeSchedule = try c.decodeIfPresent(FeeSchedule.self, forKey: .feeSchedule) ?? .standard
        billing = try c.decodeIfPresent(BillingProvider.self, forKey: .billing)
        unbilledAlertDays =
            try c.decodeIfPresent(Int.self, forKey: .unbilledAlertDays) ?? PracticeSettings.defaultUnbilledAlertDays
        credentialWarningWindows =
            try c.decodeIfPresent([Int].self, forKey: .credentialWarningWindows)
            ?? PracticeSettings.defaultCredentialWarningWindows
        practiceCredentials = try c.decodeIfPresent([Credential].self, forKey: .practiceCredentials) ?? []
        archiveDoneAfterDays =
            try c.decodeIfPresent(Int.self, forKey: .archiveDoneAfterDays)
            ?? PracticeSettings.defaultArchiveDoneAfterDays
        duties = try c.decodeIfPresent([RecurringDuty].self, forKey: .duties) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(timeZoneID, forKey: .timeZoneID)
        try c.encode(waitWarnMinutes, forKey: .waitWarnMinutes)
        try c.encode(waitLateMinutes, forKey: .waitLateMinutes)
        try c.encode(noShowGraceMinutes, forKey: .noShowGraceMinutes)
        try c.encode(providerLateMinutes, forKey: .providerLateMinutes)
        try c.encode(filingWarningDays, forKey: .filingWarningDays)
        try c.encode(credentialWarningDays, forKey: .credentialWarningDays)
        try c.encode(slotMinutes, forKey: .slotMinutes)
        try c.encode(dayStart, forKey: .dayStart)
        try c.encode(dayEnd, forKey: .dayEnd)
        try c.encode(rooms, forKey: .rooms)
        try c.encode(
            Dictionary(uniqueKeysWithValues: wipLimits.map { ($0.key.rawValue, $0.value) }), forKey: .wipLimits)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(lateCancelHours, forKey: .lateCancelHours)
        try c.encode(feeSchedule, forKey: .feeSchedule)
        try c.encodeIfPresent(billing, forKey: .billing)
        try c.encode(unbilledAlertDays, forKey: .unbilledAlertDays)
        try c.encode(credentialWarningWindows, forKey: .credentialWarningWindows)
        try c.encode(practiceCredentials, forKey: .practiceCredentials)
        try c.encode(archiveDoneAfterDays, forKey: .archiveDoneAfterDays)
        if !duties.isEmpty { try c.encode(duties, forKey: .duties) }
    }
}
