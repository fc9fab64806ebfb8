import ClinicDomain

/// An 835 as the domain posts it: one `RemittancePost` per transaction set, keyed by its trace number (TRN02) and
/// the payer (TRN03), each claim's claim- and line-level CAS summed by group and reason.
public enum RemittancePosting {
    public static func posts(_ remittance: Remittance, skipUnmatched: Bool = false) -> [RemittancePost] {
        remittance.transactions.map { advice in
            RemittancePost(
                key: "\(advice.trace.traceNumber)/\(advice.trace.payerIdentifier)", payerName: advice.payer.name,
                paymentDate: advice.payment.date, claims: advice.claims.map(claim), skipUnmatched: skipUnmatched)
        }
    }

    static func claim(_ claim: RemittanceClaim) -> RemittanceClaimPost {
        var sums: [String: (group: AdjustmentGroup, code: String, amount: Cents)] = [:]
        var order: [String] = []
        let all = claim.adjustments + claim.services.flatMap(\.adjustments)
        for adjustment in all {
            // CR (correction and reversal, from 4010) has no bucket of its own: it is an other adjustment.
            let group = adjustment.group.domainGroup ?? .OA
            let key = "\(group.rawValue)-\(adjustment.reason)"
            if sums[key] == nil { order.append(key) }
            sums[key, default: (group, adjustment.reason, .zero)].amount += adjustment.amount
        }
        var remarks: [String] = []
        for remark in claim.services.flatMap(\.remarks) where !remarks.contains(remark) { remarks.append(remark) }
        return RemittanceClaimPost(
            claimID: claim.patientControlNumber, statusCode: Int(claim.status.rawValue) ?? 0, charge: claim.charge,
            paid: claim.paid,
            adjustments: order.compactMap { key in
                sums[key].map { RemittanceAdjustmentPost(group: $0.group, code: $0.code, amount: $0.amount) }
            },
            payerClaimNumber: claim.payerClaimControlNumber.isEmpty ? nil : claim.payerClaimControlNumber,
            remarks: remarks, segment: claim.segmentNumber)
    }
}
