import Foundation

public enum AlertSeverity: Int, Sendable, Comparable, CaseIterable {
    case info, warn, critical
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an alert is about; the order here breaks ties between alerts of equal severity (patients first).
public enum AlertKind: Int, Sendable, Comparable, CaseIterable {
    case patientWaiting, noShowCandidate, providerLate, coverageGap, filingDeadline, appealDeadline, deniedClaim
    case unbilledVisits, credentialExpiring, overdueTask, wipFull, timeOffPending
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Something that needs attention now. Free of screen concepts: the strip and the `!` list decide how to show it.
public struct Alert: Sendable, Equatable {
    public var severity: AlertSeverity
    public var kind: AlertKind
    /// Short, for the alert strip: "R. Müller waiting 34m (Dr Patel)".
    public var message: String
    /// The ID to jump to ("A-31", "C-2231", "S-4", "T-17", "R-2"), if there is one.
    public var subject: String?
    /// Orders alerts of one kind (larger first: minutes waited, days overdue, minus days left); see `AlertRank`.
    public var urgency: Int

    public init(severity: AlertSeverity, kind: AlertKind, message: String, subject: String?, urgency: Int = 0) {
        self.severity = severity; self.kind = kind; self.message = message; self.subject = subject
        self.urgency = urgency
    }

    /// What stays the same while the alert lasts (its message counts minutes): the kind and the subject, or the
    /// message for alerts without one. Snoozes are keyed by it.
    public var identity: String { "\(kind.rawValue):" + (subject ?? message) }

    /// Urgency only orders; two alerts saying the same are equal.
    public static func == (lhs: Alert, rhs: Alert) -> Bool {
        lhs.severity == rhs.severity && lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.subject == rhs.subject
    }
}

extension Practice {
    /// Everything that needs attention at `now`, most urgent first: severity, then kind (patients before money
    /// before paperwork), then the larger number (longer wait, fewer days left). Scans all claims: O(n).
    public func alerts(now: Date) -> [Alert] {
        alerts(now: now, claimAlerts: claimAlerts(today: clock.day(of: now)))
    }

    /// The same list with the claim alerts computed earlier. Claim alerts depend only on the claims and the day,
    /// and scanning 40k claims costs milliseconds: cache `claimAlerts(today:)` per `lastSeq` and day, and call this
    /// every frame — the rest is the day's appointments, the roster and the board.
    public func alerts(now: Date, claimAlerts: [Alert]) -> [Alert] {
        let today = clock.day(of: now)
        var found = AlertList()
        func add(_ severity: AlertSeverity, _ kind: AlertKind, _ message: String, _ subject: String?, _ urgency: Int) {
            found.add(severity, kind, message, subject, urgency)
        }

        // Patients: waits, likely no-shows, providers running late.
        var providerLateness: [StaffID: (minutes: Int, appointment: AppointmentID)] = [:]
        for appointment in appointments(on: today) {
            let who = patients[appointment.patient]?.shortName ?? appointment.patient.description
            let providerName = staff[appointment.provider]?.displayName ?? appointment.provider.description
            let start = clock.instant(appointment.day, appointment.start)
            if appointment.status.isWaiting, let wait = waitMinutes(appointment, now: now) {
                if wait >= settings.waitLateMinutes {
                    add(
                        .critical, .patientWaiting, "\(who) waiting \(wait)m (\(providerName))",
                        appointment.id.description, wait)
                } else if wait >= settings.waitWarnMinutes {
                    add(
                        .warn, .patientWaiting, "\(who) waiting \(wait)m (\(providerName))", appointment.id.description,
                        wait)
                }
                // A patient who arrived late does not make the provider late: count from the later of the two.
                let due = max(start, appointment.enteredAt(.arrived) ?? start)
                let late = PracticeClock.minutes(from: due, to: now)
                if now > due, late >= settings.providerLateMinutes,
                    late > (providerLateness[appointment.provider]?.minutes ?? -1)
                {
                    providerLateness[appointment.provider] = (late, appointment.id)
                }
            } else if appointment.status.isUpcoming, now > start {
                let late = PracticeClock.minutes(from: start, to: now)
                if late >= settings.noShowGraceMinutes {
                    add(
                        .warn, .noShowCandidate, "\(who) not here, due \(appointment.start) (\(late)m)",
                        appointment.id.description, late)
                }
            }
        }
        for (provider, lateness) in providerLateness {
            let name = staff[provider]?.displayName ?? provider.description
            add(
                .warn, .providerLate, "\(name) running \(lateness.minutes)m late", lateness.appointment.description,
                lateness.minutes)
        }

        // Staffing: coverage gaps still ahead today (critical while it is happening).
        let nowTime = clock.timeOfDay(of: now)
        for gap in coverageGaps(on: today) where gap.to > nowTime {
            let current = gap.from <= nowTime
            add(current ? .critical : .warn, .coverageGap, gap.description, nil, -gap.from.minutes)
        }

        // The rest of the week: one line per day that is short, so a gap on Thursday is seen on Monday.
        for offset in 1..<7 {
            let day = today.adding(days: offset)
            let gaps = coverageGaps(on: day)
            guard let first = gaps.first else { continue }
            let more = gaps.count > 1 ? " +\(gaps.count - 1) more" : ""
            add(.info, .coverageGap, "\(day.shortLabel): \(first.description)\(more)", nil, -offset * 24 * 60)
        }

        // People and paperwork: credentials warn from 90 days out, louder inside 30, critical once lapsed.
        for item in expiringCredentials(today: today) {
            let severity: AlertSeverity = item.daysLeft <= 0 ? .critical : item.window <= 30 ? .warn : .info
            add(
                severity, .credentialExpiring, item.message, item.staff?.id.description ?? "practice",
                -item.daysLeft)
        }
        for card in overdueTasks(today: today) {
            let days = card.due.map { $0.days(until: today) } ?? 0
            add(
                card.priority == .high ? .warn : .info, .overdueTask, "\(card.id) \(card.title) overdue \(days)d",
                card.id.description, days)
        }
        for full in fullColumns() {
            add(
                .info, .wipFull, "\(full.column.label) is full (\(full.count)/\(full.limit))", nil,
                full.count - full.limit)
        }
        for entry in timeOff.values where entry.status == .requested && entry.through >= today {
            let name = staff[entry.staff]?.displayName ?? entry.staff.description
            let span =
                entry.from == entry.through
                ? entry.from.monthDayLabel
                : "\(entry.from.monthDayLabel)–\(entry.through.monthDayLabel)"
            add(
                .info, .timeOffPending, "\(entry.id) PTO request: \(name) \(span)", entry.id.description,
                -entry.from.dayNumber)
        }

        return AlertRank.sorted(found.alerts + claimAlerts)
    }

