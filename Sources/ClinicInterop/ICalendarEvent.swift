import ClinicDomain
import Foundation

/// One appointment as a VEVENT. With privacy on (the default) nothing about the patient but initials goes out:
/// no name, no patient ID, no reason for the visit (it may be clinical), no cancellation reason.
struct ICalendarEvent {
    /// Everything an event needs that is the same for the whole file.
    struct Context {
        var zone: ICalendarTimeZone
        var clock: PracticeClock
        /// `sunrise-family-medicine`: the UID's domain part.
        var slug: String
        /// DTSTAMP, already formatted: one instant for the whole export.
        var stamp: String
        var fullNames: Bool
    }

    static func append(
        _ appointment: Appointment, patient: Patient?, providerName: String?, context: Context,
        to out: inout [UInt8]
    ) {
        func line(_ text: String) { ICalendarText.appendFolded(text, to: &out) }
        func text(_ name: String, _ value: String) { line(name + ":" + ICalendarText.escape(value)) }
        let start = context.clock.instant(appointment.day, appointment.start)
        let end = context.clock.instant(appointment.day, appointment.end)
        line("BEGIN:VEVENT")
        line("UID:\(appointment.id)@\(context.slug).clinicdesk")
        line("DTSTAMP:" + context.stamp)
        line(context.zone.property("DTSTART", start))
        // An event of no length has no DTEND: RFC 5545 wants DTEND after DTSTART (§3.8.2.2).
        if end > start { line(context.zone.property("DTEND", end)) }
        text("SUMMARY", summary(appointment, patient: patient, fullNames: context.fullNames))
        if let description = description(appointment, fullNames: context.fullNames) { text("DESCRIPTION", description) }
        if let room = appointment.room, !room.isEmpty { text("LOCATION", location(room)) }
        if let providerName {
            let address = "urn:x-clinicdesk:\(context.slug):staff:\(appointment.provider)"
            line("ORGANIZER;CN=" + ICalendarText.parameter(providerName) + ":" + address)
        }
        line("STATUS:" + ICalendarStatus.status(appointment.status))
        line("TRANSP:" + ICalendarStatus.transparency(appointment.status))
        text("CATEGORIES", appointment.visitType.rawValue)
        text("X-CLINICDESK-STATUS", appointment.status.rawValue)
        text("X-CLINICDESK-PROVIDER", appointment.provider.description)
        if context.fullNames { text("X-CLINICDESK-PATIENT", appointment.patient.description) }
        line("END:VEVENT")
    }

    /// "Follow-up — R.M."; with `--full`, "Follow-up — Renée Müller".
    static func summary(_ appointment: Appointment, patient: Patient?, fullNames: Bool) -> String {
        let label = visitLabel(appointment.visitType)
        guard let patient else { return label }
        return label + " — " + (fullNames ? patient.fullName : patient.initials)
    }

    /// The status note (no-show, left without visit) in either mode; with `--full` also the reason for the visit
    /// and the cancellation reason. Nil when there is nothing to say.
    static func description(_ appointment: Appointment, fullNames: Bool) -> String? {
        var parts: [String] = []
        if let note = ICalendarStatus.note(appointment.status) { parts.append(note) }
        if fullNames {
            if !appointment.reason.isEmpty { parts.append("Reason: " + appointment.reason) }
            if appointment.status == .cancelled, let why = appointment.cancelReason, !why.isEmpty {
                parts.append("Cancelled: " + why)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }

    /// "Room 3" for the numbered rooms; a named one ("Lab") as it is.
    static func location(_ room: String) -> String {
        room.allSatisfy { $0.isASCII && $0.isNumber } ? "Room " + room : room
    }

    static func visitLabel(_ type: VisitType) -> String {
        switch type {
        case .newPatient: return "New patient"
        case .followUp: return "Follow-up"
        case .physical: return "Physical"
        case .sick: return "Sick visit"
        case .procedure: return "Procedure"
        case .telehealth: return "Telehealth"
        }
    }
}
