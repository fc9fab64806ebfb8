import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk day [--date YYYY-MM-DD]`: open the store, print one day's appointments in board order (start,
/// provider, ID), one per line with tab-separated fields: start-end, ID, provider, patient, visit type, status,
/// reason. The CLI's "load everything, show me a day" (what `calcurse -Q` is for calcurse).
struct DayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "Print one day's appointments, one per line."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "The day, YYYY-MM-DD (default: today on the practice's clock).")
    var date: String?

    @Option(help: .hidden)
    var now: String?

    func validate() throws {
        if let date, LocalDate(date) == nil { throw ValidationError("--date wants YYYY-MM-DD, not '\(date)'") }
    }

    func run() throws {
        let store = try openForReading(data)
        let practice = store.practice
        store.close()
        let day = try date.flatMap(LocalDate.init) ?? practice.clock.day(of: CommandClock.resolve(now: now).now)
        for appointment in practice.appointments(on: day) {
            CLIOutput.out(fields: Self.fields(appointment, in: practice))
        }
        finish(closing: store, status: 0)
    }

    /// Every field is data: `CLIOutput.out(fields:)` sanitizes each on its own, so a tab or escape inside one
    /// cannot fake a column.
    static func fields(_ appointment: Appointment, in practice: Practice) -> [String] {
        let provider = practice.staff[appointment.provider]?.displayName ?? appointment.provider.description
        let patient = practice.patients[appointment.patient]?.fullName ?? appointment.patient.description
        return [
            "\(appointment.start)-\(appointment.end)", appointment.id.description, provider, patient,
            appointment.visitType.rawValue, appointment.status.rawValue, appointment.reason,
        ]
    }
}
