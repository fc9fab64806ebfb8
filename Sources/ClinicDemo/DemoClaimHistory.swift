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
        _ claim: inout Claim, status: ClaimStatus, denial: Denial?, story: ClaimStory?, random: inout DemoRandom
    ) {
        let billers = members(.biller).map(\.username)
        let biller = billers.isEmpty ? "billing" : billers[claim.id.number % billers.count]
        let billed = claim.billed.value
        let allowed = billed * random.int(55...80) / 100
        var paid = 0
        var steps = [ClaimStep(status: .draft, day: 0, actor: biller, note: "coded from visit")]
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
            paid = status == .paid ? allowed : allowed * random.int(40...75) / 100
            add(status, after: 12...26, note: "paid \(Cents(paid)), adjusted \(Cents(billed - allowed)) CO-45 (ERA)")
        case .denied, .appealed, .writtenOff:
            add(.accepted, after: 1...2, actor: "clearinghouse")
            if let denial {
                add(.denied, after: 12...26, note: "\(denial) \(denial.reason)")
                if status == .appealed { add(.appealed, after: 3...10, note: "appeal with visit notes") }
                if status == .writtenOff { add(.writtenOff, after: 5...20, note: "not appealable: \(denial)") }
            } else {
                paid = allowed * random.int(85...97) / 100
                add(
                    .partiallyPaid, after: 12...26,
                    note: "paid \(Cents(paid)), adjusted \(Cents(billed - allowed)) CO-45 (ERA)")
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
        let postedOn =
            steps.last { $0.status == .paid || $0.status == .partiallyPaid }
            .map { claim.dateOfService.adding(days: $0.day) } ?? claim.dateOfService
        claim.postings = Claim.legacyPostings(
            paid: Cents(paid), adjusted: paid > 0 ? Cents(billed - allowed) : .zero, on: postedOn)
        if status == .writtenOff {
            let balance = ClaimMoney(billed: claim.billed, postings: claim.postings).insuranceBalance
            if balance > .zero {
                let lastDay = claim.dateOfService.adding(days: steps[steps.count - 1].day)
                claim.postings.append(
                    ClaimPosting(bucket: .writeOff, amount: balance, reason: "not appealable", on: lastDay))
            }
        }
        claim.denial = [.denied, .appealed, .writtenOff].contains(status) ? denial : nil
        let submitted = steps.first { $0.status == .submitted }.map { claim.dateOfService.adding(days: $0.day) }
        claim.submittedOn = submitted
        let appealed = steps.first { $0.status == .appealed }.map { claim.dateOfService.adding(days: $0.day) }
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
