import ClinicDomain

/// How a flow status reads in iCalendar. VEVENT has three statuses (§3.8.1.11); the flow has nine, so the exact one
/// also goes out as X-CLINICDESK-STATUS, and the two that RFC 5545 has no word for carry a note in DESCRIPTION.
enum ICalendarStatus {
    /// STATUS: TENTATIVE until the patient confirms; CONFIRMED once confirmed and through the visit; CANCELLED when
    /// the visit did not happen: cancelled, no-show, or left without being seen.
    static func status(_ status: FlowStatus) -> String {
        switch status {
        case .scheduled: return "TENTATIVE"
        case .confirmed, .arrived, .roomed, .withProvider, .checkedOut: return "CONFIRMED"
        case .cancelled, .noShow, .leftWithoutVisit: return "CANCELLED"
        }
    }

    /// TRANSP: a slot still held (everything but cancelled and no-show) makes the provider busy.
    static func transparency(_ status: FlowStatus) -> String { status.holdsSlot ? "OPAQUE" : "TRANSPARENT" }

    /// Why an event is CANCELLED when the schedule did not cancel it; nil for the rest. Says what happened to
    /// the visit, nothing clinical, so it is written with privacy on too.
    static func note(_ status: FlowStatus) -> String? {
        switch status {
        case .noShow: return "No-show: the patient did not come."
        case .leftWithoutVisit: return "Left without visit: the patient arrived and left before being seen."
        default: return nil
        }
    }
}
