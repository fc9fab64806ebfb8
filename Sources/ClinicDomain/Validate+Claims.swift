import Foundation

extension Practice {
    func validateSubmit(_ id: ClaimID) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .submitted) else { throw claimRefusal(claim, "be submitted") }
        var problems: [String] = []
        if claim.lines.isEmpty { problems.append("it has no service lines") }
        for (index, line) in claim.lines.enumerated() {
            if !MedicalCodes.isValidProcedure(line.code) {
                problems.append("line \(index + 1): '\(line.code)' is not a CPT/HCPCS code")
            }
            for modifier in line.modifiers where !MedicalCodes.isValidModifier(modifier) {
                problems.append("line \(index + 1): modifier '\(modifier)' is not two letters/digits")
            }
            if line.charge <= .zero { problems.append("line \(index + 1): charge must be positive") }
        }
        if claim.diagnoses.isEmpty { problems.append("it has no diagnosis") }
        for code in claim.diagnoses where !MedicalCodes.isValidICD10(code) {
            problems.append("'\(code)' is not an ICD-10-CM code")
        }
        guard problems.isEmpty else {
            throw DomainError("\(id) cannot be submitted: " + problems.joined(separator: "; ") + ".")
        }
        return [.claimStatusChanged(id, to: .submitted, note: nil)]
    }

    func claimStep(_ id: ClaimID, to target: ClaimStatus, note: String?) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: target) else { throw claimRefusal(claim, verb(for: target)) }
        return [.claimStatusChanged(id, to: target, note: note)]
    }

    func validatePay(_ id: ClaimID, amount: Cents, adjustment: Cents?) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.isPayable else { throw claimRefusal(claim, "be paid") }
        guard amount >= .zero, (adjustment ?? .zero) >= .zero, amount + (adjustment ?? .zero) > .zero else {
            throw DomainError("A payment on \(id) must be a positive amount, not \(amount).")
        }
        let adjustment = adjustment ?? .zero
        let open = claim.billed - claim.paid - claim.adjusted
        guard amount + adjustment <= open else {
            throw DomainError("\(id) has \(open) open; \(amount) paid + \(adjustment) adjusted would overpay it.")
        }
        let settled = amount + adjustment == open
        return [.claimPaid(id, amount: amount, adjustment: adjustment, to: settled ? .paid : .partiallyPaid)]
    }

    func validateDeny(_ id: ClaimID, denial: Denial) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .denied) else { throw claimRefusal(claim, "be denied") }
        if let rarc = denial.rarc, RARC.parse(rarc) != rarc {
            throw DomainError("'\(rarc)' is not a RARC (M, N or MA and 1–3 digits: M15, N130, MA130).")
        }
        return [.claimDenied(id, denial)]
    }

    func validateAppeal(_ id: ClaimID) throws(DomainError) -> [Change] {
        let claim = try require(id)
        guard claim.status.canMove(to: .appealed) else { throw claimRefusal(claim, "be appealed") }
        // A timely-filing denial (CO-29) is final: the payer will not hear an appeal.
        if let denial = claim.denial, denial.code == "29" {
            throw DomainError("\(id) was denied \(denial) (filing limit expired): it cannot be appealed; write it off.")
        }
        return [.claimStatusChanged(id, to: .appealed, note: nil)]
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
