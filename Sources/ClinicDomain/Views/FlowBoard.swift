import Foundation

/// How a wait compares with the practice's thresholds (`waitWarnMinutes`, `waitLateMinutes`).
public enum WaitLevel: Int, Sendable, Comparable, CaseIterable {
    /// No wait to judge (not arrived yet, or never waited).
    case none
    /// Waiting, or waited, within the thresholds.
    case ok
    case warn
    case late

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One line of the flow board: an appointment with what the front desk needs beside it.
public struct FlowRow: Sendable, Equatable {
    public var appointment: Appointment
    public var patient: Patient?
    public var provider: Staff?
    /// Minutes since the current status began; only while the patient is in the building (arrived → with provider).
    public var minutesInStatus: Int?
    /// Total wait: arrival → with provider. Live (up to `now`) while the patient still waits; fixed once seen.
    public var waitMinutes: Int?
    /// The wait against the thresholds. Only a live wait can be warn/late: a finished wait is history, not a task.
    public var waitLevel: WaitLevel
    /// Minutes past the start with the patient not yet arrived (scheduled/confirmed only).
    public var lateToStart: Int?

    public init(
        appointment: Appointment, patient: Patient?, provider: Staff?, minutesInStatus: Int?,
        waitMinutes: Int?, waitLevel: WaitLevel, lateToStart: Int?
    ) {
        self.appointment = appointment; self.patient = patient; self.provider = provider
        self.minutesInStatus = minutesInStatus; self.waitMinutes = waitMinutes; self.waitLevel = waitLevel
        self.lateToStart = lateToStart
    }
}

extension Practice {
    /// The day's flow board in time order (start, provider, ID). Uses the day index: O(appointments that day).
    public func flowBoard(
        on day: LocalDate, now: Date, provider: StaffID? = nil,
        statuses: Set<FlowStatus>? = nil
    ) -> [FlowRow] {
        var rows: [FlowRow] = []
        for appointment in appointments(on: day) {
            if let provider, appointment.provider != provider { continue }
            if let statuses, !statuses.contains(appointment.status) { continue }
            rows.append(flowRow(appointment, now: now))
        }
        return rows
    }

    /// One appointment as a flow-board row at `now`.
    public func flowRow(_ appointment: Appointment, now: Date) -> FlowRow {
        let status = appointment.status
        let wait = waitMinutes(appointment, now: now)
        var level = WaitLevel.none
        if let wait {
            if status.isWaiting {
                level = wait >= settings.waitLateMinutes ? .late : wait >= settings.waitWarnMinutes ? .warn : .ok
            } else {
                level = .ok
            }
        }
        var inStatus: Int?
        if status.isInClinic, let since = appointment.statusSince {
            inStatus = PracticeClock.minutes(from: since, to: now)
        }
        var lateToStart: Int?
        if status.isUpcoming {
            let start = clock.instant(appointment.day, appointment.start)
            if now > start { lateToStart = PracticeClock.minutes(from: start, to: now) }
        }
        return FlowRow(
            appointment: appointment, patient: patients[appointment.patient],
            provider: staff[appointment.provider], minutesInStatus: inStatus, waitMinutes: wait,
            waitLevel: level, lateToStart: lateToStart)
    }

    /// Total wait, from the later of the booked start and the arrival until the provider walks in: runs to `now`
    /// while arrived or roomed, stops when the provider walks in or the patient leaves. A patient who came early is
    /// not waiting before their time (0 until the start); one who came late waits from the arrival. Nil if the
    /// patient never arrived.
    public func waitMinutes(_ appointment: Appointment, now: Date) -> Int? {
        guard let arrivedAt = appointment.enteredAt(.arrived) else { return nil }
        let arrived = max(arrivedAt, clock.instant(appointment.day, appointment.start))
        if appointment.status.isWaiting { return PracticeClock.minutes(from: arrived, to: now) }
        if let seen = appointment.enteredAt(.withProvider) { return PracticeClock.minutes(from: arrived, to: seen) }
        if let left = appointment.enteredAt(.leftWithoutVisit) { return PracticeClock.minutes(from: arrived, to: left) }
        return nil
    }
}
