/// What a patient owes the practice, kept apart from what payers owe (insurance A/R): patient responsibility on
/// insured claims (PR adjustments), self-pay charges, less copays collected at the desk and the patient's
/// payments; a refund adds back. Negative = a credit the practice holds.
public struct PatientBalance: Sendable, Equatable {
    /// PR on insured claims plus what is open on self-pay claims.
    public var charged: Cents = .zero
    /// Copays collected at the desk (all of it, a prepayment included).
    public var copays: Cents = .zero
    /// Payments, less refunds.
    public var payments: Cents = .zero

    public init() {}

    public var total: Cents { charged - copays - payments }
    public var isCredit: Bool { total < .zero }
}

extension Practice {
    /// One patient's balance. Scans claims, the patient's visits and payments: O(n) — views use `patientBalances`.
    public func patientBalance(_ id: PatientID) -> PatientBalance {
        var balance = PatientBalance()
        claims.forEach { claim in
            guard claim.patient == id else { return }
            balance.charged += patientCharge(of: claim)
        }
        appointments.forEach { visit in
            guard visit.patient == id else { return }
            balance.copays += visit.copayCollected
        }
        payments.forEach { payment in
            guard payment.patient == id else { return }
            balance.payments += payment.amount
        }
        return balance
    }

    /// Every patient with anything on their account, in one pass over claims, visits and payments.
    public func patientBalances() -> [PatientID: PatientBalance] {
        var balances: [PatientID: PatientBalance] = [:]
        let kinds = payerKinds
        claims.forEach { claim in
            let charge = patientCharge(of: claim, selfPay: kinds[claim.payer] == .selfPay)
            if charge != .zero { balances[claim.patient, default: PatientBalance()].charged += charge }
        }
        appointments.forEach { visit in
            if visit.copayCollected != .zero {
                balances[visit.patient, default: PatientBalance()].copays += visit.copayCollected
            }
        }
        payments.forEach { payment in balances[payment.patient, default: PatientBalance()].payments += payment.amount }
        return balances
    }

    /// What a claim puts on the patient's account: its PR postings (a replaced or voided claim keeps them until the
    /// payer reverses them); on a self-pay claim, everything not adjusted or written off. A void claim, which
    /// only cancels another, puts nothing.
    func patientCharge(of claim: Claim, money: ClaimMoney? = nil, selfPay: Bool? = nil) -> Cents {
        guard claim.frequency != .void else { return .zero }
        let money = money ?? claim.money
        if selfPay ?? (payers[claim.payer]?.kind == .selfPay) {
            return money.insuranceBalance + money.patientResponsibility
        }
        return money.patientResponsibility
    }
}
