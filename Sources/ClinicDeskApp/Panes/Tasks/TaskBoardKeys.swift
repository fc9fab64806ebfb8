import ClinicDomain
import TerminalKit

/// The board's own keys beyond moving cards: `f` filters, `m` mine, `D` due, `P` priority, `#` labels, and the
/// keys of the pickers they open.
extension TasksPane {
    mutating func handleBoardKey(_ action: KeyAction, context: PaneContext) -> PaneAction? {
        switch action {
        case .taskFilter:
            filterPicker = TaskFilterPicker(filter: boardFilter, context: context)
            return .handled
        case .taskMine:
            return setBoardFilter(TaskFilterPicker.applying(.mine, to: boardFilter), context: context)
        case .taskDue:
            guard let card = selectedCard(context) else { return .message("No card here.") }
            return .prompt("task edit \(card.id) --due ")
        case .taskPriority:
            guard let card = selectedCard(context) else { return .message("No card here.") }
            self.card = card.id
            return .command(
                .editTask(card.id, TaskEdit(priority: Self.nextPriority(after: card.priority))), confirm: nil)
        case .taskLabels:
            guard let card = selectedCard(context) else { return .message("No card here.") }
            self.card = card.id
            labelPicker = TaskLabelPicker(card: card, context: context)
            return .handled
        default:
            return nil
        }
    }

    /// normal → high → low → normal.
    static func nextPriority(after priority: TaskPriority) -> TaskPriority {
        switch priority {
        case .normal: .high
        case .high: .low
        case .low: .normal
        }
    }

    /// Applies a new filter, refusing "mine" for a login no staff member has (it would show nothing).
    mutating func setBoardFilter(_ filter: TaskBoardFilter, context: PaneContext) -> PaneAction {
        if filter.mine, !boardFilter.mine, context.practice.staffMember(ofLogin: context.user) == nil {
            return .message("“Mine” needs a staff member: the login \(Sanitizer.clean(context.user)) has none.")
        }
        column = currentColumn(context.practice)
        boardFilter = filter
        let labels = filter.labels(context.practice)
        return .message(labels.isEmpty ? "Board filters cleared." : "Board: " + labels.joined(separator: " · "))
    }

    var boardPopupOpen: Bool { filterPicker != nil || labelPicker != nil }

    func boardPopupHints(_ keymap: Keymap) -> [PaneKeyHint]? {
        guard boardPopupOpen else { return nil }
        return OwnerPicker.keyHints(keymap).map { $0.label == "assign" ? PaneKeyHint(key: $0.key, label: "pick") : $0 }
    }

    /// A key for the open filter or label picker; nil when neither is open.
    mutating func handleBoardPopup(_ key: Key, context: PaneContext) -> PaneAction? {
        if var picker = filterPicker {
            switch picker.handle(key) {
            case .editing:
                filterPicker = picker
                return .handled
            case .cancelled:
                filterPicker = nil
                return .handled
            case .picked(let choice):
                filterPicker = nil
                return setBoardFilter(TaskFilterPicker.applying(choice, to: boardFilter), context: context)
            }
        }
        if var picker = labelPicker {
            switch picker.handle(key) {
            case .editing:
                labelPicker = picker
                return .handled
            case .cancelled:
                labelPicker = nil
                return .handled
            case .toggle(let label):
                labelPicker = nil
                guard let card = context.practice.tasks[picker.card] else { return .message("That card is gone.") }
                return .command(TaskLabelPicker.command(label, on: card), confirm: nil)
            }
        }
        return nil
    }

    func drawBoardPopup(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        filterPicker?.picker.draw(into: &canvas, in: rect, theme: context.theme)
        labelPicker?.picker.draw(into: &canvas, in: rect, theme: context.theme)
    }
}
