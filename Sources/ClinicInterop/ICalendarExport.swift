import ClinicDomain
import Foundation

/// Appointments as an RFC 5545 iCalendar (docs/INTEROP.md, ics): one VEVENT per appointment the request selects,
/// in day, start, ID order, streamed event by event; the practice's zone as a VTIMEZONE first.
public enum ICalendarExport {
    public static func write(
        _ practice: Practice, request: ExportRequest, now: Date, to sink: @escaping ExportStream.Sink
    ) throws {
        let clock = practice.clock
        // Only the day index is read up front; the rows are read one day at a time below.
        let days = practice.appointmentsByDay.keys.filter(request.includes).sorted()
        let today = clock.day(of: now)
        // An empty export still carries its zone (a VCALENDAR needs one component): the window's, or today's.
        let first = days.first ?? request.from ?? request.to ?? today
        let span = first...max(first, days.last ?? request.to ?? first)
        let zone = ICalendarTimeZone(zone: clock.timeZone, span: span)
        let context = ICalendarEvent.Context(
            zone: zone, clock: clock, slug: slug(practice.settings.name),
            stamp: ICalendarTimeZone.localStamp(now, offset: 0) + "Z", fullNames: request.fullNames)

        var stream = ExportStream(sink: sink)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2048)
        header(practice, zone: zone, into: &bytes)
        stream.write(bytes: bytes)
        var providerNames: [StaffID: String?] = [:]
        for day in days {
            let selected = practice.appointments(on: day)
                .filter { request.provider == nil || $0.provider == request.provider }
                // The board orders by start, provider, ID; the calendar by start and ID alone.
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            for appointment in selected {
                if providerNames[appointment.provider] == nil {
                    providerNames[appointment.provider] = .some(practice.staff[appointment.provider]?.displayName)
                }
                bytes.removeAll(keepingCapacity: true)
                ICalendarEvent.append(
                    appointment, patient: practice.patients[appointment.patient],
                    providerName: providerNames[appointment.provider] ?? nil, context: context, to: &bytes)
                stream.write(bytes: bytes)
                try stream.flushIfFull()
            }
        }
        stream.write("END:VCALENDAR\r\n")
        try stream.finish()
    }

    static func header(_ practice: Practice, zone: ICalendarTimeZone, into out: inout [UInt8]) {
        ICalendarText.appendFolded("BEGIN:VCALENDAR", to: &out)
        ICalendarText.appendFolded("VERSION:2.0", to: &out)
        ICalendarText.appendFolded("PRODID:-//ClinicDesk//ClinicDesk appointments//EN", to: &out)
        ICalendarText.appendFolded("CALSCALE:GREGORIAN", to: &out)
        ICalendarText.appendFolded("METHOD:PUBLISH", to: &out)
        ICalendarText.appendFolded("X-WR-CALNAME:" + ICalendarText.escape(practice.settings.name), to: &out)
        if !zone.writesUTC {
            ICalendarText.appendFolded("X-WR-TIMEZONE:" + ICalendarText.escape(zone.zone.identifier), to: &out)
        }
        zone.appendComponent(to: &out)
    }

    /// `Sunrise Family Medicine` → `sunrise-family-medicine`: ASCII letters and digits, runs of anything else one
    /// hyphen. The UID's domain part, so it changes only if the practice is renamed.
    static func slug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "practice" : out
    }
}
