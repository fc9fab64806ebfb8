import ClinicDomain
import Foundation

// The pane's own reading of the day. Kept here, not in ClinicDomain, until the shared derived views
// (`flowBoard`, `flowMetrics`, `weekOverview` on branch `views`) land; the names differ on purpose so the
// two can coexist during the merge and be swapped one call site at a time.

/// One appointment as the flow board shows it, with its clocks worked out at `now`.
struct FlowLine: Sendable, Equatable {
    let appointment: Appointment
    /// Minutes in the current status, for statuses whose clock matters (arrived, roomed, with provider).
    let inStatusMinutes: Int?
    /// Arrival → seen by the provider (or → now while still waiting); nil before arrival.
    let waitMinutes: Int?

    var id: AppointmentID { appointment.id }
    var status: FlowStatus { appointment.status }

    init(_ appointment: Appointment, now: Date) {
        self.appointment = appointment
        let status = appointment.status
        if status.isInClinic, let since = appointment.statusSince {
            inStatusMinutes = PracticeClock.minutes(from: since, to: now)
        } else {
            inStatusMinutes = nil
        }
        if let arrived = appointment.enteredAt(.arrived) {
            // The wait ends when the provider walks in (or the patient walks out); until then it runs.
            let end = appointment.enteredAt(.withProvider) ?? appointment.enteredAt(.leftWithoutVisit)
                ?? (status.isWaiting ? now : nil)
            waitMinutes = end.map { PracticeClock.minutes(from: arrived, to: $0) }
        } else {
            waitMinutes = nil
        }
    }

    /// The wait that is still running, if the patient is waiting now.
    var runningWait: Int? { status.isWaiting ? waitMinutes : nil }
}

/// The status groups the `F` filter cycles through.
enum FlowStatusFilter: String, CaseIterable, Sendable {
    case all, upcoming, inClinic = "in clinic", done

    func admits(_ status: FlowStatus) -> Bool {
        switch self {
        case .all: return true
        case .upcoming: return status.isUpcoming
        case .inClinic: return status.isInClinic
        case .done: return status.isFinal
        }
    }
}

/// The pane header's figures for one day.
struct FlowNumbers: Sendable, Equatable {
    var booked = 0
    var waiting = 0
    var longestWait = 0
    /// Mean arrival → seen, over everyone who has arrived today (running waits count as they stand).
    var averageWait: Int?
    /// Percent of appointments whose start has passed that ended as no-shows.
    var noShowPercent: Int?
    /// Percent of seen patients taken by the provider within `Practice.lateArrivalMinutes` of the booked start.
    var onTimePercent: Int?
    var remaining = 0
}

extension Practice {
    /// The day's appointments in time order as flow lines, filtered by provider and status group.
    func flowLines(on day: LocalDate, now: Date, provider: StaffID? = nil,
                   filter: FlowStatusFilter = .all) -> [FlowLine] {
        appointments(on: day)
            .filter { provider == nil || $0.provider == provider }
            .filter { filter.admits($0.status) }
            .map { FlowLine($0, now: now) }
    }

    func flowNumbers(on day: LocalDate, now: Date) -> FlowNumbers {
        var numbers = FlowNumbers()
        let lines = flowLines(on: day, now: now)
        var waits: [Int] = []
        var started = 0, noShows = 0, seen = 0, onTime = 0
        for line in lines {
            let a = line.appointment
            if a.status != .cancelled { numbers.booked += 1 }
            if a.status.isUpcoming { numbers.remaining += 1 }
            if let wait = line.runningWait {
                numbers.waiting += 1
                numbers.longestWait = max(numbers.longestWait, wait)
            }
            if let wait = line.waitMinutes { waits.append(wait) }
            let start = clock.instant(a.day, a.start)
            if a.status != .cancelled && start <= now {
                started += 1
                if a.status == .noShow { noShows += 1 }
            }
            if let seenAt = a.enteredAt(.withProvider) {
                seen += 1
                if PracticeClock.minutes(from: start, to: seenAt) <= Practice.lateArrivalMinutes { onTime += 1 }
            }
        }
        if !waits.isEmpty { numbers.averageWait = waits.reduce(0, +) / waits.count }
        if started > 0 { numbers.noShowPercent = (noShows * 100 + started / 2) / started }
        if seen > 0 { numbers.onTimePercent = (onTime * 100 + seen / 2) / seen }
        return numbers
    }

    /// Providers who have a column on `day`: a shift, time off, or an appointment that day. ID order.
    func providersWorking(on day: LocalDate) -> [Staff] {
        let booked = Set(appointments(on: day).filter(\.holdsSlot).map(\.provider))
        let shifted = Set(shifts(on: day).map(\.staff))
        return providers.filter { booked.contains($0.id) || shifted.contains($0.id) || timeOff(for: $0.id, on: day) != nil }
    }

    /// Free slots of `slot` minutes inside the provider's shifts on `day`, not touched by any appointment.
    func freeSlots(provider: StaffID, on day: LocalDate, slot: Int) -> Int {
        guard timeOff(for: provider, on: day) == nil else { return 0 }
        let busy = appointments(on: day).filter { $0.provider == provider && $0.holdsSlot }
        var free = 0
        for shift in shifts.values where shift.staff == provider && shift.day == day {
            var t = shift.start.minutes
            while t + slot <= shift.end.minutes {
                if !busy.contains(where: { $0.overlaps(day: day, start: TimeOfDay(minutes: t), minutes: slot) }) { free += 1 }
                t += slot
            }
        }
        return free
    }
}

/// `34m`, `1h05`: short durations for tight columns.
func flowDuration(_ minutes: Int) -> String {
    minutes < 60 ? "\(minutes)m" : "\(minutes / 60)h" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
}
