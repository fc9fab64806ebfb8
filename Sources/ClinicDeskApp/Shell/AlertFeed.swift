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

/// The alert strip's and the `!` popup's list, kept per state, minute and mask. The claim alerts inside it scan
/// every claim, so they are their own query (`ClaimAlertsQuery`), kept while the claims are unchanged.
struct AlertsQuery: DerivedQuery {
    let now: Date
    let privacy: Bool
    let claimAlerts: [Alert]

    func hash(into hasher: inout Hasher) {
        hasher.combine(now)
        hasher.combine(privacy)
    }

    func answer(from practice: Practice) -> [Alert] {
        AlertFeed.alerts(practice, now: now, privacy: privacy, claimAlerts: claimAlerts)
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
    /// The alerts at `now` (a minute of the screen's clock) as this terminal shows them.
    func alerts(_ practice: Practice, now: Date, privacy: Bool) -> [Alert] {
        let claimAlerts = answer(ClaimAlertsQuery(today: practice.clock.day(of: now)), from: practice)
        return answer(AlertsQuery(now: now, privacy: privacy, claimAlerts: claimAlerts), from: practice)
    }
}
