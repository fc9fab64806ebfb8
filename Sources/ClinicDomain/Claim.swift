import Foundation

/// An insurance claim for one visit (one CMS-1500 / 837P). Money in cents, posted as `ClaimPosting`s; codes
/// checked by `MedicalCodes`.
public struct Claim: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "C"
    public var id: ClaimID
    public var patient: PatientID
    /// The rendering provider.
    public var provider: StaffID
    public var payer: PayerID
    public var appointment: AppointmentID?
    public var dateOfService: LocalDate
    /// ICD-10-CM codes, with the dot (`E11.9`); a line's pointers count from 1 into this list.
    public var diagnoses: [String]
    public var lines: [ServiceLine]
    public var status: ClaimStatus
    public var postings: [ClaimPosting]
    public var denial: Denial?
    public var submittedOn: LocalDate?
    /// The day the payer accepted it (277CA): the timely-filing clock stops here, not at submission.
    public var acceptedOn: LocalDate?
    public var followUp: LocalDate?
    public var history: [ClaimStamp]
    /// CMS place of service: 11 office, 02 / 10 telehealth.
    public var placeOfService: String
    public var frequency: ClaimFrequency
    /// For a replacement (7) or void (8): the claim it corrects.
    public var replaces: ClaimID?
    /// The payer's claim control number (CLP07), which a replacement or void must quote (REF*F8).
    public var payerClaimNumber: String?
    /// Submitted past the payer's filing deadline by someone's explicit decision: the deadline it missed.
    public var filedLateAfter: LocalDate?
    /// A secondary claim: the primary claim whose adjudication it carries.
    public var primaryClaim: ClaimID?

    public init(
        id: ClaimID, patient: PatientID, provider: StaffID, payer: PayerID, appointment: AppointmentID?,
        dateOfService: LocalDate, diagnoses: [String], lines: [ServiceLine], status: ClaimStatus = .draft,
        postings: [ClaimPosting] = [], denial: Denial? = nil, submittedOn: LocalDate? = nil,
        acceptedOn: LocalDate? = nil, followUp: LocalDate? = nil, history: [ClaimStamp] = [],
        placeOfService: String = "11", frequency: ClaimFrequency = .original, replaces: ClaimID? = nil,
        payerClaimNumber: String? = nil, filedLateAfter: LocalDate? = nil, primaryClaim: ClaimID? = nil
    ) {
        self.id = id; self.patient = patient; self.provider = provider; self.payer = payer
        self.appointment = appointment; self.dateOfService = dateOfService; self.diagnoses = diagnoses
        self.lines = lines; self.status = status; self.postings = postings; self.denial = denial
        self.submittedOn = submittedOn; self.acceptedOn = acceptedOn; self.followUp = followUp
        self.history = history; self.placeOfService = placeOfService; self.frequency = frequency
        self.replaces = replaces; self.payerClaimNumber = payerClaimNumber; self.filedLateAfter = filedLateAfter
        self.primaryClaim = primaryClaim
    }

    /// CLM02: the sum of the line charges.
    public var billed: Cents { lines.reduce(.zero) { $0 + $1.charge } }
    public var money: ClaimMoney { ClaimMoney(billed: billed, postings: postings) }
    /// Paid by the payer so far.
    public var paid: Cents { money.payerPaid }
    /// Adjusted (CO, OA, PI) and written off so far.
    public var adjusted: Cents { money.adjusted }
    /// What the payer still owes: insurance A/R. Zero once the claim is closed; a credit is not "open".
    /// A void claim (frequency 8) only cancels another: it is never owed.
    public var open: Cents { status.isOpen && frequency != .void ? max(.zero, money.insuranceBalance) : .zero }

    /// The last day the payer accepts the claim: date of service + the payer's timely-filing limit.
    public func filingDeadline(payer: Payer) -> LocalDate { dateOfService.adding(days: payer.timelyFilingDays) }

    /// Days left to file; the clock runs until the payer accepts the claim (a submitted claim the payer has not
    /// acknowledged can still be lost to the deadline).
    public func daysToFile(payer: Payer, today: LocalDate) -> Int? {
        guard status.awaitsFiling else { return nil }
        return today.days(until: filingDeadline(payer: payer))
    }

    public func ageInDays(today: LocalDate) -> Int { dateOfService.days(until: today) }
}

/// CLM05-3: what this claim is to the payer.
public enum ClaimFrequency: String, Codable, Sendable, CaseIterable {
    case original = "1"
    case replacement = "7"
    case void = "8"

    public var label: String {
        switch self {
        case .original: return "original"
        case .replacement: return "replacement"
        case .void: return "void"
        }
    }
}

