import ClinicDemo
import ClinicDomain
import Foundation
import TestSupport
import Testing

@testable import ClinicInterop

/// Our calendar read back by somebody else's parser: python `icalendar` through scripts/ics-read.py.
@Suite(.enabled(if: ICalendarLibrary.isInstalled, "python icalendar is not installed (pip install icalendar)"))
struct ICalendarParserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/ics-read.py").path

    struct Read: Decodable { var uid: String; var status: String; var dtstart: String; var dtend: String? }

    @Test(arguments: [false, true])
    func everyDemoAppointmentReadsBackAtItsInstants(ownVTimezone: Bool) throws {
        let practice: Practice = DemoPractice.generate(
            size: .small, seed: Fixture.seed, today: Fixture.today, now: Fixture.now, timeZone: Fixture.timeZone)
        let folder = Folder("ics")
        defer { withExtendedLifetime(folder) {} }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.file("demo.ics")
        try Data(ICalendarTestPractice.export(practice).utf8).write(to: URL(fileURLWithPath: file))
        let result = try CLI.run(
            [file] + (ownVTimezone ? ["--own-vtimezone"] : []), prefix: ["python3"], executable: Self.script)
        #expect(result.status == 0, "\(result.err)")
        let read = try JSONDecoder().decode([Read].self, from: Data(result.out.utf8))
        #expect(read.count == practice.appointments.count)
        let iso = ISO8601DateFormatter()
        for event in read {
            let id = AppointmentID(String(event.uid.prefix(while: { $0 != "@" })))
            guard let id, let appointment = practice.appointments[id] else {
                Issue.record("unknown UID \(event.uid)")
                continue
            }
            #expect(event.dtstart == iso.string(from: practice.clock.instant(appointment.day, appointment.start)))
            #expect(event.dtend == iso.string(from: practice.clock.instant(appointment.day, appointment.end)))
            #expect(event.status == ICalendarStatus.status(appointment.status))
        }
    }
}

enum ICalendarLibrary {
    static let isInstalled = (try? CLI.run(["-c", "import icalendar"], executable: "python3").status) == 0
}
