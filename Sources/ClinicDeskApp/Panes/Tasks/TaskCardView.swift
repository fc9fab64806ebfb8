import ClinicDomain
import Foundation
import TerminalKit

/// Enter on a card: everything about it (column and age there, owner, due in words, priority, labels, notes), its
/// checklist with a cursor and its links with what each points to. A plain value like the forms: keys go in
/// (TaskCardView+Keys.swift), an `Outcome` comes out; the card is read from the practice on every draw, so a
/// change made here (one command each) or elsewhere shows as soon as it is saved.
struct TaskCardView: Sendable, Equatable {
    /// A row the cursor can stand on, named by what it is so the cursor follows it when the list changes.
    enum Entry: Sendable, Equatable {
        case item(Int)
        case link(ItemLink)
    }

    /// A one-line field typed inside the view: a new checklist item, or the ID to link.
    struct Input: Sendable, Equatable {
        enum Kind: Sendable, Equatable { case item, link }
        var kind: Kind
        var text: TextInput

        var label: String { kind == .item ? "New item " : "Link to  " }
    }

    enum Outcome: Sendable, Equatable {
        case editing
        case close
        /// Send this; `confirm` asks y/n first.
        case command(Command, confirm: String?)
        /// Jump to the item (the view closes).
        case reveal(String)
        /// Open the edit form on this card (the view closes).
        case edit
    }

    let card: TaskID
    /// The entry under the cursor; nil before the first move (the first entry).
    var cursor: Entry?
    /// Where the cursor was, for when its entry has gone (removed here or by someone else).
    var cursorIndex = 0
    var input: Input?
    /// The last thing the view has to say (why a link was refused).
    var message: StyledLine?

    init(card: TaskID) { self.card = card }

    static func entries(of card: TaskCard) -> [Entry] {
        card.checklist.map { .item($0.number) } + card.links.map { .link($0) }
    }

    /// The cursor's place in `entries`, nil when there are none.
    func cursorPosition(in entries: [Entry]) -> Int? {
        guard !entries.isEmpty else { return nil }
        if let cursor, let index = entries.firstIndex(of: cursor) { return index }
        return min(max(0, cursorIndex), entries.count - 1)
    }

    func current(in card: TaskCard) -> Entry? {
        let entries = Self.entries(of: card)
        return cursorPosition(in: entries).map { entries[$0] }
    }

    static func keyHints(input: Bool) -> [PaneKeyHint] {
        if input {
            return [PaneKeyHint(key: "Enter", label: "add"), PaneKeyHint(key: "Esc", label: "cancel")]
        }
        return [
            PaneKeyHint(key: "j/k", label: "item / link"), PaneKeyHint(key: "x", label: "tick", changes: true),
            PaneKeyHint(key: "a", label: "add item", changes: true),
            PaneKeyHint(key: "K/J", label: "reorder", changes: true),
            PaneKeyHint(key: "D", label: "remove", changes: true),
            PaneKeyHint(key: "l", label: "link", changes: true), PaneKeyHint(key: "Enter", label: "jump to link"),
            PaneKeyHint(key: "e", label: "edit", changes: true), PaneKeyHint(key: "Esc", label: "close"),
        ]
    }

    static let footer = "j/k move · x tick · a add · K/J order · D remove · l link · Enter jump · e edit · Esc close"

    // MARK: - Drawing

