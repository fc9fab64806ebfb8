import Foundation

/// Wrong PINs slow the next try: after n failures in a row for one login, the next attempt waits
/// 1 s, 2 s, 4 s … doubling up to 30 s. Pure: time comes in as an argument, so the CLI (which sleeps) and the
/// dashboard's sign-in screen (which refuses early tries with a countdown) share it. A success clears the count.
public struct SignInThrottle: Sendable, Equatable {
    public static let maximumDelay: TimeInterval = 30

    private var failures: [String: (count: Int, last: Date)] = [:]

    public init() {}

    /// The wait after `failures` wrong PINs in a row: 0, then 1, 2, 4 … seconds, at most 30.
    public static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures > 0 else { return 0 }
        return min(maximumDelay, pow(2, Double(min(failures - 1, 16))))
    }

    public func failureCount(_ login: String) -> Int { failures[login.lowercased()]?.count ?? 0 }

    /// How long from `now` until `login` may try again (0: now).
    public func wait(_ login: String, now: Date) -> TimeInterval {
        guard let entry = failures[login.lowercased()] else { return 0 }
        let ready = entry.last.addingTimeInterval(Self.delay(afterFailures: entry.count))
        return max(0, ready.timeIntervalSince(now))
    }

    /// A wrong PIN (or unknown login) at `now`; returns the delay before the next try.
    @discardableResult
    public mutating func recordFailure(_ login: String, at now: Date) -> TimeInterval {
        let key = login.lowercased()
        let count = (failures[key]?.count ?? 0) + 1
        failures[key] = (count, now)
        return Self.delay(afterFailures: count)
    }

    public mutating func recordSuccess(_ login: String) { failures[login.lowercased()] = nil }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.failures.mapValues(\.count) == rhs.failures.mapValues(\.count)
            && lhs.failures.mapValues(\.last) == rhs.failures.mapValues(\.last)
    }
}
