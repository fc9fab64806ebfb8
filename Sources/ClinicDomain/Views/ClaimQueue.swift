import Foundation

/// How soon a claim loses money, most urgent first.
public enum ClaimRisk: Int, Sendable, Comparable, CaseIterable {
    /// Not yet filed and past the payer's timely-filing deadline: likely lost (CO-29), file or write off now.
    case pastDeadline
    /// Not yet filed and within `filingWarningDays` of the deadline (the industry's "drop" warning).
    case nearDeadline
    /// Denied by the payer and not yet appealed or written off.
    case denied
    /// Bounced by the clearinghouse, or its follow-up date has come: someone must act.
    case needsAction
    /// With the payer or waiting to be filed in good time.
    case normal

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var label: String {
        switch self {
        case .pastDeadline: return "past deadline"
        case .nearDeadline: return "near deadline"
        case .denied: return "denied"
        case .needsAction: return "needs action"
        case .normal: return "ok"
        }
    }
}

/// One open claim in the biller's queue.
public struct ClaimRow: Sendable, Equatable {
    public var claim: Claim
    public var patient: Patient?
    public var payer: Payer?
    public var open: Cents
    /// Days left to file (negative: past the deadline); nil once the payer has it.
    public var daysToFile: Int?
    /// Days since the date of service.
    public var ageDays: Int
    public var risk: ClaimRisk
    /// The money at risk: open amount × the chance it is lost (`ClaimQueueScore`), in cents.
    public var atRisk: Cents

    public init(
        claim: Claim, patient: Patient?, payer: Payer?, open: Cents, daysToFile: Int?, ageDays: Int,
        risk: ClaimRisk, atRisk: Cents = .zero
    ) {
        self.claim = claim; self.patient = patient; self.payer = payer; self.open = open
        self.daysToFile = daysToFile; self.ageDays = ageDays; self.risk = risk; self.atRisk = atRisk
    }
}

/// How likely an open claim's money is lost if nobody acts, by what is wrong with it — the queue's order is the
/// open amount times this chance, largest first (docs/USER-GUIDE.md, "The claim queue"):
/// - not yet accepted and past the filing deadline: 90 %; within the warning window: 50 % rising to 80 % on the day;
/// - denied, appealable or correctable: 60 % (a denial not worked within the appeal window is lost);
/// - rejected by the clearinghouse (fixable): 40 %;
/// - its follow-up date has come: 25 %, + 1 % per day overdue up to 50 %;
/// - otherwise 2 %, + 1 % per 10 days past 30 days of age up to 30 % (old A/R collects less).
public enum ClaimQueueScore {
    public static func lossChance(risk: ClaimRisk, daysToFile: Int?, followUpOverdue: Int?, age: Int, warning: Int)
        -> Double
    {
        switch risk {
        case .pastDeadline: return 0.9
        case .nearDeadline:
            let left = Double(max(0, daysToFile ?? 0))
            return 0.8 - 0.3 * left / Double(max(1, warning))
        case .denied: return 0.6
        case .needsAction:
            if let overdue = followUpOverdue { return min(0.5, 0.25 + 0.01 * Double(overdue)) }
            return 0.4
        case .normal: return min(0.3, 0.02 + 0.01 * Double(max(0, age - 30)) / 10)
        }
    }
}

extension Practice {
    /// Open insurance claims by money at risk, largest first (`ClaimQueueScore`); ties by the more urgent risk,
    /// the older claim, then the ID. Self-pay claims are the patients' A/R, not the biller's queue.
    /// Scans and sorts every open claim: O(n log n) — cache per `lastSeq` and day, do not rebuild per frame.
    public func claimQueue(today: LocalDate) -> [ClaimRow] {
        // Sort small keys gathered from borrowed rows, then copy each open claim once, in queue order: copying
        // ~38k claims (with their patient and payer) was most of the cost, and sorting rows moved them again.
        var keys: [(atRisk: Int, risk: Int, age: Int, id: Int)] = []
        claims.forEach { claim in
            guard claim.status.isOpen, let payer = payers[claim.payer], payer.kind != .selfPay else { return }
            let daysToFile = claim.daysToFile(payer: payer, today: today)
            let risk = claimRisk(claim, daysToFile: daysToFile, today: today)
            let age = claim.ageInDays(today: today)
            let overdue = claim.followUp.flatMap { $0 <= today ? $0.days(until: today) : nil }
            let chance = ClaimQueueScore.lossChance(
                risk: risk, daysToFile: daysToFile, followUpOverdue: overdue, age: age,
                warning: settings.filingWarningDays)
            // An unfiled claim's whole charge is at stake even before anything is posted.
            let atRisk = Int((Double(claim.open.value) * chance).rounded())
            keys.append((-atRisk, risk.rawValue, -age, claim.id.number))
        }
        keys.sort { $0 < $1 }
        var rows: [ClaimRow] = []
        rows.reserveCapacity(keys.count)
        for key in keys {
            guard let claim = claims[ClaimID(key.id)] else { continue }
            let payer = payers[claim.payer]
            let daysToFile = payer.flatMap { claim.daysToFile(payer: $0, today: today) }
            rows.append(
                ClaimRow(
                    claim: claim, patient: patients[claim.patient], payer: payer, open: claim.open,
                    daysToFile: daysToFile, ageDays: claim.ageInDays(today: today),
                    risk: ClaimRisk(rawValue: key.risk) ?? .normal, atRisk: Cents(-key.atRisk)))
        }
        return rows
    }

    public func claimRisk(_ claim: Claim, daysToFile: Int?, today: LocalDate) -> ClaimRisk {
        if let daysToFile {
            if daysToFile < 0 { return .pastDeadline }
            if daysToFile <= settings.filingWarningDays { return .nearDeadline }
        }
        if claim.status == .denied { return .denied }
        if claim.status == .rejected { return .needsAction }
        if let followUp = claim.followUp, followUp <= today { return .needsAction }
        return .normal
    }
}
