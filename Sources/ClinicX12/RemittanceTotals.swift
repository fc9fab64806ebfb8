import ClinicDomain

/// The reconciliation of a read 835, as plain values to print: per claim its charge, payment, patient share and
/// adjustments by group, and whether CLP03 − CLP04 equals all its CAS; per transaction set whether BPR02 equals
/// ΣCLP04 − ΣPLB. A mismatch is a finding, never an error: the file was well-formed, the payer's sums are off.
public struct RemittanceTotals: Sendable, Equatable {
    public var transactions: [TransactionTotals]

    public init(_ remittance: Remittance) {
        transactions = remittance.transactions.map(TransactionTotals.init)
    }

    public var findings: [RemittanceFinding] { transactions.flatMap(\.findings) }
    public var claims: [ClaimTotals] { transactions.flatMap(\.claims) }
}

/// Something in the file that does not add up, and where.
public struct RemittanceFinding: Sendable, Equatable, CustomStringConvertible {
    public var segmentNumber: Int
    public var claimID: String?
    public var message: String

    public var description: String {
        "segment \(segmentNumber)\(claimID.map { " (claim \($0))" } ?? ""): \(message)"
    }
}

public struct TransactionTotals: Sendable, Equatable {
    public var controlNumber: String
    public var traceNumber: String
    /// BPR02, negative when BPR03 is D.
    public var payment: Cents
    /// ΣCLP04.
    public var claimsPaid: Cents
    /// ΣPLB amounts (positive reduces the payment).
    public var providerAdjustments: Cents
    public var claims: [ClaimTotals]
    public var findings: [RemittanceFinding]

    /// What BPR02 should be: ΣCLP04 − ΣPLB.
    public var expectedPayment: Cents { claimsPaid - providerAdjustments }
    public var isBalanced: Bool { payment == expectedPayment }
    /// Reversals (CLP02 = 22), with their negative amounts.
    public var reversals: [ClaimTotals] { claims.filter { $0.status == .reversal } }

    public init(_ advice: RemittanceAdvice) {
        controlNumber = advice.controlNumber
        traceNumber = advice.trace.traceNumber
        payment = advice.payment.signedAmount
        claims = advice.claims.map(ClaimTotals.init)
        claimsPaid = claims.reduce(Cents.zero) { $0 + $1.paid }
        providerAdjustments = advice.providerAdjustments.reduce(Cents.zero) { $0 + $1.total }
        findings = zip(advice.claims, claims).flatMap { claim, totals in totals.findings(for: claim) }
        if payment != expectedPayment {
            findings.insert(
                RemittanceFinding(
                    segmentNumber: advice.segmentNumber, claimID: nil,
                    message: "BPR02 pays \(payment) but the claims pay \(claimsPaid) less \(providerAdjustments)"
                        + " of provider adjustments = \(expectedPayment)"),
                at: 0)
        }
    }
}

public struct ClaimTotals: Sendable, Equatable {
    public var segmentNumber: Int
    public var claimID: String
    public var status: ClaimPaymentStatus
    public var charge: Cents
    public var paid: Cents
    /// CLP05, when sent.
    public var patientResponsibility: Cents?
    /// Claim-level and service-level CAS together, by group.
    public var adjustments: [RemittanceAdjustmentGroup: Cents]
    /// The service-level CAS alone, by group (loop 2110).
    public var serviceAdjustments: [RemittanceAdjustmentGroup: Cents]

    public var adjustmentTotal: Cents { adjustments.values.reduce(Cents.zero, +) }
    /// CLP03 − CLP04 − ΣCAS: zero on a claim whose adjustments explain the whole difference.
    public var unexplained: Cents { charge - paid - adjustmentTotal }
    public var isBalanced: Bool { unexplained == .zero }

    public init(_ claim: RemittanceClaim) {
        segmentNumber = claim.segmentNumber
        claimID = claim.patientControlNumber
        status = claim.status
        charge = claim.charge
        paid = claim.paid
        patientResponsibility = claim.patientResponsibility
        let service = claim.services.flatMap(\.adjustments)
        serviceAdjustments = Self.byGroup(service)
        adjustments = Self.byGroup(claim.adjustments + service)
    }

    private static func byGroup(_ adjustments: [RemittanceAdjustment]) -> [RemittanceAdjustmentGroup: Cents] {
        adjustments.reduce(into: [:]) { sums, adjustment in sums[adjustment.group, default: .zero] += adjustment.amount
        }
    }

    func findings(for claim: RemittanceClaim) -> [RemittanceFinding] {
        var findings: [RemittanceFinding] = []
        func note(_ segment: Int, _ message: String) {
            findings.append(RemittanceFinding(segmentNumber: segment, claimID: claimID, message: message))
        }
        if !isBalanced {
            note(
                segmentNumber,
                "CLP03 − CLP04 is \(charge - paid) but the adjustments add up to \(adjustmentTotal)"
                    + " (\(unexplained) unexplained)")
        }
        for line in claim.services {
            let adjusted = line.adjustments.reduce(Cents.zero) { $0 + $1.amount }
            if line.charge - line.paid != adjusted {
                note(
                    line.segmentNumber,
                    "service \(line.procedure.code): SVC02 − SVC03 is \(line.charge - line.paid) but its adjustments"
                        + " add up to \(adjusted)")
            }
        }
        let patientShare = adjustments[.PR] ?? .zero
        if let patientResponsibility, patientResponsibility != patientShare {
            note(
                segmentNumber,
                "CLP05 says the patient owes \(patientResponsibility), the PR adjustments \(patientShare)")
        }
        return findings
    }
}
