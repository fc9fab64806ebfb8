import Foundation

/// The claim lifecycle by hand: ready, submit (the payer's edits and the filing deadline), accept, reject, pay,
/// deny, appeal, write off, follow up.
extension Practice {
    func validateReady(_ id: ClaimID) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .ready) else { throw claimRefusal(claim, "be marked ready") }
        let problems = ClaimEdits.submissionProblems(claim, in: self)
        guard problems.isEmpty else {
            throw DomainError("\(id) is not ready: " + problems.joined(separator: "; ") + ".")
        }
        return [.claimStatusChanged(id, to: .ready, note: nil)]
    }

    func validateSubmit(_ id: ClaimID, lateOverride: Bool, now: Date) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .submitted) else { throw claimRefusal(claim, "be submitted") }
        let lateAfter = try submissionCheck(claim, lateOverride: lateOverride, now: now)
        let note = lateAfter.map { "submitted past the filing deadline \($0), knowingly (likely CO-29)" }
        return [.claimSubmitted(id, lateAfter: lateAfter, note: note)]
    }

    /// Refuses what a payer would bounce, and a late filing not explicitly overridden. Returns the missed deadline
    /// when the override applies.
    func submissionCheck(_ claim: Claim, lateOverride: Bool, now: Date) throws(DomainError) -> LocalDate? {
        guard let payer = payers[claim.payer] else { throw DomainError("There is no payer \(claim.payer).") }
        guard payer.kind != .selfPay else {
            throw DomainError("\(claim.id) is self-pay: the patient owes it; nothing goes to a payer.")
        }
        let problems = ClaimEdits.submissionProblems(claim, in: self)
        guard problems.isEmpty else {
            throw DomainError("\(claim.id) cannot be submitted: " + problems.joined(separator: "; ") + ".")
        }
        let deadline = claim.filingDeadline(payer: payer)
        let today = clock.day(of: now)
        guard deadline < today else { return nil }
        guard lateOverride else {
            let days = deadline.days(until: today)
            throw DomainError(
                "\(claim.id) is \(days) day\(days == 1 ? "" : "s") past \(payer.name)'s filing deadline (\(deadline), "
                    + "\(payer.timelyFilingDays) days from the date of service): the payer will likely deny it "
                    + "CO-29. To send it anyway, submit with --late (it is recorded).")
        }
        return deadline
    }

    func claimStep(_ id: ClaimID, to target: ClaimStatus, note: String?) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: target) else { throw claimRefusal(claim, verb(for: target)) }
        return [.claimStatusChanged(id, to: target, note: note)]
    }

    /// A payer's payment with its contractual adjustment (a paper EOB). More than is open posts as a credit on
    /// the claim, to refund or see recouped — never refused, since the money arrived.
    func validatePay(_ id: ClaimID, amount: Cents, adjustment: Cents?, now: Date) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.isPayable else { throw claimRefusal(claim, "be paid") }
        let adjustment = adjustment ?? .zero
        guard amount >= .zero, adjustment >= .zero, amount + adjustment > .zero else {
            throw DomainError("A payment on \(id) must be a positive amount, not \(amount).")
        }
        let day = clock.day(of: now)
        var postings = [ClaimPosting(bucket: .payerPaid, amount: amount, on: day)]
        if adjustment > .zero {
            postings.append(ClaimPosting(bucket: .contractual, amount: adjustment, reason: "45", on: day))
        }
        let after = ClaimMoney(billed: claim.billed, postings: claim.postings + postings)
        let status: ClaimStatus = after.insuranceBalance <= .zero ? .paid : .partiallyPaid
        var note = "paid \(amount)" + (adjustment > .zero ? ", CO-45 \(adjustment)" : "")
        if after.insuranceBalance < .zero { note += "; credit \(-after.insuranceBalance)" }
        if claim.status == .writtenOff { note += "; reopened from written off" }
        return [.claimPosted(id, ClaimPostingBatch(postings: postings, status: status, note: note))]
    }

    func validateAdjust(_ id: ClaimID, group: AdjustmentGroup, code: String, amount: Cents, now: Date)
        throws(DomainError) -> [Change]
    {
        let claim = try require(id)
        guard claim.status.isPayable else { throw claimRefusal(claim, "be adjusted") }
        guard amount != .zero else { throw DomainError("An adjustment on \(id) must not be zero.") }
        if let refusal = CARC.check(group: group, code: code) { throw DomainError(refusal + ".") }
        let posting = ClaimPosting(
            bucket: PostingBucket(group: group), amount: amount, reason: code, on: clock.day(of: now))
        let after = ClaimMoney(billed: claim.billed, postings: claim.postings + [posting])
        let status: ClaimStatus =
            after.insuranceBalance <= .zero
            ? (claim.status == .denied || claim.status == .appealed ? claim.status : .paid) : claim.status
        return [
            .claimPosted(
                id, ClaimPostingBatch(postings: [posting], status: status, note: "\(posting.label) \(amount)"))
        ]
    }

    func validateWriteOff(_ id: ClaimID, reason: String?, now: Date) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .writtenOff) else { throw claimRefusal(claim, "be written off") }
        let reason = try checked(reason ?? "", .writeOffReason)
        let balance = claim.money.insuranceBalance
        var postings: [ClaimPosting] = []
        if balance > .zero {
            postings.append(ClaimPosting(bucket: .writeOff, amount: balance, reason: reason, on: clock.day(of: now)))
        }
        let note = "wrote off \(max(.zero, balance))" + (reason.isEmpty ? "" : " (\(reason))")
        return [.claimPosted(id, ClaimPostingBatch(postings: postings, status: .writtenOff, note: note))]
    }

    func validateDeny(_ id: ClaimID, denial: Denial) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .denied) else { throw claimRefusal(claim, "be denied") }
        guard denial.group != .PR else {
            throw DomainError(
                "\(denial) is patient responsibility, not a denial: post it as an adjustment "
                    + "(`claim adjust \(id) \(denial) AMOUNT`); it moves to the patient's balance.")
        }
        if let refusal = CARC.check(group: denial.group, code: denial.code) {
            throw DomainError(refusal + ".")
        }
        if let rarc = denial.rarc, RARC.parse(rarc) != rarc {
            throw DomainError("'\(rarc)' is not a RARC (M, N or MA and 1–3 digits: M15, N130, MA130).")
        }
        return [.claimDenied(id, denial)]
    }

    func validateAppeal(_ id: ClaimID, note: String?) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .appealed) else { throw claimRefusal(claim, "be appealed") }
        let grounds = try note.map { (text) throws(DomainError) in try checked(text, .claimNote) }
        // A timely-filing denial (CO-29) is appealable only with proof the claim was filed in time.
        if let denial = claim.denial, denial.code == "29", grounds == nil {
            throw DomainError(
                "\(id) was denied \(denial) (filing limit expired): appeal it with the proof of timely filing "
                    + "as the note (`claim appeal \(id) --note \"clearinghouse acceptance report of …\"`).")
        }
        return [.claimStatusChanged(id, to: .appealed, note: grounds)]
    }

    private func verb(for target: ClaimStatus) -> String {
        switch target {
        case .accepted: return "be accepted"
        case .rejected: return "be rejected"
        case .writtenOff: return "be written off"
        default: return "become \(target.label)"
        }
    }

    func claimRefusal(_ claim: Claim, _ action: String) -> DomainError {
        let allowed = ClaimStatus.allCases.filter { claim.status.canMove(to: $0) }.map(\.label)
        let rule =
            allowed.isEmpty
            ? "that status is final" : "from there it can only become " + allowed.joined(separator: ", ")
        return DomainError("\(claim.id) cannot \(action): it is \(claim.status.label); \(rule).")
    }
}
