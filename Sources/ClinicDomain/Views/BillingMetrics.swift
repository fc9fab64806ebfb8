/// The figures a billing manager reads the practice's money by, each with its formula written here and in
/// docs/USER-GUIDE.md. Windows are by date of service and end today; "last 3 months" is 90 days.
public struct BillingMetrics: Sendable, Equatable {
    /// What payers still owe: the open insurance balance of every open claim (self-pay claims excluded).
    public var insuranceAR: Cents = .zero
    /// What patients owe: the sum of the positive patient balances.
    public var patientAR: Cents = .zero
    /// Credits the practice holds: patients' credit balances plus payers' overpayments on claims.
    public var credits: Cents = .zero
    /// Charges (billed) with a date of service in the last 90 days.
    public var charges90: Cents = .zero
    /// Days in A/R = (insurance A/R + patient A/R) ÷ (charges of the last 90 days ÷ 90). Nil without charges.
    public var daysInAR: Double?
    /// Collected this calendar month: payer payments posted this month (reversals net) + patients' payments
    /// (refunds net) + copays collected on this month's visits.
    public var collectedThisMonth: Cents = .zero
    /// Net collection rate = payments ÷ (charges − contractual adjustments), over insured claims with a date of
    /// service in the last 90 days that the payer has answered (unadjudicated money is not yet lost); payments =
    /// payer paid + the patient's copays and payments on those visits and claims.
    public var netCollectionRate: Double?
    /// Initial denial rate by count: claims (last 90 days) the payer first answered with a CO/OA/PI denial ÷ claims
    /// the payer answered. PR (patient responsibility) is never a denial.
    public var denialRate: Double?
    /// The same by dollars: billed of those denied ÷ billed of those answered.
    public var denialRateByDollars: Double?
    /// Clean (first-pass) claim rate: claims answered without a rejection or a denial on their first submission
    /// ÷ claims answered.
    public var cleanClaimRate: Double?
    /// Checked-out visits with no claim, and the days the oldest has waited.
    public var unbilledVisits: Int = 0
    public var oldestUnbilledDays: Int?
    /// Insurance A/R per payer, largest first.
    public var arByPayer: [(payer: PayerID, amount: Cents)] = []

    public init() {}

    public static func == (lhs: BillingMetrics, rhs: BillingMetrics) -> Bool {
        lhs.insuranceAR == rhs.insuranceAR && lhs.patientAR == rhs.patientAR && lhs.credits == rhs.credits
            && lhs.charges90 == rhs.charges90 && lhs.daysInAR == rhs.daysInAR
            && lhs.collectedThisMonth == rhs.collectedThisMonth && lhs.netCollectionRate == rhs.netCollectionRate
            && lhs.denialRate == rhs.denialRate && lhs.denialRateByDollars == rhs.denialRateByDollars
            && lhs.cleanClaimRate == rhs.cleanClaimRate && lhs.unbilledVisits == rhs.unbilledVisits
            && lhs.oldestUnbilledDays == rhs.oldestUnbilledDays
            && lhs.arByPayer.map(\.payer) == rhs.arByPayer.map(\.payer)
            && lhs.arByPayer.map(\.amount) == rhs.arByPayer.map(\.amount)
    }
}

/// A checked-out visit nobody has billed yet.
public struct UnbilledVisit: Sendable, Equatable {
    public var appointment: AppointmentID
    public var patient: PatientID
    public var provider: StaffID
    public var day: LocalDate
    public var daysWaiting: Int
}

