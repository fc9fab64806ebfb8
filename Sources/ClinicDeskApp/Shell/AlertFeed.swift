import ClinicDomain
import Foundation

/// The domain's alerts as this terminal may show them: under the privacy mask a patient's name becomes
/// initials (the domain writes names into its messages; only the app knows a mask is on).
enum AlertFeed {
    static func alerts(_ practice: Practice, now: Date, privacy: Bool, claimAlerts: [Alert]? = nil) -> [Alert] {
        let alerts = claimAlerts.map { practice.alerts(now: now, claimAlerts: $0) } ?? practice.alerts(now: now)
        guard privacy else { return alerts }
        return alerts.map { alert in
            var masked = alert
            if let subject = alert.subject, let id = AppointmentID(subject),
                let appointment = practice.appointments[id], let patient = practice.patients[appointment.patient]
            {
                masked.message = alert.message
                    .replacingOccurrences(of: patient.fullName, with: patient.initials)
                    .replacingOccurrences(of: patient.shortName, with: patient.initials)
            }
            return masked
        }
    }
}

/// The alerts a terminal shows: the role's, without the signed-in user's snoozed ones, and how many of those
/// are snoozed (the `!` title says so).
struct ShownAlerts: Sendable, Equatable {
    var alerts: [Alert]
    var snoozed: Int
}

/// The alert strip's and the `!` popup's list, kept per state, minute, mask, role and the user's snoozes. The
/// claim alerts inside it scan every claim, so they are their own query (`ClaimAlertsQuery`), kept while the
/// claims are unchanged.
struct AlertsQuery: DerivedQuery {
    let now: Date
    let privacy: Bool
    let login: String
    let role: Role?
    /// The user's snoozes running at `now` (identity → until): a snooze or its end gives a new query.
    let snoozes: [String: Date]
    let claimAlerts: [Alert]

    func hash(into hasher: inout Hasher) {
        hasher.combine(now)
        hasher.combine(privacy)
        hasher.combine(login)
        hasher.combine(role)
        hasher.combine(snoozes)
    }

    func answer(from practice: Practice) -> ShownAlerts {
        let all = AlertFeed.alerts(practice, now: now, privacy: privacy, claimAlerts: claimAlerts)
        let shown = practice.shownAlerts(all, login: login, role: role, now: now)
        return ShownAlerts(alerts: shown.shown, snoozed: shown.snoozed)
    }
}

/// Filing and appeal deadlines and unbilled visits for a day: what `claimAlerts` reads is the claims, payers,
/// appointments and settings.
struct ClaimAlertsQuery: DerivedQuery {
    let today: LocalDate

    struct Inputs: Equatable, Sendable {
        let claims: SameStorage<Table<Claim>>
        let payers: SameStorage<Table<Payer>>
        let appointments: SameStorage<Table<Appointment>>
        let settings: PracticeSettings
    }

    func inputs(of practice: Practice) -> Inputs {
        Inputs(
            claims: SameStorage(practice.claims), payers: SameStorage(practice.payers),
            appointments: SameStorage(practice.appointments), settings: practice.settings)
    }

    func answer(from practice: Practice) -> [Alert] { practice.claimAlerts(today: today) }
}

extension DerivedViewCache {
    /// The alerts at `now` (a minute of the screen's clock) as this terminal shows them to `login` with `role`.
    func alerts(_ practice: Practice, now: Date, privacy: Bool, login: String, role: Role?) -> ShownAlerts {
        // A role that may not see claim balances is never shown the claim alerts: they are not even computed.
        let claimAlerts =
            role.map { RoleTable.sees($0, .claimBalances) } ?? true
            ? answer(ClaimAlertsQuery(today: practice.clock.day(of: now)), from: practice) : []
        let query = AlertsQuery(
            now: now, privacy: privacy, login: login, role: role, snoozes: practice.snoozes(of: login, at: now),
            claimAlerts: claimAlerts)
        return answer(query, from: practice)
    }
}
