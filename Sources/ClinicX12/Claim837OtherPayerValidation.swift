import ClinicDomain

/// The checks of loop 2320/2330: the earlier payer on a secondary or tertiary claim.
enum Claim837OtherPayerValidation {
    typealias V = Claim837Validation
    /// CAS holds 6 reasons and repeats at most 5 times per loop.
    static let reasonsPerCAS = 6
    static let maximumCAS = 5

    static func normalized(
        _ input: Claim837OtherPayer, claim: Claim837Claim, today: LocalDate
    ) throws(Claim837Error) -> Claim837OtherPayer {
        let place = Claim837Error.Place.claim(claim.id)
        if claim.subscriber.payerResponsibility == .primary {
            throw Claim837Error(
                place, field: "otherPayer",
                "a primary claim has no earlier payer; make subscriber secondary or tertiary")
        }
        if input.payerResponsibility == claim.subscriber.payerResponsibility {
            throw Claim837Error(
                place, field: "otherPayer.payerResponsibility",
                "the other payer cannot have this claim's responsibility (\(input.payerResponsibility.rawValue))")
        }
        var out = input
        out.subscriberName = try V.personName(input.subscriberName, place, field: "otherPayer.subscriberName")
        out.memberID = try X12ElementText.identifier(
            input.memberID, place, field: "otherPayer.memberID", minimum: 2, maximum: 80)
        if let group = input.groupNumber {
            out.groupNumber = try X12ElementText.identifier(group, place, field: "otherPayer.groupNumber", maximum: 50)
        }
        out.payer = try Claim837ClaimValidation.payer(input.payer, place, field: "otherPayer.payer")
        if input.payer.payerID == claim.payer.payerID {
            throw Claim837Error(
                place, field: "otherPayer.payer.payerID",
                "the other payer has this claim's payer ID \(claim.payer.payerID)")
        }
        if input.paidAmount.value < 0 {
            throw Claim837Error(place, field: "otherPayer.paidAmount", "otherPayer.paidAmount is negative")
        }
        _ = try total(input.claimAdjustments, place, field: "otherPayer.claimAdjustments")
        try V.checkYear(input.adjudicationDate, place, field: "otherPayer.adjudicationDate")
        if input.adjudicationDate > today {
            throw Claim837Error(
                place, field: "otherPayer.adjudicationDate",
                "otherPayer.adjudicationDate \(input.adjudicationDate) is after the file's date \(today)")
        }
        try checkBalance(input, claim: claim)
        let adjudicated = claim.lines.compactMap(\.otherPayerAdjudication)
        if !adjudicated.isEmpty {
            var linesPaid = 0
            for line in adjudicated {
                let (next, overflow) = linesPaid.addingReportingOverflow(line.paidAmount.value)
                if overflow {
                    throw Claim837Error(place, field: "otherPayer.paidAmount", "the lines' paid amounts overflow")
                }
                linesPaid = next
            }
            if linesPaid != input.paidAmount.value {
                throw Claim837Error(
                    place, field: "otherPayer.paidAmount",
                    "otherPayer.paidAmount \(input.paidAmount) is not the sum the lines say was paid, "
                        + "\(Cents(linesPaid))")
            }
        }
        return out
    }

    /// What the other payer paid plus every adjustment it made (claim and lines) must be the claim's charge: the
    /// next payer reads any difference as still owed.
    private static func checkBalance(_ other: Claim837OtherPayer, claim: Claim837Claim) throws(Claim837Error) {
        let place = Claim837Error.Place.claim(claim.id)
        var adjustments = other.claimAdjustments
        for line in claim.lines { adjustments += line.otherPayerAdjudication?.adjustments ?? [] }
        let adjusted = try total(adjustments, place, field: "otherPayer.claimAdjustments", limitSegments: false)
        let (balance, overflow) = other.paidAmount.value.addingReportingOverflow(adjusted)
        if overflow || balance != claim.totalCharge.value {
            throw Claim837Error(
                place, field: "otherPayer",
                "otherPayer.paidAmount \(other.paidAmount) plus its adjustments \(Cents(adjusted)) is not the "
                    + "totalCharge \(claim.totalCharge)")
        }
    }

    /// The sum of the adjustments, after checking each reason and that they fit in 5 CAS segments.
    static func total(
        _ adjustments: [Claim837Adjustment], _ place: Claim837Error.Place, field: String, limitSegments: Bool = true
    ) throws(Claim837Error) -> Int {
        var sum = 0
        for adjustment in adjustments {
            _ = try X12ElementText.identifier(adjustment.reasonCode, place, field: "\(field).reasonCode", maximum: 5)
            if adjustment.amount.value == 0 {
                throw Claim837Error(place, field: field, "adjustment \(adjustment.reasonCode) has no amount")
            }
            let (next, overflow) = sum.addingReportingOverflow(adjustment.amount.value)
            if overflow { throw Claim837Error(place, field: field, "the adjustments overflow") }
            sum = next
        }
        if limitSegments, casSegments(adjustments).count > maximumCAS {
            throw Claim837Error(
                place, field: field, "the adjustments need more than \(maximumCAS) CAS segments of 6 reasons each")
        }
        return sum
    }

    /// Adjustments grouped by group code (in the order the groups first appear), 6 reasons to a segment.
    static func casSegments(_ adjustments: [Claim837Adjustment]) -> [[Claim837Adjustment]] {
        var groups: [Claim837AdjustmentGroup] = []
        for adjustment in adjustments where !groups.contains(adjustment.group) { groups.append(adjustment.group) }
        var segments: [[Claim837Adjustment]] = []
        for group in groups {
            let members = adjustments.filter { $0.group == group }
            var start = 0
            while start < members.count {
                let end = min(start + reasonsPerCAS, members.count)
                segments.append(Array(members[start..<end]))
                start = end
            }
        }
        return segments
    }
}