    /// The rows of the popup: the card's facts, its notes, checklist and links; the cursor row and the input row.
    func rows(_ card: TaskCard, width: Int, context: PaneContext) -> (rows: [StyledLine], cursor: Int?, input: Int?) {
        let practice = context.practice
        var rows: [StyledLine] = []
        func fact(_ label: String, _ value: String, slot: StyleSlot? = nil) {
            rows.append(
                StyledLine([TableCell(DisplayWidth.pad(label, to: 10), slot: .textDim), TableCell(value, slot: slot)]))
        }
        fact("Column", TaskCardWords.age(card, now: context.now))
        let owner = card.owner.map { id in "\(practice.staff[id]?.displayName ?? id.description) (\(id))" }
        fact("Owner", owner ?? "nobody")
        if let due = TaskCardWords.due(card, context: context) {
            fact("Due", due.text, slot: due.overdue ? .taskOverdue : due.today ? .alertWarn : nil)
        } else {
            fact("Due", "—")
        }
        fact("Priority", card.priority.rawValue, slot: card.priority == .high ? .taskHigh : nil)
        fact("Labels", card.labels.isEmpty ? "—" : card.labels.joined(separator: ", "))
        if card.recurrence != .none { fact("Repeats", card.recurrence.rawValue) }
        if card.notes.isEmpty {
            fact("Notes", "—")
        } else {
            rows.append(StyledLine("Notes", slot: .textDim))
            for paragraph in card.notes.split(separator: "\n", omittingEmptySubsequences: false) {
                let wrapped = TextWrap.lines(Sanitizer.clean(String(paragraph)), width: max(10, width - 2))
                rows += (wrapped.isEmpty ? [""] : wrapped).map { StyledLine("  " + $0) }
            }
        }
        rows.append("")
        let entries = Self.entries(of: card)
        let position = cursorPosition(in: entries)
        var cursorRow: Int?
        func entryRow(_ index: Int, _ text: String, slot: StyleSlot? = nil) {
            let selected = index == position
            if selected { cursorRow = rows.count }
            rows.append(StyledLine((selected ? "▸ " : "  ") + text, slot: selected ? .tableSelected : slot))
        }
        let progress = card.checklistProgress.map { " \($0)" } ?? " (none yet: a adds one)"
        rows.append(StyledLine("Checklist" + progress, slot: .tableHeader))
        for (i, item) in card.checklist.enumerated() {
            entryRow(i, (item.done ? "[x] " : "[ ] ") + Sanitizer.clean(item.text), slot: item.done ? .textDim : nil)
        }
        var inputRow: Int?
        if input?.kind == .item { inputRow = rows.count; rows.append(StyledLine(input?.label ?? "")) }
        rows.append(StyledLine(card.links.isEmpty ? "Links (none: l adds one)" : "Links", slot: .tableHeader))
        for (i, link) in card.links.enumerated() {
            let words = TaskCardWords.link(link, context: context)
            let gone = !practice.exists(link)
            entryRow(
                card.checklist.count + i, DisplayWidth.pad(link.description, to: 7) + words, slot: gone ? .error : nil)
        }
        if input?.kind == .link { inputRow = rows.count; rows.append(StyledLine(input?.label ?? "")) }
        if let message { rows += ["", message] }
        return (rows, cursorRow ?? inputRow, inputRow)
    }

    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        guard let card = context.practice.tasks[card] else { return }
        let width = min(76, max(0, rect.width - 4))
        let (rows, cursorRow, inputRow) = rows(card, width: width, context: context)
        let window = ScrollWindow(count: rows.count, height: max(0, rect.height - 2), selected: cursorRow ?? 0)
        let shown = Array(rows[window.rows])
        let modal = Modal(
            title: "\(card.id) \(card.title)", content: shown, footer: Self.footer, preferredWidth: width)
        let interior = modal.draw(into: &canvas, in: rect, theme: context.theme)
        guard !interior.isEmpty else { return }
        window.drawMarks(
            into: &canvas, rect: Rect(x: interior.x, y: interior.y, width: interior.width + 1, height: interior.height),
            theme: context.theme)
        guard let input, let inputRow, window.rows.contains(inputRow) else { return }
        let x = interior.x + DisplayWidth.of(input.label)
        let field = Rect(x: x, y: interior.y + inputRow - window.top, width: max(0, interior.maxX - x), height: 1)
        input.text.draw(into: &canvas, rect: field.intersection(interior), theme: context.theme, focused: true)
    }
}
