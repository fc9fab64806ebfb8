import ClinicDomain
import Foundation

/// The domain's alerts as this terminal may show them: under the privacy mask a patient's name becomes
/// initials (the domain writes names into its messages; only the app knows a mask is on).
enum AlertFeed {
    static func alerts(_ practice: Practice, now: Date, privacy: Bool) -> [Alert] {
        let alerts = practice.alerts(now: now)
        guard privacy else { return alerts }
        return alerts.map { alert in
            var masked = alert
            if let subject = alert.subject, let id = AppointmentID(subject),
               let appointment = practice.appointments[id], let patient = practice.patients[appointment.patient] {
                masked.message = alert.message
                    .replacingOccurrences(of: patient.fullName, with: patient.initials)
                    .replacingOccurrences(of: patient.shortName, with: patient.initials)
            }
            return masked
        }
    }
}

/// The alert strip's and the `!` popup's list: the domain's alerts scan every claim, so they are kept per state,
/// minute and mask.
struct AlertsQuery: DerivedQuery {
    let now: Date
    let privacy: Bool

    func answer(from practice: Practice) -> [Alert] { AlertFeed.alerts(practice, now: now, privacy: privacy) }
}