    /// Claims within `filingWarningDays` of their filing deadline (or past it), denials near their appeal deadline
    /// and not yet worked, and visits unbilled `unbilledAlertDays` after checkout; most urgent first.
    /// O(claims + appointments).
    public func claimAlerts(today: LocalDate) -> [Alert] {
        var found = AlertList()
        let unbilled = unbilledVisits(today: today).filter { $0.daysWaiting >= settings.unbilledAlertDays }
        if let oldest = unbilled.first {
            found.add(
                oldest.daysWaiting >= 2 * settings.unbilledAlertDays ? .critical : .warn, .unbilledVisits,
                "\(unbilled.count) visit\(unbilled.count == 1 ? "" : "s") unbilled ≥\(settings.unbilledAlertDays)d "
                    + "(oldest \(oldest.appointment), \(oldest.daysWaiting)d)",
                oldest.appointment.description, oldest.daysWaiting)
        }
        claims.forEach { claim in
            if claim.status == .denied, let payer = payers[claim.payer], let deadline = appealDeadline(claim, payer) {
                let days = today.days(until: deadline)
                // A window closed weeks ago is a write-off to decide, not an alert every day.
                if days <= settings.filingWarningDays, days >= -settings.filingWarningDays {
                    let message =
                        days < 0
                        ? "\(claim.id) appeal window closed \(-days)d ago"
                        : "\(claim.id) appeal by \(deadline) (\(days)d, \(payer.name))"
                    found.add(days <= 0 ? .critical : .warn, .appealDeadline, message, claim.id.description, -days)
                }
            }
            guard claim.status.awaitsFiling || claim.status == .denied else { return }
            if let payer = payers[claim.payer], let days = claim.daysToFile(payer: payer, today: today),
                days <= settings.filingWarningDays
            {
                let message =
                    days < 0
                    ? "\(claim.id) filing deadline passed \(-days)d ago"
                    : days == 0 ? "\(claim.id) files today" : "\(claim.id) files in \(days) day\(days == 1 ? "" : "s")"
                found.add(days <= 0 ? .critical : .warn, .filingDeadline, message, claim.id.description, -days)
            }
            if claim.status == .denied, let denial = claim.denial {
                found.add(
                    .warn, .deniedClaim, "\(claim.id) denied \(denial) (\(denial.reason)) \(claim.open)",
                    claim.id.description, claim.open.value)
            }
        }
        return AlertRank.sorted(found.alerts)
    }

    /// The last day to appeal a denial: the day it was denied + the payer's appeal window (`Payer.appealDays`).
    public func appealDeadline(_ claim: Claim, _ payer: Payer) -> LocalDate? {
        guard let denied = claim.history.last(where: { $0.status == .denied }) else { return nil }
        return clock.day(of: denied.at).adding(days: payer.appealDays)
    }
}

/// Alerts being collected, each with its urgency (`AlertRank` orders them).
private struct AlertList {
    private(set) var alerts: [Alert] = []

    mutating func add(
        _ severity: AlertSeverity, _ kind: AlertKind, _ message: String, _ subject: String?, _ urgency: Int
    ) {
        alerts.append(Alert(severity: severity, kind: kind, message: message, subject: subject, urgency: urgency))
    }
}
