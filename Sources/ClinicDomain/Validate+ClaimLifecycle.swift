import Foundation

/// Claim work beyond the status steps: notes, corrected and void claims, the 837P hand-off, patients' payments,
/// and the billing settings.
extension Practice {
    func validateNote(_ id: ClaimID, _ note: String) throws(DomainError) -> [Change] {
        _ = try require(id)
        return [.claimNoted(id, try checked(note, .claimNote))]
    }

    /// A corrected claim: a new draft (frequency 7) with the same visit, codes and lines, quoting the payer's
    /// claim number; the original closes as replaced and its postings stay with it.
    func validateReplace(_ id: ClaimID) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .replaced) || claim.status == .rejected else {
            throw claimRefusal(claim, "be replaced")
        }
        // A rejected claim never reached the payer: fix it in place and resubmit.
        guard claim.status != .rejected else {
            throw DomainError(
                "\(id) was rejected before the payer saw it: edit it (`claim edit \(id) …`) and submit it again.")
        }
        var copy = derivedClaim(from: claim, frequency: .replacement)
        copy.status = .draft
        copy.history = [ClaimStamp(status: .draft, at: .distantPast, actor: "", note: "replaces \(id)")]
        return [.claimCreated(copy)]
    }

    /// A void (frequency 8): cancels a claim the payer holds. The new claim is ready to send; the original closes
    /// as voided, its postings kept (a payer recoups what it paid through a reversal on a remittance).
    func validateVoid(_ id: ClaimID) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .voided) else { throw claimRefusal(claim, "be voided") }
        var copy = derivedClaim(from: claim, frequency: .void)
        copy.status = .ready
        copy.history = [ClaimStamp(status: .ready, at: .distantPast, actor: "", note: "voids \(id)")]
        return [.claimCreated(copy)]
    }

    private func derivedClaim(from claim: Claim, frequency: ClaimFrequency) -> Claim {
        Claim(
            id: nextID(Claim.self), patient: claim.patient, provider: claim.provider, payer: claim.payer,
            appointment: claim.appointment, dateOfService: claim.dateOfService, diagnoses: claim.diagnoses,
            lines: claim.lines, placeOfService: claim.placeOfService, frequency: frequency, replaces: claim.id,
            payerClaimNumber: claim.payerClaimNumber)
    }

    /// The claims of a durably written 837P, each checked as `claim submit` would.
    func validateClaimsSent(_ ids: [ClaimID], interchange: Int, lateOverride: Bool, now: Date) throws(DomainError)
        -> [Change]
    {
        guard !ids.isEmpty else { throw DomainError("No claims to mark sent.") }
        guard Set(ids).count == ids.count else { throw DomainError("A claim is listed twice.") }
        var changes: [Change] = []
        for id in ids {
            let claim = try require(id)
            guard claim.status.canMove(to: .submitted) else { throw claimRefusal(claim, "be submitted") }
            let lateAfter = try submissionCheck(claim, lateOverride: lateOverride, now: now)
            var note = "sent in 837P interchange \(interchange)"
            if let lateAfter { note += "; past the filing deadline \(lateAfter), knowingly" }
            changes.append(.claimSubmitted(id, lateAfter: lateAfter, note: note))
        }
        return changes
    }

    func validatePatientPayment(
        _ id: PatientID, amount: Cents, method: PaymentMethod, claim: ClaimID?, refund: Bool, now: Date
    ) throws(DomainError) -> [Change] {
        let patient = try require(id)
        guard amount > .zero, amount <= Cents.typedMaximum else {
            throw DomainError("A payment must be more than \(Cents.zero) and at most \(Cents.typedMaximum).")
        }
        if let claim {
            let row = try require(claim)
            guard row.patient == id else { throw DomainError("\(claim) is not \(id)'s claim.") }
        }
        if refund {
            let balance = patientBalance(id)
            guard balance.total < .zero, amount <= -balance.total else {
                throw DomainError(
                    "\(id) (\(patient.fullName)) has "
                        + (balance.total < .zero
                            ? "a credit of \(-balance.total)" : "no credit (owes \(balance.total))")
                        + ": a refund cannot be more than the credit.")
            }
        }
        let payment = PatientPayment(
            id: nextID(PatientPayment.self), patient: id, amount: refund ? -amount : amount, method: method,
            claim: claim, on: clock.day(of: now))
        return [.patientPaymentRecorded(payment)]
    }

    func validateSetFee(code: String, fee: Cents?) throws(DomainError) -> [Change] {
        let code = code.uppercased()
        guard MedicalCodes.isValidProcedure(code) else {
            throw DomainError("'\(code)' is not a CPT/HCPCS code (5 characters: 99214, G0439).")
        }
        if let fee, fee <= .zero { throw DomainError("A fee must be more than \(Cents.zero).") }
        var new = settings
        new.feeSchedule.fees[code] = fee
        return [.settingsChanged(new)]
    }

    func validateSetBilling(_ billing: BillingProvider) throws(DomainError) -> [Change] {
        let problems = billing.problems
        guard problems.isEmpty else {
            throw DomainError("The billing provider is refused: " + problems.joined(separator: "; ") + ".")
        }
        var new = settings
        new.billing = billing
        return [.settingsChanged(new)]
    }
}
