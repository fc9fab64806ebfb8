import Foundation

/// Charge capture: a checked-out visit becomes a draft claim, the fee sheet's codes and the practice's fees.
extension Practice {
    func validateCreateClaim(_ new: NewClaim, now: Date) throws(DomainError) -> [Change] {
        let visit = try require(new.appointment)
        guard visit.status == .checkedOut else {
            throw DomainError(
                "\(visit.id) is \(visit.status.label): bill a visit once the patient has checked out.")
        }
        if let existing = claim(forVisit: visit.id) {
            throw DomainError("\(visit.id) is already billed on \(existing.id) (\(existing.status.label)).")
        }
        let patient = try require(visit.patient)
        guard let payer = patient.payer.flatMap({ payers[$0] }) ?? selfPayPayer else {
            throw DomainError("\(patient.id) has no payer and the practice has no self-pay payer to bill.")
        }
        let pos = new.content.placeOfService ?? (visit.visitType == .telehealth ? "10" : "11")
        let (diagnoses, lines) = try claimContent(new.content, placeOfService: pos)
        let claim = Claim(
            id: nextID(Claim.self), patient: patient.id, provider: visit.provider, payer: payer.id,
            appointment: visit.id, dateOfService: visit.day, diagnoses: diagnoses, lines: lines,
            placeOfService: pos)
        return [.claimCreated(claim)]
    }

    func validateEditClaim(_ id: ClaimID, _ content: ClaimContent) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.isEditable else {
            throw DomainError(
                "\(id) is \(claim.status.label): only a draft, ready or rejected claim is edited in place; "
                    + "correct a claim the payer holds with `claim replace \(id)`.")
        }
        let pos = content.placeOfService ?? claim.placeOfService
        let (diagnoses, lines) = try claimContent(content, placeOfService: pos)
        return [.claimEdited(id, diagnoses: diagnoses, lines: lines, placeOfService: pos)]
    }

    /// The content checked as far as a draft must be (codes well-formed, fees known); the payer's full edits run
    /// at submit (`submissionProblems`).
    private func claimContent(_ content: ClaimContent, placeOfService: String) throws(DomainError)
        -> ([String], [ServiceLine])
    {
        var problems: [String] = []
        let diagnoses = content.diagnoses.map { $0.uppercased() }
        if diagnoses.isEmpty { problems.append("it needs at least one diagnosis (--dx)") }
        if content.lines.isEmpty { problems.append("it needs at least one service line (--line)") }
        var lines: [ServiceLine] = []
        for (index, line) in content.lines.enumerated() {
            let code = line.code.uppercased()
            guard let fee = line.fee ?? settings.feeSchedule.fee(for: code) else {
                problems.append(
                    "line \(index + 1): \(code) has no fee in the practice's fee schedule; give one (\(code)=120.00)")
                continue
            }
            lines.append(
                ServiceLine(
                    code: code, modifiers: line.modifiers.map { $0.uppercased() }, units: line.units,
                    charge: Cents(fee.value * max(1, line.units)), pointers: line.pointers))
        }
        problems += ClaimEdits.codingProblems(diagnoses: diagnoses, lines: lines, placeOfService: placeOfService)
        guard problems.isEmpty else {
            throw DomainError("The claim cannot be made: " + problems.joined(separator: "; ") + ".")
        }
        return (diagnoses, lines)
    }

    /// The claim billing a visit, if there is one: the newest that is neither a void nor voided (a voided claim
    /// leaves the visit to bill again). O(log n) through `claimByVisitNumber`.
    public func claim(forVisit id: AppointmentID) -> Claim? {
        claimID(forVisit: id).flatMap { claims[$0] }
    }

    /// The payer a patient without insurance is billed under.
    public var selfPayPayer: Payer? { payers.sorted.first { $0.kind == .selfPay } }
}
