/// `set NAME VALUE`: one practice-wide setting (PracticeSettingName), journaled as `settingsChanged` so every
/// terminal sees it. Bare `set` or `settings` lists them; that is a query the callers answer, not a command.
extension CommandLanguage {
    static let settingSyntax: [Syntax] = PracticeSettingName.allCases.map { name in
        Syntax(usage: "set \(name.rawValue) \(example(name))", summary: name.summary, flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let value = try settingValue(name, try args.word(0, "a value for \(name.rawValue)"))
            try args.finish(positionalCount: 1)
            return .setPracticeSetting(name, value)
        }
    }

    /// Whether a line asks to list the settings (`settings`, or `set` alone) rather than change one.
    public static func isSettingsQuery(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        return words == ["settings"] || words == ["set"]
    }

    static func example(_ name: PracticeSettingName) -> String {
        switch name {
        case .name: "\"Maple Family Practice\""
        case .hoursStart: "08:00"
        case .hoursEnd: "17:00"
        case .slot: "15"
        case .waitWarn: "20"
        case .waitLate: "40"
        case .noShowGrace: "15"
        case .providerLate: "20"
        case .lateCancel: "24"
        case .filingWarn: "15"
        case .credentialWarn: "30"
        case .unbilledDays: "3"
        case .archiveDays: "7"
        case .wipToday: "6|none"
        case .wipDoing: "3|none"
        case .wipWaiting: "5|none"
        }
    }

    /// The value word under the setting's kind; the refusal names the setting, what it takes and the column.
    static func settingValue(_ name: PracticeSettingName, _ w: CommandWord) throws(CommandParseError)
        -> PracticeSettingValue
    {
        switch name.kind {
        case .text(let contract): return .text(try CommandArguments.text(w, contract))
        case .time:
            guard let time = TimeOfDay(w.text) else {
                throw CommandParseError("\(name.rawValue): '\(w.text)' is not a time (HH:MM)", column: w.column)
            }
            return .time(time)
        case .number(let range, let unit):
            guard let n = Int(w.text), range.contains(n) else {
                throw CommandParseError(
                    "\(name.rawValue): '\(w.text)' must be a whole number of \(unit), "
                        + "\(range.lowerBound)–\(range.upperBound)", column: w.column)
            }
            return .number(n)
        case .limit(let range):
            if w.text.lowercased() == "none" { return .limit(nil) }
            guard let n = Int(w.text), range.contains(n) else {
                throw CommandParseError(
                    "\(name.rawValue): '\(w.text)' must be a WIP limit \(range.lowerBound)–\(range.upperBound) "
                        + "or none", column: w.column)
            }
            return .limit(n)
        }
    }

    /// "unknown setting 'wait.warm' (did you mean wait.warn? one of name, hours.start, …)".
    static func unknownSetting(_ w: CommandWord) -> CommandParseError {
        let names = PracticeSettingName.allCases.map(\.rawValue).joined(separator: ", ")
        let hint = PracticeSettingName.suggestion(for: w.text).map { "did you mean \($0.rawValue)? " } ?? ""
        return CommandParseError("unknown setting '\(w.text)' (\(hint)one of \(names))", column: w.column)
    }
}

extension Command {
    /// The command as `set` writes it (`set wait.warn 20`), for the log and messages; nil for other commands.
    public var settingLine: String? {
        guard case .setPracticeSetting(let name, let value) = self else { return nil }
        return "set \(name.rawValue) \(value)"
    }
}
