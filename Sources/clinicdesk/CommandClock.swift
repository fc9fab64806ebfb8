import ArgumentParser
import Foundation

/// The time a command acts at: the system clock, unless a test or a demo moves it. `--now` or `CLINICDESK_NOW`
/// (an ISO-8601 instant, the flag winning) sets where it starts; `CLINICDESK_CLOCK_RATE` sets how fast it then
/// runs (60: a real second is a minute; 0 stops it), so an end-to-end test watches a wait rise in seconds.
struct CommandClock: Sendable {
    static let nowVariable = "CLINICDESK_NOW"
    static let rateVariable = "CLINICDESK_CLOCK_RATE"

    /// The instant the clock showed at launch.
    let start: Date
    /// Clock seconds per real second.
    let rate: Double
    /// False for the system clock (neither a start nor a rate was given).
    let isMoved: Bool
    private let launched: Date

    init(start: Date?, rate: Double?, launched: Date = Date()) {
        self.start = start ?? launched
        self.rate = rate ?? 1
        self.isMoved = start != nil || rate != nil
        self.launched = launched
    }

    var now: Date { start.addingTimeInterval(Date().timeIntervalSince(launched) * rate) }

    /// The clock for a command whose hidden `--now` was `flag`.
    static func resolve(
        now flag: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> CommandClock {
        let start =
            try flag.map { try parseInstant($0) }
            ?? environment[nowVariable].map { try parseInstant($0, from: nowVariable) }
        let rate = try environment[rateVariable].map(parseRate)
        return CommandClock(start: start, rate: rate)
    }

    static func parseRate(_ text: String) throws -> Double {
        guard let rate = Double(text), rate.isFinite, rate >= 0 else {
            throw ValidationError(
                "\(rateVariable) wants a number of clock seconds per real second such as 60, "
                    + "not '\(text)'")
        }
        return rate
    }
}
