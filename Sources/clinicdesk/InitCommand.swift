import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk init`: an empty practice — its name and time zone, the standard settings, no rows — for a practice
/// that brings its data from another system (`import --format csv`) rather than starting from the demo.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty practice in a data folder (then import its data, or add it by hand)."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "The practice's name, as the title bar shows it.")
    var name: String

    @Option(help: "The practice's IANA time zone (like America/Chicago); default America/New_York.")
    var timeZone: String = DemoSource.defaultZoneID

    func run() throws {
        let checkedName: String
        do {
            checkedName = try FieldContract.practiceName.check(name)
        } catch {
            CLIOutput.err("error: --name: \(error)")
            throw ExitCode(2)
        }
        guard TimeZone(identifier: timeZone) != nil else {
            CLIOutput.err("error: --time-zone '\(timeZone)' is not an IANA time zone (like America/New_York)")
            throw ExitCode(2)
        }
        let practice = Practice(settings: PracticeSettings(name: checkedName, timeZoneID: timeZone))
        do {
            try Store.create(folder: data.folder, initial: practice, replacing: false)
        } catch {
            CLIOutput.err("error: \(error.sentence(.create))")
            throw ExitCode(1)
        }
        CLIOutput.out("created an empty practice, \(checkedName) (\(timeZone)), in \(data.folder)")
    }
}
