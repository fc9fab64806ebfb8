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
