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

    public init(
        claim: Claim, patient: Patient?, payer: Payer?, open: Cents, daysToFile: Int?, ageDays: Int,
        risk: ClaimRisk
    ) {
        self.claim = claim; self.patient = patient; self.payer = payer; self.open = open
        self.daysToFile = daysToFile; self.ageDays = ageDays; self.risk = risk
    }
}

extension Practice {
    /// Open claims sorted by what loses money first: past/near the filing deadline (fewest days first), denied,
    /// needing action, the rest; within a group the larger open amount, then the older claim, then the ID.
    /// Scans and sorts every open claim: O(n log n) — cache per `lastSeq` and day, do not rebuild per frame.
    public func claimQueue(today: LocalDate) -> [ClaimRow] {
        // Sort small keys gathered from borrowed rows, then copy each open claim once, in queue order: copying
        // ~38k claims (with their patient and payer) was most of the cost, and sorting rows moved them again.
        var keys: [(risk: Int, daysToFile: Int, open: Int, age: Int, id: Int)] = []
        claims.forEach { claim in
            guard claim.status.isOpen else { return }
            let daysToFile = payers[claim.payer].flatMap { claim.daysToFile(payer: $0, today: today) }
            let risk = claimRisk(claim, daysToFile: daysToFile, today: today)
            keys.append(
                (
                    risk.rawValue, risk <= .nearDeadline ? daysToFile ?? 0 : 0, -claim.open.value,
                    -claim.ageInDays(today: today), claim.id.number
                ))
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
                    risk: ClaimRisk(rawValue: key.risk) ?? .normal))
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
