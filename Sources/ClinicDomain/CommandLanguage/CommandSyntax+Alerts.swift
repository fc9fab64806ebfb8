import Foundation

/// Alert verbs: a snooze is per user (the one giving the command) and names an alert by its subject (`C-22`,
/// every alert about it) or its identity as `!` shows it (`"3:Thu: 1 receptionist short 08:00–09:00"`).
extension CommandLanguage {
    static let alertSyntax: [Syntax] = [
        Syntax(
            usage: "alert snooze C-22 [--minutes 60]",
            summary: "hide the alerts about an item (or one alert by its identity) from your strip and `!` list "
                + "for a while (default 60 minutes, at most a week)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let key = try alertKey(try args.word(0, "an alert's subject or identity"))
            let minutes = try args.optionInt("minutes", 1...Practice.longestSnoozeMinutes) ?? 60
            try args.finish(positionalCount: 1)
            return .snoozeAlert(key, minutes: minutes)
        },
        Syntax(
            usage: "alert unsnooze C-22",
            summary: "show your snoozed alerts about an item (or by identity; `all`: every one) again", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let key = try alertKey(try args.word(0, "an alert's subject or identity, or all"))
            try args.finish(positionalCount: 1)
            return .unsnoozeAlert(key)
        },
    ]

    static func alertKey(_ w: CommandWord) throws(CommandParseError) -> String {
        let key = w.text.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.count <= 200,
            !key.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { throw CommandParseError("'\(w.text)' is not an alert's subject or identity", column: w.column) }
        return key
    }
}
