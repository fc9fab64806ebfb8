/// `set NAME VALUE`: the value's kind and range again (the rule of record, whoever built the command), then the
/// rules between settings, so the flow board never sees a warning after its lateness or a day ending before it starts.
extension Practice {
    func validateSetting(_ name: PracticeSettingName, _ value: PracticeSettingValue) throws(DomainError) -> [Change] {
        var new = settings
        new.set(name, try checkedValue(name, value))
        guard new != settings else {
            throw DomainError("\(name.rawValue) is already \(value): nothing to change.")
        }
        if new.waitWarnMinutes >= new.waitLateMinutes {
            throw DomainError(
                "wait.warn (\(new.waitWarnMinutes)) must be less than wait.late (\(new.waitLateMinutes)): "
                    + "a patient turns amber before red.")
        }
        if new.dayStart >= new.dayEnd {
            throw DomainError("hours.start (\(new.dayStart)) must be before hours.end (\(new.dayEnd)).")
        }
        if 60 % new.slotMinutes != 0 {
            throw DomainError("slot \(new.slotMinutes) does not divide an hour (5, 10, 12, 15, 20, 30 or 60).")
        }
        return [.settingsChanged(new)]
    }

    private func checkedValue(_ name: PracticeSettingName, _ value: PracticeSettingValue) throws(DomainError)
        -> PracticeSettingValue
    {
        switch (name.kind, value) {
        case (.text(let contract), .text(let text)): return .text(try checked(text, contract))
        case (.time, .time): return value
        case (.number(let range, let unit), .number(let n)):
            guard range.contains(n) else {
                throw DomainError(
                    "\(name.rawValue) must be \(range.lowerBound)–\(range.upperBound) \(unit), not \(n).")
            }
            return value
        case (.limit(let range), .limit(let n)):
            if let n, !range.contains(n) {
                throw DomainError(
                    "\(name.rawValue) must be a WIP limit \(range.lowerBound)–\(range.upperBound) or none, not \(n).")
            }
            return value
        default: throw DomainError("\(name.rawValue) takes \(name.kindWords), not '\(value)'.")
        }
    }
}

extension PracticeSettingName {
    /// What the setting takes, in words: "a time (HH:MM)".
    var kindWords: String {
        switch kind {
        case .text(let contract): "text (\(contract.field))"
        case .time: "a time (HH:MM)"
        case .number(let range, let unit): "\(range.lowerBound)–\(range.upperBound) \(unit)"
        case .limit(let range): "a WIP limit \(range.lowerBound)–\(range.upperBound) or none"
        }
    }
}
