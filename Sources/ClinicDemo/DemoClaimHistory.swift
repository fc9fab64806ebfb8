import ClinicDomain
import Foundation

/// Walks a claim from draft to its status the way a billing office does — ready the next day, submitted in a
/// batch, accepted by the clearinghouse, adjudicated two to four weeks later, appealed, written off — and
/// squeezes the walk into the days since the date of service so that no stamp is after `now`.
extension DemoContext {
    private struct ClaimStep {
        let status: ClaimStatus
        var day: Int
        let actor: String
        let note: String?
    }

    static let rejections = [
        "invalid subscriber ID", "missing rendering NPI", "patient DOB mismatch", "invalid taxonomy code",
    ]

    func playOut(
        _ claim: inout Claim, status: ClaimStatus, denial: Denial?, story: ClaimStory?, copayCollected: Cents,
        ledger: inout PatientLedger, random: inout DemoRandom
    ) {
        let billers = members(.biller).map(\.username)
        let biller = billers.isEmpty ? "billing" : billers[claim.id.number % billers.count]
        let payer = practice.payers[claim.payer]
        // What the remittance decides, before its day is known: a partial payment leaves the last line pending.
        let adjudicates =
            status == .paid || status == .partiallyPaid || (status == .writtenOff && denial == nil)
            || story?.correction != nil
        let paidLines = status == .paid || story?.correction != nil ? claim.lines.count : claim.lines.count - 1
        var remittance: Adjudication?
        if adjudicates {
            remittance = adjudication(
                of: claim, lines: paidLines, kind: payer?.kind ?? .commercial, story: story,
                copayCollected: copayCollected, ledger: &ledger, random: &random)
        }
        var steps = [ClaimStep(status: .draft, day: 0, actor: biller, note: nil)]
        func add(_ status: ClaimStatus, after days: ClosedRange<Int>, actor: String = biller, note: String? = nil) {
            steps.append(
                ClaimStep(status: status, day: steps[steps.count - 1].day + random.int(days), actor: actor, note: note))
        }
        if status != .draft { add(.ready, after: 1...2) }
        if status != .draft && status != .ready {
            if let late = story?.submittedAfter {
                steps.append(ClaimStep(status: .submitted, day: late, actor: biller, note: "837P batch (late)"))
            } else {
                add(.submitted, after: 1...3, note: "837P batch")
            }
        }
        switch status {
        case .draft, .ready, .submitted, .replaced, .voided:
            break
        case .rejected:
            add(.rejected, after: 1...1, actor: "clearinghouse", note: story?.note ?? random.pick(Self.rejections))
        case .accepted:
            add(.accepted, after: 1...2, actor: "clearinghouse")
        case .paid, .partiallyPaid:
            add(.accepted, after: 1...2, actor: "clearinghouse")
            add(status, after: 12...26, note: remittance?.note)
        case .denied, .appealed, .writtenOff:
            add(.accepted, after: 1...2, actor: "clearinghouse")
            if let denial {
                add(.denied, after: 12...26, note: "\(denial) \(denial.reason)")
                if status == .appealed { add(.appealed, after: 3...10, note: "appeal with visit notes") }
                if status == .writtenOff { add(.writtenOff, after: 5...20, note: "not appealable: \(denial)") }
            } else {
                add(.partiallyPaid, after: 12...26, note: remittance?.note)
                add(.writtenOff, after: 20...40, note: "small balance write-off")
            }
        }
        // Fit the walk into the days since the date of service.
        let age = max(0, claim.dateOfService.days(until: today))
        let span = steps[steps.count - 1].day
        if span > age {
            for i in steps.indices { steps[i].day = steps[i].day * age / span }
        }
        let nowOnToday = min(nowMinute, 1439)
        var previous = Date.distantPast
        claim.history = steps.enumerated().map { index, step in
            let day = claim.dateOfService.adding(days: step.day)
            var minute = 540 + index * 41 + random.int(0...30)
            if day == today { minute = min(minute, nowOnToday - (steps.count - index)) }
            var at = min(instant(day, minute), now)
            if at <= previous { at = previous.addingTimeInterval(60) }
            previous = at
            return ClaimStamp(status: step.status, at: at, actor: step.actor, note: step.note)
        }
        claim.status = status
        func day(of wanted: ClaimStatus) -> LocalDate? {
            steps.first { $0.status == wanted }.map { claim.dateOfService.adding(days: $0.day) }
        }
        if let remittance {
            let paidOn = day(of: .paid) ?? day(of: .partiallyPaid) ?? claim.dateOfService
            claim.postings = remittance.postings(on: paidOn, reference: eraReference(payer: claim.payer, day: paidOn))
            ledger.posted(remittance, claim: claim, on: paidOn)
        }
        if adjudicates || day(of: .denied) != nil {
            claim.payerClaimNumber = String(random.int(1_000_000_000_000...9_999_999_999_999))
        }
        if status == .writtenOff {
            let balance = claim.money.insuranceBalance
            if balance > .zero {
                let lastDay = claim.dateOfService.adding(days: steps[steps.count - 1].day)
                claim.postings.append(
                    ClaimPosting(
                        bucket: .writeOff, amount: balance, reason: denial == nil ? "small balance" : "not appealable",
                        on: lastDay))
            }
        }
        claim.denial = [.denied, .appealed, .writtenOff].contains(status) ? denial : nil
        let submitted = day(of: .submitted)
        claim.submittedOn = submitted
        claim.acceptedOn = day(of: .accepted)
        let appealed = day(of: .appealed)
        claim.followUp = followUp(status: status, submitted: submitted, appealed: appealed, random: &random)
    }

    /// When the biller looks again: a month after submission or appeal, soon after a denial or rejection;
    /// a few are already overdue, as on any real worklist.
    private func followUp(
        status: ClaimStatus, submitted: LocalDate?, appealed: LocalDate?,
        random: inout DemoRandom
    ) -> LocalDate? {
        switch status {
        case .submitted, .accepted:
            let due = (submitted ?? today).adding(days: 30)
            return due < today.adding(days: -7) ? today.adding(days: -random.int(0...7)) : due
        case .rejected: return today.adding(days: random.int(0...2))
        case .denied: return today.adding(days: random.int(-2...10))
        case .appealed:
            let due = (appealed ?? today).adding(days: 45)
            return due < today ? today.adding(days: random.int(0...5)) : due
        case .partiallyPaid: return today.adding(days: random.int(3...21))
        case .draft, .ready, .paid, .writtenOff, .replaced, .voided: return nil
        }
    }
}
