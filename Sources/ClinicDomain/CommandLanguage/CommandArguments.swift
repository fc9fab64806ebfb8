/// The words after a verb: positional arguments and `--option value` / `--flag` pairs, with typed accessors
/// whose errors name the word and what it should have been.
struct CommandArguments {
    private(set) var positional: [CommandWord] = []
    private var options: [String: [CommandWord]] = [:]
    private var optionColumns: [String: Int] = [:]
    private var used: Set<String> = []
    let usage: String
    let endColumn: Int
    /// The practice's today, for date windows; nil leaves them to `Practice.validate`.
    let practiceToday: LocalDate?

    init(
        _ words: ArraySlice<CommandWord>, flags: Set<String>, usage: String, endColumn: Int,
        practiceToday: LocalDate? = nil
    ) throws(CommandParseError) {
        self.usage = usage
        self.endColumn = endColumn
        self.practiceToday = practiceToday
        var iterator = words.makeIterator()
        while let word = iterator.next() {
            guard word.text.hasPrefix("--"), word.text.count > 2 else { positional.append(word); continue }
            let name = String(word.text.dropFirst(2))
            // Checked before reading a value: an unknown option would otherwise swallow the next word or report
            // "needs a value" for what is really a typo.
            guard Self.optionNames(in: usage).contains(name) else {
                throw CommandParseError("unknown option --\(name) (usage: \(usage))", column: word.column)
            }
            optionColumns[name] = word.column
            if flags.contains(name) { options[name, default: []].append(word); continue }
            guard let value = iterator.next() else {
                throw CommandParseError("--\(name) needs a value (usage: \(usage))", column: word.column)
            }
            options[name, default: []].append(value)
        }
    }

