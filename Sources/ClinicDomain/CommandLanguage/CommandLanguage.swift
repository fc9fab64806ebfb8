/// The one command language (docs/COMMANDS.md) spoken by the `:` line, `clinicdesk exec` and scripts.
/// `parse` is the only place text becomes a `Command`; `syntax` documents every verb (help and docs/COMMANDS.md).
public enum CommandLanguage {
    public struct Syntax: Sendable {
        public let usage: String
        public let summary: String
        let flags: Set<String>
        let build: @Sendable (inout CommandArguments, LocalDate?) throws(CommandParseError) -> Command
        var noun: String { String(usage.split(separator: " ")[0]) }
        var verb: String { String(usage.split(separator: " ")[1]) }
    }

    /// Parses one command line. `today` lets `--at 09:40` mean today at 09:40 (the dashboard passes the day shown).
    /// `practiceToday` (the practice's real today) checks each date against its `DateWindow` here, with the word's
    /// column; without it the windows are left to `Practice.validate`. Text fields are checked against their
    /// `FieldContract` either way.
    public static func parse(
        _ line: String, today: LocalDate? = nil, practiceToday: LocalDate? = nil
    ) throws(CommandParseError) -> Command {
        let words = try CommandTokenizer.words(line)
        guard let nounWord = words.first else { throw CommandParseError("empty command") }
        let noun = nounWord.text.lowercased()
        if noun == "undo", let undo = syntax.first(where: { $0.noun == "undo" }) {
            var arguments = try CommandArguments(
                words.dropFirst(1), flags: undo.flags, usage: undo.usage, endColumn: line.count + 1,
                practiceToday: practiceToday)
            return try undo.build(&arguments, today)
        }
        let nounSyntaxes = syntax.filter { $0.noun == noun }
        guard !nounSyntaxes.isEmpty else {
            let nouns = Array(Set(syntax.map(\.noun))).sorted().joined(separator: ", ")
            throw CommandParseError("unknown command '\(nounWord.text)' (one of \(nouns))", column: nounWord.column)
        }
        let verbs = nounSyntaxes.map(\.verb)
        if noun == "set", words.count > 1, !verbs.contains(words[1].text.lowercased()) {
            throw unknownSetting(words[1])
        }
        guard words.count > 1 else {
            throw CommandParseError(
                "'\(noun)' needs a verb (one of \(verbs.joined(separator: ", ")))",
                column: nounWord.column + nounWord.text.count)
        }
        let verbWord = words[1]
        let verb = verbWord.text.lowercased()
        guard let entry = nounSyntaxes.first(where: { $0.verb == verb || aliases[noun + " " + verb] == $0.verb }) else {
            if querySyntax.contains(where: { $0.noun == noun && $0.verb == verb }) {
                throw CommandParseError(
                    "'\(noun) \(verb)' only reads: it is answered by `clinicdesk exec` (CommandLanguage.query)",
                    column: verbWord.column)
            }
            throw CommandParseError(
                "unknown verb '\(verbWord.text)' for \(noun) (one of \(verbs.joined(separator: ", ")))",
                column: verbWord.column)
        }
        var arguments = try CommandArguments(
            words.dropFirst(2), flags: entry.flags, usage: entry.usage,
            endColumn: line.count + 1, practiceToday: practiceToday)
        return try entry.build(&arguments, today)
    }

    static let aliases: [String: String] = [
        "appt check-in": "checkin", "appt arrive": "checkin", "appt check-out": "checkout", "appt out": "checkout",
        "appt no-show": "noshow", "appt reschedule": "move", "claim write-off": "writeoff", "task complete": "done",
        "shift apply": "fill", "staff clock-in": "in", "staff clock-out": "out",
    ]

    /// Parses `YYYY-MM-DD HH:MM`, or `HH:MM` when `today` is known.
    static func dateTime(_ w: CommandWord, today: LocalDate?) throws(CommandParseError) -> (LocalDate, TimeOfDay) {
        let parts = w.text.split(separator: " ")
        if parts.count == 2, let day = LocalDate(String(parts[0])), let time = TimeOfDay(String(parts[1])) {
            return (day, time)
        }
        if parts.count == 1, let today, let time = TimeOfDay(String(parts[0])) { return (today, time) }
        throw CommandParseError(
            "'\(w.text)' is not a date and time (\"YYYY-MM-DD HH:MM\"\(today == nil ? "" : " or HH:MM"))",
            column: w.column)
    }
}