extension Practice {
    /// One pass over claims, visits and payments. O(n): a view caches it per practice and day.
    public func billingMetrics(today: LocalDate) -> BillingMetrics {
        var metrics = BillingMetrics()
        let windowStart = today.adding(days: -89)
        let monthStart = LocalDate(year: today.year, month: today.month, day: 1)
        var byPayer: [PayerID: Int] = [:]
        var answered = 0, denied = 0, clean = 0
        var answeredDollars = 0, deniedDollars = 0
        var windowPayments = Cents.zero, windowNet = Cents.zero
        var windowClaimOfVisit: [AppointmentID: Bool] = [:]
        var windowClaims = Set<ClaimID>()
        // Patients' balances, summed in the same passes (`patientBalances` has the rule).
        var balances: [PatientID: Int] = [:]
        let kinds = payerKinds
        claims.forEach { claim in
            let money = claim.money
            let selfPay = kinds[claim.payer] == .selfPay
            let owed = patientCharge(of: claim, money: money, selfPay: selfPay)
            if owed != .zero { balances[claim.patient, default: 0] += owed.value }
            if !selfPay, claim.status.isOpen, claim.frequency != .void {
                let open = max(.zero, money.insuranceBalance)
                metrics.insuranceAR += open
                if open > .zero { byPayer[claim.payer, default: 0] += open.value }
            }
            if !selfPay, money.insuranceBalance < .zero { metrics.credits += -money.insuranceBalance }
            for posting in claim.postings where posting.bucket == .payerPaid && posting.on >= monthStart {
                if posting.on <= today { metrics.collectedThisMonth += posting.amount }
            }
            guard claim.frequency != .void, claim.dateOfService >= windowStart, claim.dateOfService <= today else {
                return
            }
            metrics.charges90 += claim.billed
            guard !selfPay else { return }
            let firstAnswer = Self.firstAnswer(of: claim)
            guard firstAnswer != .none else { return }
            // Net collection counts claims the payer has answered: money not yet adjudicated is not yet lost.
            windowPayments += money.payerPaid
            windowNet += claim.billed - money.contractual
            windowClaims.insert(claim.id)
            if let visit = claim.appointment { windowClaimOfVisit[visit] = true }
            answered += 1
            answeredDollars += claim.billed.value
            if firstAnswer == .denied {
                denied += 1
                deniedDollars += claim.billed.value
            }
            if firstAnswer == .clean { clean += 1 }
        }
        appointments.forEach { visit in
            if visit.copayCollected != .zero {
                balances[visit.patient, default: 0] -= visit.copayCollected.value
                if visit.day >= monthStart, visit.day <= today { metrics.collectedThisMonth += visit.copayCollected }
                if windowClaimOfVisit[visit.id] == true { windowPayments += visit.copayCollected }
            }
            if visit.status == .checkedOut, visit.day <= today, claimID(forVisit: visit.id) == nil {
                metrics.unbilledVisits += 1
                let waiting = visit.day.days(until: today)
                metrics.oldestUnbilledDays = max(metrics.oldestUnbilledDays ?? 0, waiting)
            }
        }
        payments.forEach { payment in
            balances[payment.patient, default: 0] -= payment.amount.value
            if payment.on >= monthStart, payment.on <= today { metrics.collectedThisMonth += payment.amount }
            if let claim = payment.claim, windowClaims.contains(claim) { windowPayments += payment.amount }
        }
        for balance in balances.values {
            if balance > 0 { metrics.patientAR += Cents(balance) } else { metrics.credits += Cents(-balance) }
        }
        let dailyCharges = Double(metrics.charges90.value) / 90
        metrics.daysInAR =
            dailyCharges > 0 ? Double((metrics.insuranceAR + metrics.patientAR).value) / dailyCharges : nil
        metrics.netCollectionRate =
            windowNet > .zero ? Double(windowPayments.value) / Double(windowNet.value) : nil
        metrics.denialRate = answered > 0 ? Double(denied) / Double(answered) : nil
        metrics.denialRateByDollars = answeredDollars > 0 ? Double(deniedDollars) / Double(answeredDollars) : nil
        metrics.cleanClaimRate = answered > 0 ? Double(clean) / Double(answered) : nil
        metrics.arByPayer = byPayer.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { (payer: $0.key, amount: Cents($0.value)) }
        return metrics
    }

    /// Visits checked out with no claim, oldest first.
    public func unbilledVisits(today: LocalDate) -> [UnbilledVisit] {
        var visits: [UnbilledVisit] = []
        appointments.forEach { visit in
            guard visit.status == .checkedOut, visit.day <= today, claimID(forVisit: visit.id) == nil else { return }
            visits.append(
                UnbilledVisit(
                    appointment: visit.id, patient: visit.patient, provider: visit.provider, day: visit.day,
                    daysWaiting: visit.day.days(until: today)))
        }
        return visits.sorted { ($0.day, $0.appointment) < ($1.day, $1.appointment) }
    }

    enum FirstAnswer { case none, clean, denied, rejectedThenAnswered }

    /// How the payer first answered: from the history, the first of rejected / denied / paid / partially paid /
    /// written off after the first submission. A rejection is the clearinghouse's, not a denial, but the claim was
    /// not clean.
    static func firstAnswer(of claim: Claim) -> FirstAnswer {
        var rejected = false
        var submittedSeen = false
        for stamp in claim.history {
            switch stamp.status {
            case .submitted: submittedSeen = true
            case .rejected: rejected = true
            case .denied:
                let countsAsDenial = claim.denial.map { CARC.countsAsDenial(group: $0.group, code: $0.code) } ?? true
                return countsAsDenial ? .denied : (rejected ? .rejectedThenAnswered : .clean)
            case .paid, .partiallyPaid, .appealed, .writtenOff:
                guard submittedSeen || stamp.status != .writtenOff else { continue }
                return rejected ? .rejectedThenAnswered : .clean
            default: continue
            }
        }
        // No answer in the history (a claim imported or seeded without one): read the claim as it stands.
        if let denial = claim.denial, CARC.countsAsDenial(group: denial.group, code: denial.code) { return .denied }
        switch claim.status {
        case .denied, .appealed: return .denied
        case .paid, .partiallyPaid: return rejected ? .rejectedThenAnswered : .clean
        default: return .none
        }
    }
}
