import ClinicDomain
import TerminalKit

/// `f` on the board: narrow it to one owner, one label, the overdue cards or "mine", or clear the filters. The
/// active choices are ticked; picking an active one lifts it. Nothing changes in the practice.
struct TaskFilterPicker: Sendable {
    enum Choice: Hashable, Sendable {
        case clear
        case mine
        case overdue
        case owner(StaffID)
        case label(String)
    }

    enum Outcome: Equatable { case editing, cancelled, picked(Choice) }

    var picker: Picker<Choice>

    init(filter: TaskBoardFilter, context: PaneContext) {
        let practice = context.practice
        func tick(_ on: Bool) -> String { on ? "✓ " : "  " }
        var items: [Picker<Choice>.Item] = [.init(.clear, "  Clear filters")]
        let mineName = practice.staffMember(ofLogin: context.user).flatMap { practice.staff[$0]?.displayName }
        items.append(.init(.mine, tick(filter.mine) + "Mine" + (mineName.map { " (\($0))" } ?? "")))
        items.append(.init(.overdue, tick(filter.overdueOnly) + "Overdue"))
        for row in practice.rosterRows(on: context.today, now: context.now) {
            let staff = row.staff
            items.append(.init(.owner(staff.id), tick(filter.owner == staff.id) + "Owner: \(staff.displayName)"))
        }
        for label in TaskLabel.standard {
            items.append(.init(.label(label), tick(filter.label == label) + "Label: #\(label)"))
        }
        picker = Picker(
            title: "Filter the board", items: items.map { .init($0.id, Sanitizer.clean($0.label)) },
            selected: filter.isEmpty ? .mine : nil, visibleRows: 12)
        picker.footer = "↑↓ choose · \(context.key(.formSubmit)) show · \(context.key(.formCancel)) cancel"
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch picker.handle(key) {
        case .editing: return .editing
        case .cancelled: return .cancelled
        case .picked(let choice): return .picked(choice)
        }
    }

    /// The filter with a choice applied: a new owner or label replaces the old, an active one is lifted.
    static func applying(_ choice: Choice, to filter: TaskBoardFilter) -> TaskBoardFilter {
        var filter = filter
        switch choice {
        case .clear: filter = TaskBoardFilter()
        case .mine: filter.mine.toggle()
        case .overdue: filter.overdueOnly.toggle()
        case .owner(let id): filter.owner = filter.owner == id ? nil : id
        case .label(let label): filter.label = filter.label == label ? nil : label
        }
        return filter
    }
}

/// `#` on a card: tick or untick one of the standard labels; one pick, one `labelTask` command.
struct TaskLabelPicker: Sendable {
    let card: TaskID
    var picker: Picker<String>

    init(card: TaskCard, context: PaneContext) {
        self.card = card.id
        let items = TaskLabel.standard.map { label in
            Picker<String>.Item(label, (card.labels.contains(label) ? "✓ #" : "  #") + label)
        }
        picker = Picker(title: "Labels of \(card.id)", items: items, visibleRows: 8)
        picker.footer = "↑↓ choose · \(context.key(.formSubmit)) add/remove · \(context.key(.formCancel)) cancel"
    }

    enum Outcome: Equatable { case editing, cancelled, toggle(String) }

    mutating func handle(_ key: Key) -> Outcome {
        switch picker.handle(key) {
        case .editing: return .editing
        case .cancelled: return .cancelled
        case .picked(let label): return .toggle(label)
        }
    }

    /// The command that toggles `label` on the card as it is now.
    static func command(_ label: String, on card: TaskCard) -> Command {
        card.labels.contains(label)
            ? .labelTask(card.id, add: [], remove: [label]) : .labelTask(card.id, add: [label], remove: [])
    }
}
