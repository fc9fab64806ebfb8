import ClinicDomain

/// The reconciliation a biller reads before posting (and after): per remittance, the payment against its claims
/// and provider adjustments (BPR02 = ΣCLP04 − ΣPLB), and per claim what the payer paid, adjusted by group, left to
/// the patient, denied or reversed, and whether this practice has the claim. Plain lines, sanitized by the caller.
public struct RemittanceReport: Sendable, Equatable {
    public var lines: [String]
    public var paid = Cents.zero
    public var adjusted: [AdjustmentGroup: Cents] = [:]
    public var patientResponsibility = Cents.zero
    public var denied = 0
    public var reversed = 0
    public var unmatched: [String] = []
    public var unbalanced = 0

    public init(_ remittance: Remittance, practice: Practice) {
        lines = []
        let totals = RemittanceTotals(remittance)
        for (advice, sums) in zip(remittance.transactions, totals.transactions) {
            let balanced = sums.isBalanced ? "balances" : "DOES NOT balance"
            if !sums.isBalanced { unbalanced += 1 }
            lines.append(
                "remittance \(advice.trace.traceNumber) from \(advice.payer.name) on \(advice.payment.date): "
                    + "BPR02 \(sums.payment) vs CLP04 \(sums.claimsPaid) − PLB \(sums.providerAdjustments) "
                    + "= \(sums.expectedPayment): \(balanced)")
            for claim in advice.claims {
                lines.append("  " + line(for: claim, practice: practice))
            }
            for adjustment in advice.providerAdjustments {
                for item in adjustment.items {
                    lines.append("  PLB \(item.reason) \(item.amount) (segment \(adjustment.segmentNumber))")
                }
            }
        }
        for finding in totals.findings { lines.append("  note: \(finding)") }
        let adjustedText = AdjustmentGroup.allCases.filter { $0 != .PR }.map {
            "\($0.rawValue) \(adjusted[$0] ?? .zero)"
        }
        lines.append(
            "total: paid \(paid), adjusted \(adjustedText.joined(separator: ", ")), patient responsibility "
                + "\(patientResponsibility), \(denied) denied, \(reversed) reversed, \(unmatched.count) unmatched"
                + (unmatched.isEmpty ? "" : " (" + unmatched.joined(separator: ", ") + ")"))
    }

    private mutating func line(for claim: RemittanceClaim, practice: Practice) -> String {
        let post = RemittancePosting.claim(claim)
        paid += claim.paid
        for adjustment in post.adjustments {
            if adjustment.group == .PR {
                patientResponsibility += adjustment.amount
            } else {
                adjusted[adjustment.group, default: .zero] += adjustment.amount
            }
        }
        if claim.status == .denied { denied += 1 }
        if claim.status == .reversal { reversed += 1 }
        let known = ClaimID(claim.patientControlNumber).flatMap { practice.claims[$0] }
        if known == nil { unmatched.append(claim.patientControlNumber) }
        let groups = post.adjustments.map { "\($0.group.rawValue)-\($0.code) \($0.amount)" }
        let match = known.map { "\($0.status.label), billed \($0.billed)" } ?? "UNMATCHED: no such claim here"
        return "\(claim.patientControlNumber) CLP02 \(claim.status.rawValue) charge \(claim.charge) paid \(claim.paid)"
            + (groups.isEmpty ? "" : " · " + groups.joined(separator: ", ")) + " — \(match)"
    }
}
