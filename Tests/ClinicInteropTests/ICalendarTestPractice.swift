import ClinicDomain
import Foundation
import TestSupport

@testable import ClinicInterop

/// A hand-built practice for the iCalendar tests: two providers, two patients, appointments as the test asks.
enum ICalendarTestPractice {
    static func make(zone: String = "America/New_York", appointments: [Appointment]) -> Practice {
        var practice = Practice(settings: PracticeSettings(name: "Maple Family Practice", timeZoneID: zone))
        practice.seed(staff: Staff(id: StaffID(1), givenName: "Ann", familyName: "Lee", role: .physician))
        practice.seed(staff: Staff(id: StaffID(2), givenName: "Raj", familyName: "Patel", role: .physician))
        practice.seed(
            patient: Patient(
                id: PatientID(1), givenName: "Renée", familyName: "Müller",
                birthDate: LocalDate(year: 1980, month: 5, day: 2), phone: "555-0101", payer: nil))
        practice.seed(
            patient: Patient(
                id: PatientID(2), givenName: "Tom", familyName: "Ortiz",
                birthDate: LocalDate(year: 1975, month: 1, day: 9), phone: "555-0102", payer: nil))
        for appointment in appointments { practice.seed(appointment: appointment) }
        return practice
    }

    static func visit(
        _ number: Int, on day: LocalDate, at time: String, minutes: Int = 20, provider: Int = 1, patient: Int = 1,
        status: FlowStatus = .confirmed, room: String? = nil, reason: String = "knee pain"
    ) -> Appointment {
        Appointment(
            id: AppointmentID(number), patient: PatientID(patient), provider: StaffID(provider), day: day,
            start: TimeOfDay(time) ?? TimeOfDay(minutes: 0), minutes: minutes, visitType: .followUp, reason: reason,
            status: status, room: room)
    }

    /// The export as text, written in small chunks so the streaming path is the one tested.
    static func export(_ practice: Practice, _ request: ExportRequest = ExportRequest(format: .ics)) throws -> String {
        let collected = Collected()
        try ICalendarExport.write(practice, request: request, now: Fixture.now) { chunk in
            collected.bytes.append(contentsOf: chunk)
        }
        return String(decoding: collected.bytes, as: UTF8.self)
    }

    /// Unfolded content lines (CRLF + space joined back), for reading properties.
    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The events' lines, one array per VEVENT.
    static func events(_ text: String) -> [[String]] {
        var events: [[String]] = []
        for line in lines(text) {
            if line == "BEGIN:VEVENT" {
                events.append([])
            } else if line != "END:VEVENT", !events.isEmpty {
                events[events.count - 1].append(line)
            }
        }
        return events
    }

    /// The value of the first `name` property (with or without parameters).
    static func value(_ name: String, in lines: [String]) -> String? {
        guard let line = lines.first(where: { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }) else {
            return nil
        }
        return line.firstIndex(of: ":").map { String(line[line.index(after: $0)...]) }
    }

    final class Collected: @unchecked Sendable { var bytes: [UInt8] = [] }
}
