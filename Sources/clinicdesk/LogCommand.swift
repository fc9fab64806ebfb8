import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk log [--since SEQ]`: the audit trail — seq, time (UTC), actor, what changed.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail: seq, time, actor, change.",
        discussion: """
            One event per line, tab-separated: seq, time (UTC, ISO-8601), actor, what changed. Every field is \
            sanitized (control, bidi and zero-width characters are shown as visible escapes). --since N is \
            exclusive: it prints the events after seq N, so `log --since 41` starts at 42 and the last seq seen \
            is the next call's --since.
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Only the events after this seq (exclusive: --since 41 starts at 42).")
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
            CLIOutput.out(fields: [
                "\(event.seq)", formatter.string(from: event.at), event.actor, ChangeSummary.line(event.change),
            ])
        }
    }
}
