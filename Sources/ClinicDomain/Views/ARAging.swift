import Foundation

/// Age ranges of open A/R, by days since the date of service.
public enum AgingBucket: Int, Sendable, CaseIterable, Comparable {
    case upTo30, upTo60, upTo90, upTo120, over120

    public init(ageInDays age: Int) {
        switch age {
        case ...30: self = .upTo30
        case 31...60: self = .upTo60
        case 61...90: self = .upTo90
        case 91...120: self = .upTo120
        default: self = .over120
        }
    }

    /// `0–30`, `31–60`, `61–90`, `91–120`, `120+`
    public var label: String {
        switch self {
        case .upTo30: return "0–30"
        case .upTo60: return "31–60"
        case .upTo90: return "61–90"
        case .upTo120: return "91–120"
        case .over120: return "120+"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The share of A/R over 120 days, judged by the usual benchmark: < 18% healthy, 18–25% watch, > 25% bad.
public enum ARHealth: String, Sendable, CaseIterable {
    case healthy, watch, bad

    public init(over120Share share: Double) {
        self = share < 0.18 ? .healthy : share <= 0.25 ? .watch : .bad
    }
}

public struct AgingBucketTotal: Sendable, Equatable {
    public var bucket: AgingBucket
    public var amount: Cents
    public var count: Int

    public init(bucket: AgingBucket, amount: Cents, count: Int) {
        self.bucket = bucket; self.amount = amount; self.count = count
    }
}

/// Open accounts receivable by age.
public struct ARAging: Sendable, Equatable {
    /// Always five, in `AgingBucket` order.
    public var buckets: [AgingBucketTotal]
    public var total: Cents
    public var count: Int

    public init(buckets: [AgingBucketTotal], total: Cents, count: Int) {
        self.buckets = buckets; self.total = total; self.count = count
    }

    public func bucket(_ bucket: AgingBucket) -> AgingBucketTotal {
        buckets.first { $0.bucket == bucket } ?? AgingBucketTotal(bucket: bucket, amount: .zero, count: 0)
    }

    /// A bucket's share of the total amount; nil when nothing is open.
    public func share(_ bucket: AgingBucket) -> Double? {
        total.value == 0 ? nil : Double(self.bucket(bucket).amount.value) / Double(total.value)
    }

    public var over120Share: Double? { share(.over120) }
    /// Nothing open counts as healthy.
    public var health: ARHealth { over120Share.map { ARHealth(over120Share: $0) } ?? .healthy }
}

extension Practice {
    /// Open claims (not paid or written off, something still owed by a payer) bucketed by age from the date of
    /// service; self-pay claims are the patients' A/R (`patientBalances`).
    /// Unsubmitted claims count: the money is owed from the visit on. Scans every claim once: O(n);
    /// a pane should cache the result per `lastSeq` and day rather than recompute it every frame.
    public func arAging(today: LocalDate) -> ARAging {
        var amounts = [Int](repeating: 0, count: AgingBucket.allCases.count)
        var counts = [Int](repeating: 0, count: AgingBucket.allCases.count)
        let kinds = payerKinds
        claims.forEach { claim in
            guard claim.status.isOpen, claim.frequency != .void, kinds[claim.payer] != .selfPay else { return }
            let open = claim.open
            guard open > .zero else { return }
            let index = AgingBucket(ageInDays: claim.ageInDays(today: today)).rawValue
            amounts[index] += open.value
            counts[index] += 1
        }
        let buckets = AgingBucket.allCases.map {
            AgingBucketTotal(bucket: $0, amount: Cents(amounts[$0.rawValue]), count: counts[$0.rawValue])
        }
        return ARAging(buckets: buckets, total: Cents(amounts.reduce(0, +)), count: counts.reduce(0, +))
    }

    /// The initial denial rate by count over the last `days` days of service (`BillingMetrics.denialRate` has the
    /// formula): claims the payer first answered with a CO/OA/PI denial ÷ claims it answered. PR is never a denial.
    /// Nil when nothing was answered. O(n) over claims.
    public func denialRate(today: LocalDate, days: Int = 90) -> Double? {
        let first = today.adding(days: -(max(1, days) - 1))
        var answered = 0, denied = 0
        let kinds = payerKinds
        claims.forEach { claim in
            guard claim.dateOfService >= first && claim.dateOfService <= today, claim.frequency != .void,
                kinds[claim.payer] != .selfPay
            else { return }
            let answer = Self.firstAnswer(of: claim)
            guard answer != .none else { return }
            answered += 1
            if answer == .denied { denied += 1 }
        }
        return answered == 0 ? nil : Double(denied) / Double(answered)
    }
}
