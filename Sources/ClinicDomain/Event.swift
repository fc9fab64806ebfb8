import Foundation

/// A fact that happened: what changed, when, by whom, and its place (`seq`) in the journal's order of truth.
public struct Event: Codable, Sendable, Equatable {
    public let seq: UInt64
    public let at: Date
    public let actor: String
    public let change: Change

    public init(seq: UInt64, at: Date, actor: String, change: Change) {
        self.seq = seq; self.at = at; self.actor = actor; self.change = change
    }
}

/// What an event records. Carries everything `apply` needs, so replay never re-validates.
public enum Change: Codable, Sendable, Equatable {
    case patientAdded(Patient)
    case paperworkCompleted(PatientID)
    case appointmentBooked(Appointment)
    case appointmentStatusChanged(AppointmentID, to: FlowStatus, room: String?, note: String?)
    case appointmentMoved(AppointmentID, day: LocalDate, start: TimeOfDay, provider: StaffID, overbooked: Bool)
    case insuranceVerified(AppointmentID, verified: Bool)
    case copayCollected(AppointmentID, amount: Cents)
    case taskAdded(TaskCard)
    case taskMoved(TaskID, to: BoardColumn, rank: Int)
    case taskAssigned(TaskID, to: StaffID?)
    case claimStatusChanged(ClaimID, to: ClaimStatus, note: String?)
    case claimPaid(ClaimID, amount: Cents, adjustment: Cents, to: ClaimStatus)
    case claimDenied(ClaimID, Denial)
    case claimFollowUpSet(ClaimID, LocalDate)
    case timeOffRecorded(TimeOff)
    case timeOffDecided(TimeOffID, to: TimeOffStatus)
    case shiftAdded(Shift)
    case shiftRemoved(ShiftID)
    case claimCreated(Claim)
    case claimEdited(ClaimID, diagnoses: [String], lines: [ServiceLine], placeOfService: String)
    case claimSubmitted(ClaimID, lateAfter: LocalDate?, note: String?)
    case claimPosted(ClaimID, ClaimPostingBatch)
    case claimNoted(ClaimID, String)
    case patientPaymentRecorded(PatientPayment)
    case settingsChanged(PracticeSettings)
    case staffAdded(Staff)
    /// The whole new row: an edit, a deactivation, a credential, the template.
    case staffChanged(Staff)
    /// The whole new row: new hours or break, or another person (a swap).
    case shiftChanged(Shift)
    /// A time-clock punch at the event's time.
    case shiftPunched(ShiftID, ClockAction)
    /// A decision with its reason (a denial) or what it overrode (an approval over conflicts).
    case timeOffDecision(TimeOffID, to: TimeOffStatus, note: String?)
    case accountAdded(Account)
    /// The whole new row: a new PIN, role or active flag.
    case accountChanged(Account)
    /// An undo (or, undoing an undo, a redo): the rows the group `undoing` touched, put back as they were.
    case rowsRestored(undoing: UInt64, [RowImage])
    /// The whole new card after an edit, a label, a checklist step or a link (tag 36).
    case taskChanged(TaskCard)
    /// The event before it (an add or move) put the card into a full column knowingly: `count` cards were already
    /// there against a limit of `limit` (tag 37).
    case wipOverridden(TaskID, column: BoardColumn, count: Int, limit: Int)
    /// `login` snoozed the alert `identity` until then (nil: shown again). Not in the undo log: a view setting
    /// of one user, taken back with `alert unsnooze`.
    case alertSnoozed(login: String, identity: String, until: Date?)
}

/// Money posted to one claim at once and the status it leaves: one claim of a remittance, a manual payment, an
/// adjustment, a write-off or a reversal.
public struct ClaimPostingBatch: Codable, Sendable, Equatable {
    public var postings: [ClaimPosting]
    public var status: ClaimStatus
    /// The payer's denial it records; nil leaves the claim's denial as it was unless `clearsDenial`.
    public var denial: Denial?
    public var clearsDenial: Bool
    public var payerClaimNumber: String?
    /// The history line (`ERA 0012345: paid 111.65, CO-45 33.35`).
    public var note: String

    public init(
        postings: [ClaimPosting], status: ClaimStatus, denial: Denial? = nil, clearsDenial: Bool = false,
        payerClaimNumber: String? = nil, note: String
    ) {
        self.postings = postings; self.status = status; self.denial = denial; self.clearsDenial = clearsDenial
        self.payerClaimNumber = payerClaimNumber; self.note = note
    }
}

/// Why a command was refused: names the item and the rule.
public struct DomainError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The one JSON dialect for journal payloads, snapshots and exports: sorted keys, dates as whole-second ISO-8601.
public enum DomainCoding {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Event times are whole seconds so that a replayed state equals the live one byte for byte.
    public static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
