import ClinicDomain

/// One short line per change for `clinicdesk log`: the case name, then its values, with whole rows (a booked
/// appointment, a new patient) shown by their ID. Built by reflection so new domain cases print without edits.
enum ChangeSummary {
    /// A settings change reads as the `set` lines it amounts to (`set wait.late 40`) when the settings before it
    /// are known and it changed a settable value; otherwise (a fee, the billing provider) by reflection.
    static func line(_ change: Change, settingsBefore: PracticeSettings?) -> String {
        if case .settingsChanged(let new) = change, let old = settingsBefore {
            let lines = new.setLines(since: old)
            if !lines.isEmpty { return "settingsChanged " + lines.joined(separator: "; ") }
        }
        return line(change)
    }

    static func line(_ change: Change) -> String {
        if case .wipOverridden = change { return Practice.phrase(change) } // "T-3 over WIP in Doing (3/3)"
        let mirror = Mirror(reflecting: change)
        guard let payload = mirror.children.first else { return "\(change)" }
        let name = payload.label ?? "\(change)"
        let values = Mirror(reflecting: payload.value)
        var parts: [String] = [name]
        if values.displayStyle == .tuple {
            for child in values.children {
                let text = brief(child.value)
                if let label = child.label, !label.hasPrefix(".") {
                    parts.append("\(label): \(text)")
                } else {
                    parts.append(text)
                }
            }
        } else {
            parts.append(brief(payload.value))
        }
        return parts.joined(separator: " ")
    }

    /// IDs, strings and numbers as text; a struct row by its `id`; nil as "-"; long text shortened.
    static func brief(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return "-" }
            return brief(wrapped)
        }
        if mirror.displayStyle == .struct, let id = mirror.children.first(where: { $0.label == "id" }) {
            return "\(id.value)"
        }
        if let text = value as? String { return "\"\(text.count > 40 ? String(text.prefix(39)) + "…" : text)\"" }
        let text = "\(value)"
        return text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
