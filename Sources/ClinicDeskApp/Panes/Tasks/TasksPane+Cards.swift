import ClinicDomain
import Foundation
import TerminalKit

/// The card form (`n` new, `e` edit) and the card view (Enter) as the Tasks pane holds them: opening, the keys
/// while one is open, and what their outcomes ask of the shell.
extension TasksPane {
    var cardIsOpen: Bool { cardForm != nil || cardView != nil }

    func cardHints(_ keymap: Keymap) -> [PaneKeyHint] {
        if cardForm != nil { return TaskCardForm.keyHints(keymap) }
        if let cardView { return TaskCardView.keyHints(input: cardView.input != nil) }
        return []
    }

    mutating func openNewCard(in column: BoardColumn, context: PaneContext) -> PaneAction {
        cardForm = TaskCardForm(newIn: column, context: context)
        return .handled
    }

    mutating func openEditCard(_ card: TaskCard?, context: PaneContext) -> PaneAction {
        guard let card else { return .message("No card here to edit.") }
        self.card = card.id
        cardForm = TaskCardForm(editing: card, context: context)
        return .handled
    }

    mutating func openCardView(_ card: TaskCard?) -> PaneAction {
        guard let card else { return .message("No card here.") }
        self.card = card.id
        cardView = TaskCardView(card: card.id)
        return .handled
    }

    /// A raw key for the open form or view; nil when neither is open.
    mutating func handleCardKey(_ key: Key, context: PaneContext) -> PaneAction? {
        if var form = cardForm {
            let outcome = form.handle(key, context: context)
            cardForm = form
            switch outcome {
            case .editing, .refused: return .handled
            case .cancelled:
                cardForm = nil
                return .handled
            case .save(let commands):
                cardForm = nil
                return commands.count == 1 ? .command(commands[0], confirm: nil) : .commands(commands)
            }
        }
        guard var view = cardView else { return nil }
        let outcome = view.handle(key, context: context)
        cardView = view
        switch outcome {
        case .editing: return .handled
        case .close:
            cardView = nil
            return .handled
        case .command(let command, let confirm):
            return .command(command, confirm: confirm)
        case .reveal(let subject):
            cardView = nil
            return .reveal(subject)
        case .edit:
            cardView = nil
            return openEditCard(context.practice.tasks[view.card], context: context)
        }
    }

    func drawCard(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        if let cardForm {
            cardForm.draw(into: &canvas, rect: rect, context: context)
        } else if let cardView {
            cardView.draw(into: &canvas, rect: rect, context: context)
        }
    }
}
