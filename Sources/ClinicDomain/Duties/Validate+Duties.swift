import Foundation

/// Adding and removing recurring duties: a change of the settings (one `settingsChanged`), manager-only like any.
extension Practice {
    func validateAddDuty(_ duty: RecurringDuty) throws(DomainError) -> [Change] {
        var added = duty
        added.title = try checked(duty.title, .taskTitle)
        var labels: [String] = []
        for label in duty.labels {
            let canonical = try TaskLabel.checked(try checked(label, .taskLabel))
            if !labels.contains(canonical) { labels.append(canonical) }
        }
        added.labels = labels
        added.checklist = []
        for item in duty.checklist { added.checklist.append(try checked(item, .checklistItem)) }
        if let owner = duty.owner { _ = try require(owner) }
        guard (0...31).contains(duty.leadDays) else { throw DomainError("A duty's lead is 0–31 days.") }
        if settings.duties.contains(where: { $0.title.lowercased() == added.title.lowercased() }) {
            throw DomainError("There is already a duty “\(added.title)”: remove it first, or name this one apart.")
        }
        added.id = (settings.duties.map(\.id).max() ?? 0) + 1
        var new = settings
        new.duties.append(added)
        return [.settingsChanged(new)]
    }

    func validateRemoveDuty(_ number: Int) throws(DomainError) -> [Change] {
        guard settings.duties.contains(where: { $0.id == number }) else {
            let known = settings.duties.map(\.label).joined(separator: ", ")
            throw DomainError("No duty D-\(number)" + (known.isEmpty ? "; there are none." : " (there are \(known))."))
        }
        var new = settings
        new.duties.removeAll { $0.id == number }
        return [.settingsChanged(new)]
    }
}
