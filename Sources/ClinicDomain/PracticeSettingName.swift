/// The practice-wide values `set NAME VALUE` changes, by their dotted names (`wait.warn`). They live in the
/// journal (a `settingsChanged` event), not in a terminal's config file: two desks must agree on who is waiting
/// too long. Each name knows the kind of value it takes, its range, and how to read and write `PracticeSettings`.
public enum PracticeSettingName: String, CaseIterable, Codable, Sendable {
    case name
    case hoursStart = "hours.start"
    case hoursEnd = "hours.end"
    case slot
    case waitWarn = "wait.warn"
    case waitLate = "wait.late"
    case noShowGrace = "noshow.grace"
    case providerLate = "provider.late"
    case lateCancel = "cancel.late"
    case filingWarn = "filing.warn"
    case credentialWarn = "credential.warn"
    case unbilledDays = "unbilled.days"
    case archiveDays = "archive.days"
    case wipToday = "wip.today"
    case wipDoing = "wip.doing"
    case wipWaiting = "wip.waiting"

    /// What the value is: it decides how the word parses and prints.
    public enum Kind: Sendable, Equatable {
        case text(FieldContract)
        case time
        /// A whole number in a range, in `unit` (minutes, hours, days).
        case number(ClosedRange<Int>, unit: String)
        /// A WIP limit, or `none`.
        case limit(ClosedRange<Int>)
    }

    public var kind: Kind {
        switch self {
        case .name: .text(.practiceName)
        case .hoursStart, .hoursEnd: .time
        case .slot: .number(5...60, unit: "minutes")
        case .waitWarn, .waitLate, .providerLate: .number(1...240, unit: "minutes")
        case .noShowGrace: .number(1...120, unit: "minutes")
        case .lateCancel: .number(1...168, unit: "hours")
        case .filingWarn: .number(1...90, unit: "days")
        case .credentialWarn: .number(1...365, unit: "days")
        case .unbilledDays: .number(1...60, unit: "days")
        case .archiveDays: .number(1...365, unit: "days")
        case .wipToday, .wipDoing, .wipWaiting: .limit(1...99)
        }
    }

    /// One line for `settings` and the docs.
    public var summary: String {
        switch self {
        case .name: "the practice's name (title bar, claims' header)"
        case .hoursStart: "when the schedule's day starts (HH:MM)"
        case .hoursEnd: "when the schedule's day ends (HH:MM)"
        case .slot: "booking slot length in minutes (divides 60)"
        case .waitWarn: "minutes waiting before a patient shows amber"
        case .waitLate: "minutes waiting before a patient shows red (more than wait.warn)"
        case .noShowGrace: "minutes past the start with no arrival before a likely no-show"
        case .providerLate: "minutes behind before a provider is running late"
        case .lateCancel: "hours before the start within which a cancellation counts as late"
        case .filingWarn: "days before a payer's filing deadline that a claim warns"
        case .credentialWarn: "days before a credential expires that it warns"
        case .unbilledDays: "days after checkout with no claim before an unbilled alert"
        case .archiveDays: "days after a card is done before it leaves the board (archived, still findable)"
        case .wipToday: "WIP limit of the board's Today column (or none)"
        case .wipDoing: "WIP limit of the board's Doing column (or none)"
        case .wipWaiting: "WIP limit of the board's Waiting column (or none)"
        }
    }

    var column: BoardColumn? {
        switch self {
        case .wipToday: .today
        case .wipDoing: .doing
        case .wipWaiting: .waiting
        default: nil
        }
    }

    /// The name nearest a mistyped one (`wait.warm` → `wait.warn`), when one is close enough to be meant.
    public static func suggestion(for typed: String) -> PracticeSettingName? {
        let typed = typed.lowercased()
        let scored = allCases.map { ($0, editDistance(Array(typed), Array($0.rawValue))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, typed.count / 3) else {
            return allCases.first { $0.rawValue.hasPrefix(typed) || $0.rawValue.hasSuffix("." + typed) }
        }
        return best.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// A setting's typed value, as `set` parsed it.
public enum PracticeSettingValue: Codable, Sendable, Equatable, CustomStringConvertible {
    case text(String)
    case time(TimeOfDay)
    case number(Int)
    /// A WIP limit; nil is none.
    case limit(Int?)

    /// As the command language writes it, so `set NAME \(value)` parses back to the same value.
    public var description: String {
        switch self {
        case .text(let text):
            let plain = !text.isEmpty && text.allSatisfy { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" }
            if plain { return text }
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        case .time(let time): return time.description
        case .number(let n): return "\(n)"
        case .limit(let n): return n.map { "\($0)" } ?? "none"
        }
    }
}

extension PracticeSettings {
    public func value(of name: PracticeSettingName) -> PracticeSettingValue {
        switch name {
        case .name: .text(self.name)
        case .hoursStart: .time(dayStart)
        case .hoursEnd: .time(dayEnd)
        case .slot: .number(slotMinutes)
        case .waitWarn: .number(waitWarnMinutes)
        case .waitLate: .number(waitLateMinutes)
        case .noShowGrace: .number(noShowGraceMinutes)
        case .providerLate: .number(providerLateMinutes)
        case .lateCancel: .number(lateCancelHours)
        case .filingWarn: .number(filingWarningDays)
        case .credentialWarn: .number(credentialWarningDays)
        case .unbilledDays: .number(unbilledAlertDays)
        case .archiveDays: .number(archiveDoneAfterDays)
        case .wipToday, .wipDoing, .wipWaiting: .limit(name.column.flatMap { wipLimits[$0] })
        }
    }

    /// Writes a value of the right kind; one of another kind leaves the settings as they were (the command
    /// language never builds one, and `validateSetting` refuses it first).
    mutating func set(_ name: PracticeSettingName, _ value: PracticeSettingValue) {
        switch (name, value) {
        case (.name, .text(let text)): self.name = text
        case (.hoursStart, .time(let t)): dayStart = t
        case (.hoursEnd, .time(let t)): dayEnd = t
        case (.slot, .number(let n)): slotMinutes = n
        case (.waitWarn, .number(let n)): waitWarnMinutes = n
        case (.waitLate, .number(let n)): waitLateMinutes = n
        case (.noShowGrace, .number(let n)): noShowGraceMinutes = n
        case (.providerLate, .number(let n)): providerLateMinutes = n
        case (.lateCancel, .number(let n)): lateCancelHours = n
        case (.filingWarn, .number(let n)): filingWarningDays = n
        case (.credentialWarn, .number(let n)): credentialWarningDays = n
        case (.unbilledDays, .number(let n)): unbilledAlertDays = n
        case (.archiveDays, .number(let n)): archiveDoneAfterDays = n
        case (.wipToday, .limit(let n)), (.wipDoing, .limit(let n)), (.wipWaiting, .limit(let n)):
            if let column = name.column { wipLimits[column] = n }
        default: break
        }
    }

    /// The settable values that differ between two settings, as `set` lines (`set wait.warn 20`): how the log
    /// names a `settingsChanged` event.
    public func setLines(since old: PracticeSettings) -> [String] {
        PracticeSettingName.allCases.compactMap { name in
            let new = value(of: name)
            return new == old.value(of: name) ? nil : "set \(name.rawValue) \(new)"
        }
    }

    /// Every settable value, one `name value` pair per line, for `settings`.
    public var settingLines: [(name: String, value: String, summary: String)] {
        PracticeSettingName.allCases.map { ($0.rawValue, value(of: $0).description, $0.summary) }
    }
}
