import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk log [--since SEQ]`: the audit trail — seq, time (UTC), actor, what changed.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail: seq, time, actor, change."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Only events after this seq.")
    var since: UInt64 = 0

    func run() throws {
        let events: [Event]
        do {
            events = try JournalReader.events(folder: data.folder, since: since)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        let formatter = ISO8601DateFormatter()
        for event in events {
            CLIOutput.out(
                "\(event.seq)\t\(formatter.string(from: event.at))\t\(event.actor)\t\(ChangeSummary.line(event.change))"
            )
        }
    }
}
