import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk log [--since SEQ] [--user LOGIN] [--item ID] [--verb WORDS] [--from TIME] [--until TIME]`: the
/// audit trail — seq, time (UTC), actor, what changed — filtered by `AuditFilter`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail: seq, time, actor, change.",
        discussion: """
            One event per line, tab-separated: seq, time (UTC, ISO-8601), actor, what changed. Every field is \
            sanitized (control, bidi and zero-width characters are shown as visible escapes). --since N is \
            exclusive: it prints the events after seq N, so `log --since 41` starts at 42 and the last seq seen \
            is the next call's --since. The filters combine: --user LOGIN, --item ID (A-12, C-3, P-7, S-2, T-5: \
            every event that writes or refers to it), --verb WORDS (part of the summary or the change's kind: \
            "check in", writeoff, claim), --from / --until TIME (an ISO-8601 instant, or a date meaning that \
            day's start in UTC; --until is exclusive).
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Only the events after this seq (exclusive: --since 41 starts at 42).")
    var since: UInt64 = 0

    @Option(help: "Only changes made by this login.")
    var user: String?

    @Option(help: "Only events that write or refer to this item (A-12, C-3, P-7, S-2, T-5).")
    var item: String?

    @Option(help: "Only changes whose summary or kind contains these words (\"check in\", writeoff, claim).")
    var verb: String?

    @Option(help: "Only events at or after this time (ISO-8601 instant, or a date: its start in UTC).")
    var from: String?

    @Option(help: "Only events before this time (ISO-8601 instant, or a date: its start in UTC).")
    var until: String?

    /// An instant, or a date as its first instant in UTC; a bad one is a usage error naming the option.
    static func instant(_ text: String?, option: String) throws -> Date? {
        guard let text else { return nil }
        if let date = ISO8601DateFormatter().date(from: text) { return date }
        if let day = LocalDate(text) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
        }
        throw ValidationError("--\(option) '\(text)' is not an ISO-8601 instant or a YYYY-MM-DD date")
    }

    func run() throws {
        let filter = AuditFilter(
            user: user, item: item, verb: verb, from: try Self.instant(from, option: "from"),
            until: try Self.instant(until, option: "until"))
        let events: [Event]
        do {
            // From the start: a settings change is named by what it changed (`set wait.warn 20`), which takes
            // the settings before it.
            events = try JournalReader.events(folder: data.folder, since: 0)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        let formatter = ISO8601DateFormatter()
        // Where the journal read starts just after a snapshot, that snapshot's settings come before its first event.
        let snapshot = JournalReader.oldestSnapshotSettings(folder: data.folder)
        var settings: PracticeSettings?
        for event in events {
            if settings == nil, let snapshot, event.seq == snapshot.seq + 1 { settings = snapshot.settings }
            let before = settings
            if case .settingsChanged(let new) = event.change { settings = new }
            guard event.seq > since, filter.matches(event) else { continue }
            CLIOutput.out(fields: [
                "\(event.seq)", formatter.string(from: event.at), event.actor,
                ChangeSummary.line(event.change, settingsBefore: before),
            ])
        }
    }
}
