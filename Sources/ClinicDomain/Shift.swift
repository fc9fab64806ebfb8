/// One person's working hours on one day, in the role they cover that day.
public struct Shift: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "SH"
    public var id: ShiftID
    public var staff: StaffID
    public var day: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var role: StaffRole

    public init(id: ShiftID, staff: StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay, role: StaffRole) {
        self.id = id; self.staff = staff; self.day = day; self.start = start; self.end = end; self.role = role
    }

    public func covers(_ time: TimeOfDay) -> Bool { start <= time && time < end }
    public func covers(from: TimeOfDay, to: TimeOfDay) -> Bool { start <= from && to <= end }
}

/// Time away: requested → approved | denied; a sick call is recorded approved at once.
public struct TimeOff: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "R"
    public var id: TimeOffID
    public var staff: StaffID
    public var kind: TimeOffKind
    public var from: LocalDate
    public var through: LocalDate
    public var status: TimeOffStatus
    public var note: String
    public var requestedAt: Date
    public var decidedBy: String?

    public init(
        id: TimeOffID, staff: StaffID, kind: TimeOffKind, from: LocalDate, through: LocalDate,
        status: TimeOffStatus, note: String = "", requestedAt: Date, decidedBy: String? = nil
    ) {
        self.id = id; self.staff = staff; self.kind = kind; self.from = from; self.through = through
        self.status = status; self.note = note; self.requestedAt = requestedAt; self.decidedBy = decidedBy
    }

    public func includes(_ day: LocalDate) -> Bool { from <= day && day <= through }
    /// Approved leave (PTO or sick) keeps the person off the floor; a pending request does not yet.
    public var isInForce: Bool { status == .approved }
}

public enum TimeOffKind: String, Codable, Sendable { case pto, sick }
public enum TimeOffStatus: String, Codable, Sendable { case requested, approved, denied }

import Foundation
