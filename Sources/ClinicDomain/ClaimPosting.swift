import Foundation

/// Where a posted amount goes. A payer's remittance splits every dollar of a charge into what it paid and why it
/// did not pay the rest (the CAS groups); the practice adds write-offs of its own. Each bucket is its own column in
/// a billing manager's ledger: contractual money was never owed, patient responsibility moves to the patient's
/// balance, a write-off is money the practice gave up.
public enum PostingBucket: String, Codable, Sendable, CaseIterable {
    /// Paid by the payer (CLP04 / SVC03; a manual `claim pay`).
    case payerPaid = "payer-paid"
    /// CO: contractual obligation — the fee above the payer's allowed amount, or a denial the practice must absorb.
    case contractual = "CO"
    /// PR: the patient owes it (deductible, coinsurance, copay, non-covered): goes to the patient's balance.
    case patientResponsibility = "PR"
    /// OA: other adjustments (e.g. a prior payer's adjudication).
    case otherAdjustment = "OA"
    /// PI: payer-initiated reductions.
    case payerInitiated = "PI"
    /// A write-off the practice decides (small balance, bad debt, timely filing lost), with its reason.
    case writeOff = "write-off"

    public init(group: AdjustmentGroup) {
        switch group {
        case .CO: self = .contractual
        case .PR: self = .patientResponsibility
        case .OA: self = .otherAdjustment
        case .PI: self = .payerInitiated
        }
    }

    public var label: String {
        switch self {
        case .payerPaid: return "paid"
        case .contractual: return "CO"
        case .patientResponsibility: return "PR"
        case .otherAdjustment: return "OA"
        case .payerInitiated: return "PI"
        case .writeOff: return "write-off"
        }
    }
}

/// One amount posted to a claim. Signed: a reversal posts the same amounts negated, so every total stays a plain
/// sum and nothing is ever edited in place.
public struct ClaimPosting: Codable, Sendable, Equatable {
    public var bucket: PostingBucket
    public var amount: Cents
    /// The CARC for an adjustment (`45`, `1`), the reason for a write-off ("small balance"); empty for a payment.
    public var reason: String
    /// The day the money moved (the ERA's payment date, or the day a biller posted it).
    public var on: LocalDate
    /// Where it came from: the remittance key (`ERA 1234567890 PY-1`) or nil for a manual posting.
    public var reference: String?

    public init(bucket: PostingBucket, amount: Cents, reason: String = "", on: LocalDate, reference: String? = nil) {
        self.bucket = bucket; self.amount = amount; self.reason = reason; self.on = on; self.reference = reference
    }

    /// `CO-45`, `PR-2`, `paid`, `write-off (small balance)`.
    public var label: String {
        switch bucket {
        case .payerPaid: return "paid"
        case .writeOff: return reason.isEmpty ? "write-off" : "write-off (\(reason))"
        default: return reason.isEmpty ? bucket.label : "\(bucket.label)-\(reason)"
        }
    }
}

/// A claim's money by bucket, summed from its postings. Every figure reconciles to the cent:
/// billed = payer paid + contractual + patient responsibility + other + payer-initiated + written off + balance.
public struct ClaimMoney: Sendable, Equatable {
    public var billed: Cents
    public var payerPaid: Cents = .zero
    public var contractual: Cents = .zero
    public var patientResponsibility: Cents = .zero
    public var otherAdjustments: Cents = .zero
    public var writtenOff: Cents = .zero

    public init(billed: Cents, postings: [ClaimPosting]) {
        self.billed = billed
        for posting in postings {
            switch posting.bucket {
            case .payerPaid: payerPaid += posting.amount
            case .contractual: contractual += posting.amount
            case .patientResponsibility: patientResponsibility += posting.amount
            case .otherAdjustment, .payerInitiated: otherAdjustments += posting.amount
            case .writeOff: writtenOff += posting.amount
            }
        }
    }

    /// All adjustments (CO, OA, PI) and write-offs: money nobody will pay.
    public var adjusted: Cents { contractual + otherAdjustments + writtenOff }
    /// What the payer still owes (insurance A/R); negative when the payer paid more than was billed less
    /// adjustments — a credit to refund or to see recouped.
    public var insuranceBalance: Cents {
        billed - payerPaid - contractual - patientResponsibility - otherAdjustments - writtenOff
    }
}

extension Cents {
    public static prefix func - (value: Cents) -> Cents { Cents(-value.value) }
}