public struct ServiceLine: Codable, Sendable, Equatable {
    /// CPT (`99214`, `0001F`) or HCPCS Level II (`G0439`).
    public var code: String
    public var modifiers: [String]
    public var units: Int
    public var charge: Cents
    /// Which of the claim's diagnoses this line treats, counting from 1 (at most 4). Empty: the first.
    public var pointers: [Int]

    public init(code: String, modifiers: [String] = [], units: Int = 1, charge: Cents, pointers: [Int] = []) {
        self.code = code; self.modifiers = modifiers; self.units = units; self.charge = charge
        self.pointers = pointers
    }

    /// The pointers as sent: the first diagnosis when none were named.
    public var effectivePointers: [Int] { pointers.isEmpty ? [1] : pointers }
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

extension Claim {
    private enum CodingKeys: String, CodingKey {
        case id, patient, provider, payer, appointment, dateOfService, diagnoses, lines, status, postings, denial
        case submittedOn, acceptedOn, followUp, history, placeOfService, frequency, replaces, payerClaimNumber
        case filedLateAfter, primaryClaim
    }

    /// Claims written before postings held one `paid` and one `adjusted` amount.
    private enum LegacyKeys: String, CodingKey { case paid, adjusted }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ClaimID.self, forKey: .id)
        patient = try c.decode(PatientID.self, forKey: .patient)
        provider = try c.decode(StaffID.self, forKey: .provider)
        payer = try c.decode(PayerID.self, forKey: .payer)
        appointment = try c.decodeIfPresent(AppointmentID.self, forKey: .appointment)
        dateOfService = try c.decode(LocalDate.self, forKey: .dateOfService)
        diagnoses = try c.decode([String].self, forKey: .diagnoses)
        lines = try c.decode([ServiceLine].self, forKey: .lines)
        status = try c.decode(ClaimStatus.self, forKey: .status)
        denial = try c.decodeIfPresent(Denial.self, forKey: .denial)
        submittedOn = try c.decodeIfPresent(LocalDate.self, forKey: .submittedOn)
        acceptedOn = try c.decodeIfPresent(LocalDate.self, forKey: .acceptedOn)
        followUp = try c.decodeIfPresent(LocalDate.self, forKey: .followUp)
        history = try c.decode([ClaimStamp].self, forKey: .history)
        placeOfService = try c.decodeIfPresent(String.self, forKey: .placeOfService) ?? "11"
        frequency = try c.decodeIfPresent(ClaimFrequency.self, forKey: .frequency) ?? .original
        replaces = try c.decodeIfPresent(ClaimID.self, forKey: .replaces)
        payerClaimNumber = try c.decodeIfPresent(String.self, forKey: .payerClaimNumber)
        filedLateAfter = try c.decodeIfPresent(LocalDate.self, forKey: .filedLateAfter)
        primaryClaim = try c.decodeIfPresent(ClaimID.self, forKey: .primaryClaim)
        if let postings = try c.decodeIfPresent([ClaimPosting].self, forKey: .postings) {
            self.postings = postings
        } else {
            let legacy = try decoder.container(keyedBy: LegacyKeys.self)
            let paid = try legacy.decodeIfPresent(Cents.self, forKey: .paid) ?? .zero
            let adjusted = try legacy.decodeIfPresent(Cents.self, forKey: .adjusted) ?? .zero
            let day = submittedOn ?? dateOfService
            self.postings = Claim.legacyPostings(paid: paid, adjusted: adjusted, on: day)
        }
    }

    /// One payment and one contractual adjustment, as a claim of the one-bucket days is read now. The old
    /// `adjusted` was, in every place that wrote it, the payer's contractual reduction (CO-45).
    public static func legacyPostings(paid: Cents, adjusted: Cents, on day: LocalDate) -> [ClaimPosting] {
        var postings: [ClaimPosting] = []
        if paid != .zero { postings.append(ClaimPosting(bucket: .payerPaid, amount: paid, on: day)) }
        if adjusted != .zero {
            postings.append(ClaimPosting(bucket: .contractual, amount: adjusted, reason: "45", on: day))
        }
        return postings
    }
}

extension ServiceLine {
    private enum CodingKeys: String, CodingKey { case code, modifiers, units, charge, pointers }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        modifiers = try c.decode([String].self, forKey: .modifiers)
        units = try c.decode(Int.self, forKey: .units)
        charge = try c.decode(Cents.self, forKey: .charge)
        pointers = try c.decodeIfPresent([Int].self, forKey: .pointers) ?? []
    }
}
