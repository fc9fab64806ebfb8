import ClinicDomain
import Foundation

/// Words about a card for the board, its detail popup and the owner cycle.
enum TaskCardText {
    /// Owner and due for the card's second line ("Ben C. · 11-25", "6d late"), compact because a board
    /// column is 15 cells wide at 80 columns; the due part is flagged when overdue.
    static func meta(_ card: TaskCard, context: PaneContext) -> (owner: String, due: String, overdue: Bool) {
        let owner = card.owner.flatMap { context.practice.staff[$0]?.displayName } ?? ""
        guard let due = card.due else { return (owner, "", false) }
        let overdue = card.isOverdue(on: context.today)
        let text: String
        if card.column == .done {
            text = ""
        } else if due == context.today {
            text = "today"
        } else if overdue {
            text = "\(due.days(until: context.today))d late"
        } else {
            text = due.mmdd
        }
        return (owner, text, overdue)
    }

    static func detail(_ card: TaskCard, context: PaneContext) -> [String] {
        let practice = context.practice
        let meta = meta(card, context: context)
        var lines = [
            "Column    \(card.column.label)",
            "Owner     \(card.owner.map { "\(meta.owner) (\($0))" } ?? "nobody")",
            "Due       \(card.due.map { "\($0)\(meta.overdue ? "  OVERDUE" : "")" } ?? "—")",
            "Priority  \(card.priority.rawValue)",
        ]
        if !card.labels.isEmpty { lines.append("Labels    \(card.labels.joined(separator: ", "))") }
        if card.recurrence != .none { lines.append("Repeats   \(card.recurrence.rawValue)") }
        let clock = practice.clock
        lines.append("Created   \(clock.day(of: card.createdAt)) \(clock.timeOfDay(of: card.createdAt))")
        if let done = card.doneAt { lines.append("Done      \(clock.day(of: done)) \(clock.timeOfDay(of: done))") }
        lines.append("")
        let keys = [
            (KeyAction.taskMoveLeft, "move"), (.taskRaise, "reorder"), (.taskDone, "done"), (.taskOwner, "owner"),
        ]
        lines.append(
            keys.map { "\(context.key($0.0)) \($0.1)" }.joined(separator: " · ")
                + " · :task assign \(card.id) S-…")
        return lines
    }
}
