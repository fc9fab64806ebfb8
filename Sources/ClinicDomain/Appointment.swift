import Foundation

/// A booked visit and its walk through the front office (OpenEMR's Patient Flow Board is the model).
public struct Appointment: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "A"
    public var id: AppointmentID
    public var patient: PatientID
    public var provider: StaffID
    public var day: LocalDate
    public var start: TimeOfDay
    public var minutes: Int
    public var visitType: VisitType
    public var reason: String
    public var status: FlowStatus
    public var room: String?
    /// Every status or room change, time- and user-stamped: the flow board's audit trail.
    public var history: [FlowStamp]
    public var insuranceVerifiedAt: Date?
    public var copayDue: Cents
    public var copayCollected: Cents
    public var arrivedLate: Bool
    public var cancelReason: String?
    /// Booked despite a conflict, on purpose.
    public var overbooked: Bool

    public init(
        id: AppointmentID, patient: PatientID, provider: StaffID, day: LocalDate, start: TimeOfDay,
        minutes: Int, visitType: VisitType, reason: String, status: FlowStatus = .scheduled,
        room: String? = nil, history: [FlowStamp] = [], insuranceVerifiedAt: Date? = nil,
        copayDue: Cents = .zero, copayCollected: Cents = .zero, arrivedLate: Bool = false,
        cancelReason: String? = nil, overbooked: Bool = false
    ) {
        self.id = id; self.patient = patient; self.provider = provider; self.day = day; self.start = start
        self.minutes = minutes; self.visitType = visitType; self.reason = reason; self.status = status
        self.room = room; self.history = history; self.insuranceVerifiedAt = insuranceVerifiedAt
        self.copayDue = copayDue; self.copayCollected = copayCollected; self.arrivedLate = arrivedLate
        self.cancelReason = cancelReason; self.overbooked = overbooked
    }

    public var end: TimeOfDay { TimeOfDay(minutes: start.minutes + minutes) }

    /// Copay still to collect (never negative).
    public var copayOutstanding: Cents { max(.zero, copayDue - copayCollected) }

    /// Collected beyond the copay due (`appt copay A-31 AMOUNT --over`): a prepayment, credited to the patient.
    /// The practice keeps no separate balance ledger; the export shows it as `copayCollected` above `copayDue`.
    public var copayPrepaid: Cents { max(.zero, copayCollected - copayDue) }

    /// When the appointment entered `status` most recently, if it did.
    public func enteredAt(_ status: FlowStatus) -> Date? {
        history.last(where: { $0.status == status })?.at
    }

    /// When the current status began (the last stamp).
    public var statusSince: Date? { history.last?.at }

    public func overlaps(day other: LocalDate, start otherStart: TimeOfDay, minutes otherMinutes: Int) -> Bool {
        day == other && start.minutes < otherStart.minutes + otherMinutes && otherStart.minutes < end.minutes
    }

    /// Still holds its slot (cancelled, rescheduled-away and no-show appointments free it).
    public var holdsSlot: Bool { status.holdsSlot }
}

public struct FlowStamp: Codable, Sendable, Equatable {
    public var status: FlowStatus
    public var at: Date
    public var actor: String
    /// Few stamps carry a room or a note, so both live behind one optional reference: a stamp is 40 bytes instead
    /// of 64, and the large practice holds ~400k of them.
    private var extra: Extra?

    public var room: String? {
        get { extra?.room }
        set { extra = Extra.make(room: newValue, note: note) }
    }

    public var note: String? {
        get { extra?.note }
        set { extra = Extra.make(room: room, note: newValue) }
    }

    public init(status: FlowStatus, at: Date, actor: String, room: String? = nil, note: String? = nil) {
        self.status = status; self.at = at; self.actor = actor
        extra = Extra.make(room: room, note: note)
    }

    public static func == (lhs: FlowStamp, rhs: FlowStamp) -> Bool {
        lhs.status == rhs.status && lhs.at == rhs.at && lhs.actor == rhs.actor && lhs.room == rhs.room
            && lhs.note == rhs.note
    }

    private enum CodingKeys: String, CodingKey { case status, at, actor, room, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            status: try c.decode(FlowStatus.self, forKey: .status), at: try c.decode(Date.self, forKey: .at),
            actor: try c.decode(String.self, forKey: .actor), room: try c.decodeIfPresent(String.self, forKey: .room),
            note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(at, forKey: .at)
        try c.encode(actor, forKey: .actor)
        try c.encodeIfPresent(room, forKey: .room)
        try c.encodeIfPresent(note, forKey: .note)
    }

    /// Immutable, so stamps that share one stay values.
    private final class Extra: Sendable {
        let room: String?
        let note: String?

        private init(room: String?, note: String?) { self.room = room; self.note = note }

        static func make(room: String?, note: String?) -> Extra? {
            room == nil && note == nil ? nil : Extra(room: room, note: note)
        }
    }
}

public enum VisitType: String, Codable, Sendable, CaseIterable {
    case newPatient = "new-patient", followUp = "follow-up", physical, sick, procedure, telehealth

    public var shortLabel: String {
        switch self {
        case .newPatient: return "new"
        case .followUp: return "f/u"
        case .physical: return "phys"
        case .sick: return "sick"
        case .procedure: return "proc"
        case .telehealth: return "tele"
        }
    }

    public var defaultMinutes: Int {
        switch self {
        case .newPatient, .physical: return 40
        case .procedure: return 30
        case .followUp, .sick, .telehealth: return 20
        }
    }
}
