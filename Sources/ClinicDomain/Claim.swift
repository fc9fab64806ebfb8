import Foundation

/// An insurance claim for one visit (one CMS-1500 / 837P). Money in cents; codes checked by `MedicalCodes`.
public struct Claim: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "C"
    public var id: ClaimID
    public var patient: PatientID
    public var provider: StaffID
    public var payer: PayerID
    public var appointment: AppointmentID?
    public var dateOfService: LocalDate
    /// ICD-10-CM codes, with the dot (`E11.9`).
    public var diagnoses: [String]
    public var lines: [ServiceLine]
    public var status: ClaimStatus
    public var paid: Cents
    public var adjusted: Cents
    public var denial: Denial?
    public var submittedOn: LocalDate?
    public var followUp: LocalDate?
    public var history: [ClaimStamp]

    public init(
        id: ClaimID, patient: PatientID, provider: StaffID, payer: PayerID, appointment: AppointmentID?,
        dateOfService: LocalDate, diagnoses: [String], lines: [ServiceLine], status: ClaimStatus = .draft,
        paid: Cents = .zero, adjusted: Cents = .zero, denial: Denial? = nil, submittedOn: LocalDate? = nil,
        followUp: LocalDate? = nil, history: [ClaimStamp] = []
    ) {
        self.id = id; self.patient = patient; self.provider = provider; self.payer = payer
        self.appointment = appointment; self.dateOfService = dateOfService; self.diagnoses = diagnoses
        self.lines = lines; self.status = status; self.paid = paid; self.adjusted = adjusted; self.denial = denial
        self.submittedOn = submittedOn; self.followUp = followUp; self.history = history
    }

    /// CLM02: the sum of the line charges.
    public var billed: Cents { lines.reduce(.zero) { $0 + $1.charge } }
    /// What is still owed on the claim.
    public var open: Cents { status == .writtenOff ? .zero : max(.zero, billed - paid - adjusted) }

    /// The last day the payer accepts the claim: date of service + the payer's timely-filing limit.
    public func filingDeadline(payer: Payer) -> LocalDate { dateOfService.adding(days: payer.timelyFilingDays) }

    /// Days left to file; only claims not yet with the payer can miss the deadline.
    public func daysToFile(payer: Payer, today: LocalDate) -> Int? {
        guard status.awaitsFiling else { return nil }
        return today.days(until: filingDeadline(payer: payer))
    }

    public func ageInDays(today: LocalDate) -> Int { dateOfService.days(until: today) }
}

public struct ServiceLine: Codable, Sendable, Equatable {
    /// CPT (`99214`, `0001F`) or HCPCS Level II (`G0439`).
    public var code: String
    public var modifiers: [String]
    public var units: Int
    public var charge: Cents

    public init(code: String, modifiers: [String] = [], units: Int = 1, charge: Cents) {
        self.code = code; self.modifiers = modifiers; self.units = units; self.charge = charge
    }
}

/// A payer's denial: CARC group + code (e.g. `CO-50`), optional RARC (e.g. `N130`).
public struct Denial: Codable, Sendable, Equatable, CustomStringConvertible {
    public var group: AdjustmentGroup
    public var code: String
    public var rarc: String?

    public init(group: AdjustmentGroup, code: String, rarc: String? = nil) {
        self.group = group; self.code = code; self.rarc = rarc
    }

    public var description: String { "\(group.rawValue)-\(code)" }
    public var reason: String { CARC.describe(code) ?? "code \(code)" }
}

/// X12 claim adjustment groups: contractual, patient responsibility, other, payer-initiated.
public enum AdjustmentGroup: String, Codable, Sendable, CaseIterable { case CO, PR, OA, PI }

public struct ClaimStamp: Codable, Sendable, Equatable {
    public var status: ClaimStatus
    public var at: Date
    public var actor: String
    public var note: String?

    public init(status: ClaimStatus, at: Date, actor: String, note: String? = nil) {
        self.status = status; self.at = at; self.actor = actor; self.note = note
    }
}
