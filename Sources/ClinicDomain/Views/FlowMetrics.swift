import Foundation

/// The numbers that head the flow pane: how the day is going.
public struct FlowMetrics: Sendable, Equatable {
    /// Appointments on the day that were not cancelled (no-shows count: they were booked).
    public var booked: Int
    /// Patients arrived or roomed, waiting for their provider.
    public var waitingNow: Int
    /// The longest live wait, if anyone waits.
    public var longestWaitMinutes: Int?
    /// Average total wait (the later of start and arrival → with provider, `waitMinutes`) over everyone who arrived
    /// today, live waits included.
    public var averageWaitMinutes: Int?
    /// No-shows ÷ appointments already started that held a slot (no-shows included, cancellations not).
    public var noShowRate: Double?
    /// Cancellations inside the practice's window (`PracticeSettings.lateCancelHours`) before the start: beside
    /// the no-shows, since the slot was as good as lost. Not in `noShowRate`.
    public var lateCancellations: Int
    /// Share of seen patients whose provider came in within `Practice.onTimeStartMinutes` of the later of the
    /// start time and the arrival (a patient who came late does not make the provider late).
    public var onTimeStarts: Double?
    /// Patients still to be seen: scheduled, confirmed, arrived or roomed.
    public var remaining: Int
    public var countsByStatus: [FlowStatus: Int]

    public init(
        booked: Int, waitingNow: Int, longestWaitMinutes: Int?, averageWaitMinutes: Int?, noShowRate: Double?,
        onTimeStarts: Double?, remaining: Int, countsByStatus: [FlowStatus: Int], lateCancellations: Int = 0
    ) {
        self.booked = booked; self.waitingNow = waitingNow; self.longestWaitMinutes = longestWaitMinutes
        self.averageWaitMinutes = averageWaitMinutes; self.noShowRate = noShowRate; self.onTimeStarts = onTimeStarts
        self.remaining = remaining; self.countsByStatus = countsByStatus; self.lateCancellations = lateCancellations
    }
}

extension Practice {
    /// A provider who walks in this many minutes after the (start or arrival) still counts as on time.
    public static let onTimeStartMinutes = 10

    /// The day's numbers at `now`. One pass over the day's appointments.
    public func flowMetrics(on day: LocalDate, now: Date) -> FlowMetrics {
        var counts: [FlowStatus: Int] = [:]
        var booked = 0, waitingNow = 0, remaining = 0
        var longest: Int?
        var waitTotal = 0, waitCount = 0
        var started = 0, noShows = 0, lateCancellations = 0
        var seen = 0, seenOnTime = 0
        for appointment in appointments(on: day) {
            let status = appointment.status
            counts[status, default: 0] += 1
            if status != .cancelled { booked += 1 } else if isLateCancellation(appointment) { lateCancellations += 1 }
            if status.isUpcoming || status.isWaiting { remaining += 1 }
            let start = clock.instant(appointment.day, appointment.start)
            if status != .cancelled && start <= now {
                started += 1
                if status == .noShow { noShows += 1 }
            }
            if let wait = waitMinutes(appointment, now: now) {
                waitTotal += wait; waitCount += 1
                if status.isWaiting {
                    waitingNow += 1
                    longest = max(longest ?? 0, wait)
                }
            }
            if let seenAt = appointment.enteredAt(.withProvider) {
                seen += 1
                let due = max(start, appointment.enteredAt(.arrived) ?? start)
                if seenAt.timeIntervalSince(due) <= Double(Practice.onTimeStartMinutes * 60) { seenOnTime += 1 }
            }
        }
        return FlowMetrics(
            booked: booked, waitingNow: waitingNow, longestWaitMinutes: longest,
            averageWaitMinutes: waitCount == 0 ? nil : Int((Double(waitTotal) / Double(waitCount)).rounded()),
            noShowRate: started == 0 ? nil : Double(noShows) / Double(started),
            onTimeStarts: seen == 0 ? nil : Double(seenOnTime) / Double(seen),
            remaining: remaining, countsByStatus: counts, lateCancellations: lateCancellations)
    }
}
