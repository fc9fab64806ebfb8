import ClinicDomain

/// A payer's decision on the lines it adjudicated, reconciled to the cent: allowed = paid + patient
/// responsibility (copay PR-3, deductible PR-1, coinsurance PR-2, or PR-27 for the whole charge when coverage had
/// ended), and the contractual discount CO-45 = charged − allowed. Lines it has not decided stay insurance A/R.
struct Adjudication {
    var paid: Cents = .zero
    var contractual: Cents = .zero
    var copay: Cents = .zero
    var deductible: Cents = .zero
    var coinsurance: Cents = .zero
    /// PR-27 and the like: the payer put the charge on the patient.
    var patientOwes: (code: String, amount: Cents)?
    /// The desk collected more than the plan's copay (the card on file was out of date): a credit.
    var copayOverpaid: Cents = .zero

    var patientShare: Cents { copay + deductible + coinsurance + (patientOwes?.amount ?? .zero) }

    /// The stamp's note when the remittance says something the postings alone do not (the postings carry the
    /// amounts; 80,000 repeated notes would cost the large practice's open time for nothing).
    var note: String? {
        if let owed = patientOwes { return "PR-\(owed.code) \(owed.amount): coverage ended; billed to the patient" }
        if copayOverpaid > .zero { return "plan copay \(copay): \(copayOverpaid) credit to the patient" }
        return nil
    }

    /// The remittance's postings, all on its payment day under its trace number.
    func postings(on day: LocalDate, reference: String) -> [ClaimPosting] {
        var postings = [ClaimPosting(bucket: .payerPaid, amount: paid, on: day, reference: reference)]
        let adjustments: [(PostingBucket, String, Cents)] = [
            (.contractual, "45", contractual), (.patientResponsibility, "3", copay),
            (.patientResponsibility, "1", deductible), (.patientResponsibility, "2", coinsurance),
            (.patientResponsibility, patientOwes?.code ?? "27", patientOwes?.amount ?? .zero),
        ]
        for (bucket, code, amount) in adjustments where amount > .zero {
            postings.append(ClaimPosting(bucket: bucket, amount: amount, reason: code, on: day, reference: reference))
        }
        return postings
    }
}

/// What the claims leave on patients' accounts, for the payments that follow: deductible and coinsurance
/// billed on statements, overpaid copays, self-pay bills.
struct PatientLedger {
    struct Share {
        let patient: PatientID
        let claim: ClaimID
        let amount: Cents
        let on: LocalDate
    }

    var statementShares: [Share] = []
    var credits: [Share] = []
    var selfPay: [Share] = []

    mutating func posted(_ remittance: Adjudication, claim: Claim, on day: LocalDate) {
        let owed = remittance.deductible + remittance.coinsurance
        if owed > .zero {
            statementShares.append(Share(patient: claim.patient, claim: claim.id, amount: owed, on: day))
        }
        if remittance.copayOverpaid > .zero {
            credits.append(Share(patient: claim.patient, claim: claim.id, amount: remittance.copayOverpaid, on: day))
        }
    }
}

extension DemoContext {
    /// How many paid visits the desk over-collected on: the first is refunded, the others show as credits.
    static let overpaidCopays = 2

    /// The payer's decision on the first `lines` lines of `claim`, at allowed rates by kind of payer.
    func adjudication(
        of claim: Claim, lines: Int, kind: PayerKind, story: ClaimStory?, copayCollected: Cents,
        ledger: inout PatientLedger, random: inout DemoRandom
    ) -> Adjudication {
        let charged = claim.lines.prefix(lines).reduce(Cents.zero) { $0 + $1.charge }.value
        var result = Adjudication()
        if let owed = story?.patientOwes {
            result.patientOwes = (owed.code, Cents(charged))
            return result
        }
        let percent: ClosedRange<Int>
        switch kind {
        case .medicare: percent = 50...62
        case .medicaid: percent = 38...50
        case .commercial, .selfPay: percent = 60...80
        }
        // The plan's copay: the patient's copay on file, which the desk collected at check-out. Contracted rates
        // never allow an office visit below the copay, so the copay never leaves an accidental credit.
        let planCopay = practice.patients[claim.patient]?.copay.value ?? 0
        let allowed = max(charged * random.int(percent) / 100, min(charged, planCopay))
        var copay = min(planCopay, allowed)
        if copayCollected.value == copay, copay > 1_500, claim.appointment != nil,
            ledger.credits.count < Self.overpaidCopays, random.chance(0.2)
        {
            copay -= 1_000
            result.copayOverpaid = Cents(1_000)
        }
        var rest = allowed - copay
        var deductible = 0
        var coinsurance = 0
        let deductibleChance = kind == .commercial ? 0.12 : kind == .medicare ? 0.05 : 0
        if random.chance(deductibleChance) { deductible = rest * random.int(40...90) / 100 }
        rest -= deductible
        let coinsuranceChance = kind == .medicare ? 0.3 : kind == .commercial ? 0.12 : 0
        if random.chance(coinsuranceChance) {
            coinsurance = rest * (kind == .medicare ? 20 : random.pick([10, 20])) / 100
        }
        result.copay = Cents(copay)
        result.deductible = Cents(deductible)
        result.coinsurance = Cents(coinsurance)
        result.paid = Cents(rest - coinsurance)
        result.contractual = Cents(charged - allowed)
        return result
    }

    /// `ERA 1234567890`: one trace number (TRN02) per payer per payment day, shared by the claims paid together.
    func eraReference(payer: PayerID, day: LocalDate) -> String {
        var trace = DemoRandom(seed: seed ^ UInt64(payer.number) &* 0x1000_0001, stream: UInt64(day.dayNumber) + 835)
        return "ERA \(trace.int(1_000_000_000...9_999_999_999))"
    }

    /// Patients' payments: most statement balances paid two to four weeks after the remittance, most self-pay
    /// bills older than a month paid, and one refund of an overpaid copay. The rest stay owed.
    mutating func addPatientPayments(_ ledger: PatientLedger, random: inout DemoRandom) {
        var payments: [(PatientLedger.Share, PaymentMethod, String, Bool)] = []
        for share in ledger.statementShares where share.on.days(until: today) >= 30 && random.chance(0.6) {
            payments.append((share, random.pick([.check, .card, .card]), "statement payment", false))
        }
        for share in ledger.selfPay where share.on.days(until: today) >= 30 && random.chance(0.8) {
            payments.append((share, random.pick([.card, .cash, .check]), "self-pay statement", false))
        }
        if let credit = ledger.credits.first { payments.append((credit, .card, "refund of overpaid copay", true)) }
        let ordered = payments.map { share, method, note, refund in
            let paidOn = min(today, share.on.adding(days: refund ? 5 : random.int(14...28)))
            return (share, method, note, refund, paidOn)
        }.sorted { ($0.4, $0.0.claim) < ($1.4, $1.0.claim) }
        for (offset, (share, method, note, refund, paidOn)) in ordered.enumerated() {
            practice.seed(
                payment: PatientPayment(
                    id: PaymentID(1 + offset), patient: share.patient, amount: refund ? -share.amount : share.amount,
                    method: method, claim: share.claim, on: paidOn, note: note))
        }
    }
}
