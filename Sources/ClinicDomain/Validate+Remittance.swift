import Foundation

/// Posting a remittance: every claim it names gets its payment and adjustments as one group of changes, or none
/// does. The same remittance (key) twice posts nothing the second time.
extension Practice {
    public static let remittanceStatusCodes: Set<Int> = [1, 2, 3, 4, 19, 20, 21, 22, 23, 25]

    /// Every remittance of a file at once: all post or none does.
    func validateRemittances(_ remittances: [RemittancePost], now: Date) throws(DomainError) -> [Change] {
        guard !remittances.isEmpty else { throw DomainError("The file holds no remittance.") }
        var seen = Set<String>()
        for remittance in remittances where !seen.insert(remittance.key).inserted {
            throw DomainError("Remittance \(remittance.key) appears twice in the file: nothing was posted.")
        }
        var changes: [Change] = []
        var working: [ClaimID: Claim] = [:]
        for remittance in remittances {
            changes += try validateRemittance(remittance, working: &working)
        }
        return changes
    }

    /// One remittance. `working` holds claims as earlier remittances of the same file left them.
    func validateRemittance(_ remittance: RemittancePost, working: inout [ClaimID: Claim]) throws(DomainError)
        -> [Change]
    {
        let reference = remittance.reference
        var changes: [Change] = []
        var unmatched: [String] = []
        // A claim named twice (a reversal, then its correction) is posted against its state after the first.
        var postedHere = Set<ClaimID>()
        for item in remittance.claims {
            guard let id = ClaimID(item.claimID), let claim = working[id] ?? claims[id] else {
                unmatched.append("\(item.claimID) (segment \(item.segment))")
                continue
            }
            if !postedHere.contains(id), claim.postings.contains(where: { $0.reference == reference }) {
                throw DomainError(
                    "Remittance \(remittance.key) is already posted (\(id) carries it): nothing changed.")
            }
            let batch = try batch(for: item, claim: claim, remittance: remittance)
            var after = claim
            after.postings += batch.postings
            after.status = batch.status
            working[id] = after
            postedHere.insert(id)
            changes.append(.claimPosted(id, batch))
        }
        if !unmatched.isEmpty && !remittance.skipUnmatched {
            throw DomainError(
                "Remittance \(remittance.key) names claims this practice does not have: "
                    + unmatched.joined(separator: ", ")
                    + ". Nothing was posted; post the rest with --skip-unmatched and work these by hand.")
        }
        guard !changes.isEmpty else {
            throw DomainError("Remittance \(remittance.key) has no claim this practice can post.")
        }
        return changes
    }

    /// One claim's postings from its CLP and CAS segments, and the status they leave. Applied in file order, so a
    /// reversal (22) then its correction (1) on one claim nets out as the payer meant.
    private func batch(for item: RemittanceClaimPost, claim: Claim, remittance: RemittancePost) throws(DomainError)
        -> ClaimPostingBatch
    {
        let at = "segment \(item.segment) (CLP) for \(claim.id)"
        guard Self.remittanceStatusCodes.contains(item.statusCode) else {
            throw DomainError("\(at): claim status code \(item.statusCode) is not one an 835 uses.")
        }
        guard claim.status.isPayable || claim.status == .replaced || claim.status == .voided else {
            throw DomainError(
                "\(at): the claim is \(claim.status.label), never sent to a payer: a remittance cannot adjudicate it.")
        }
        let day = remittance.paymentDate
        var postings = [
            ClaimPosting(bucket: .payerPaid, amount: item.paid, on: day, reference: remittance.reference)
        ]
        for adjustment in item.adjustments where adjustment.amount != .zero {
            postings.append(
                ClaimPosting(
                    bucket: PostingBucket(group: adjustment.group), amount: adjustment.amount,
                    reason: adjustment.code, on: day, reference: remittance.reference))
        }
        let after = ClaimMoney(billed: claim.billed, postings: claim.postings + postings)
        var status: ClaimStatus
        var denial: Denial?
        var clearsDenial = false
        switch item.statusCode {
        case 4:
            status = .denied
            let worst = item.adjustments.filter { $0.group != .PR }.max { $0.amount < $1.amount }
            denial =
                worst.map { Denial(group: $0.group, code: $0.code, rarc: item.remarks.first) }
                ?? Denial(group: .CO, code: "16", rarc: item.remarks.first)
        case 22:
            // The payer takes its decision back; a corrected adjudication follows (often in the same file).
            status = .accepted
            clearsDenial = true
        case 23:
            status = .denied
            denial = Denial(group: .CO, code: "109", rarc: item.remarks.first)
        case 25:
            status = claim.status
        default:
            status = after.insuranceBalance <= .zero ? .paid : .partiallyPaid
            clearsDenial = claim.status == .denied || claim.status == .appealed
        }
        // A claim closed as replaced or voided stays closed: its money is still posted.
        if claim.status == .replaced || claim.status == .voided { status = claim.status }
        var parts = ["\(remittance.reference) (\(remittance.payerName)): CLP02 \(item.statusCode), paid \(item.paid)"]
        for adjustment in item.adjustments where adjustment.amount != .zero {
            parts.append("\(adjustment.group.rawValue)-\(adjustment.code) \(adjustment.amount)")
        }
        if after.insuranceBalance < .zero { parts.append("credit \(-after.insuranceBalance)") }
        if claim.status == .writtenOff, item.paid > .zero { parts.append("reopened from written off") }
        return ClaimPostingBatch(
            postings: postings, status: status, denial: denial, clearsDenial: clearsDenial,
            payerClaimNumber: item.payerClaimNumber, note: parts.joined(separator: ", "))
    }
}