    /// The `--name` options a usage line mentions: the verb's whole vocabulary.
    static func optionNames(in usage: String) -> Set<String> {
        var names: Set<String> = []
        for piece in usage.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" }) where piece.hasPrefix("--") {
            names.insert(String(piece.dropFirst(2)))
        }
        return names
    }

    func word(_ index: Int, _ what: String) throws(CommandParseError) -> CommandWord {
        guard index < positional.count else {
            throw CommandParseError("missing \(what) (usage: \(usage))", column: endColumn)
        }
        return positional[index]
    }

    func optionalWord(_ index: Int) -> CommandWord? { index < positional.count ? positional[index] : nil }

    func id<Kind>(_ index: Int, _ kind: Kind.Type, _ what: String) throws(CommandParseError) -> EntityID<Kind> {
        let w = try word(index, what)
        return try Self.parseID(w, kind, what)
    }

    static func parseID<Kind>(_ w: CommandWord, _ kind: Kind.Type, _ what: String) throws(CommandParseError)
        -> EntityID<Kind>
    {
        guard let id = EntityID<Kind>(w.text) else {
            throw CommandParseError("'\(w.text)' is not \(what) (like \(Kind.idPrefix)-12)", column: w.column)
        }
        return id
    }

    mutating func option(_ name: String) -> CommandWord? {
        used.insert(name)
        return options[name]?.last
    }

    mutating func all(_ name: String) -> [CommandWord] {
        used.insert(name)
        return options[name] ?? []
    }

    mutating func flag(_ name: String) -> Bool {
        used.insert(name)
        return options[name] != nil
    }

    mutating func required(_ name: String, _ what: String) throws(CommandParseError) -> CommandWord {
        guard let w = option(name) else {
            throw CommandParseError("missing --\(name) \(what) (usage: \(usage))", column: endColumn)
        }
        return w
    }

    mutating func optionID<Kind>(_ name: String, _ kind: Kind.Type, _ what: String) throws(CommandParseError)
        -> EntityID<Kind>?
    {
        guard let w = option(name) else { return nil }
        return try Self.parseID(w, kind, what)
    }

    mutating func optionDate(_ name: String, _ window: DateWindow) throws(CommandParseError) -> LocalDate? {
        guard let w = option(name) else { return nil }
        return try date(w, window)
    }

    /// An option's text under its field contract, or nil when the option is absent.
    mutating func optionText(_ name: String, _ contract: FieldContract) throws(CommandParseError) -> String? {
        try option(name).map { (w: CommandWord) throws(CommandParseError) in try Self.text(w, contract) }
    }

    static func date(_ w: CommandWord) throws(CommandParseError) -> LocalDate {
        guard let day = LocalDate(w.text) else {
            throw CommandParseError("'\(w.text)' is not a date (YYYY-MM-DD)", column: w.column)
        }
        return day
    }

    /// A word's text once its field contract passes; a refusal names the field, the rule and the word's column.
    /// The text goes on as typed: `Practice.validate` checks again and keeps the trimmed value.
    static func text(_ w: CommandWord, _ contract: FieldContract) throws(CommandParseError) -> String {
        do { _ = try contract.check(w.text) } catch { throw CommandParseError(error.description, column: w.column) }
        return w.text
    }

    /// A date word inside its window around the practice's today (when known), with the word's column.
    func date(_ w: CommandWord, _ window: DateWindow) throws(CommandParseError) -> LocalDate {
        let day = try Self.date(w)
        try check(day, window, at: w)
        return day
    }

    func check(_ day: LocalDate, _ window: DateWindow, at w: CommandWord) throws(CommandParseError) {
        guard let practiceToday else { return }
        do { try window.check(day, today: practiceToday) } catch {
            throw CommandParseError(error.description, column: w.column)
        }
    }

    static func time(_ w: CommandWord) throws(CommandParseError) -> TimeOfDay {
        guard let t = TimeOfDay(w.text) else {
            throw CommandParseError("'\(w.text)' is not a time (HH:MM)", column: w.column)
        }
        return t
    }

    /// Every amount the language takes (copays, payments, adjustments) goes through here: the shape rules of
    /// `Cents(parsing:)`, never negative, at most `Cents.typedMaximum`.
    static func money(_ w: CommandWord) throws(CommandParseError) -> Cents {
        guard let amount = Cents(parsing: w.text) else {
            throw CommandParseError("'\(w.text)' is not an amount (like 12.50 or 1,250.00)", column: w.column)
        }
        guard amount >= .zero else {
            throw CommandParseError("'\(w.text)' is negative: an amount here is never below 0.00", column: w.column)
        }
        guard amount <= Cents.typedMaximum else {
            throw CommandParseError(
                "'\(w.text)' is more than \(Cents.typedMaximum), the largest amount accepted", column: w.column)
        }
        return amount
    }

    static func choice<T: RawRepresentable>(
        _ w: CommandWord, _ type: T.Type, _ what: String,
        _ all: [T]
    ) throws(CommandParseError) -> T where T.RawValue == String {
        guard let value = T(rawValue: w.text.lowercased()) else {
            throw CommandParseError(
                "'\(w.text)' is not \(what) (one of \(all.map(\.rawValue).joined(separator: ", ")))", column: w.column)
        }
        return value
    }

    mutating func optionInt(_ name: String, _ range: ClosedRange<Int>) throws(CommandParseError) -> Int? {
        guard let w = option(name) else { return nil }
        guard let n = Int(w.text), range.contains(n) else {
            throw CommandParseError(
                "--\(name) '\(w.text)' must be a whole number \(range.lowerBound)–\(range.upperBound)", column: w.column
            )
        }
        return n
    }

    /// Refuses extra positional words and options this verb does not know: a typo must not be silently ignored.
    func finish(positionalCount: Int) throws(CommandParseError) {
        if positional.count > positionalCount {
            let extra = positional[positionalCount]
            throw CommandParseError("unexpected '\(extra.text)' (usage: \(usage))", column: extra.column)
        }
        if let unknown = options.keys.sorted().first(where: { !used.contains($0) }) {
            throw CommandParseError("unknown option --\(unknown) (usage: \(usage))", column: optionColumns[unknown])
        }
    }
}
