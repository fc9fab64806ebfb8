import ClinicDomain
import Foundation
import TerminalKit

/// The card view's keys, fixed inside the view as a form's are (it takes raw keys while open): j/k move over
/// checklist items and links, x or Space ticks, a adds an item, D removes (y/n), K/J reorder, l links, Enter
/// jumps to a link (or ticks an item), e edits the card, Esc closes. Each change is one command.
extension TaskCardView {
    mutating func handle(_ key: Key, context: PaneContext) -> Outcome {
        guard let card = context.practice.tasks[card] else { return .close }
        if input != nil { return handleInput(key, card: card, context: context) }
        message = nil
        let entries = Self.entries(of: card)
        let position = cursorPosition(in: entries)
        let entry = position.map { entries[$0] }
        switch key {
        case .escape, .character("q"):
            return .close
        case .character("j"), .down: moveCursor(to: (position ?? -1) + 1, in: entries)
        case .character("k"), .up: moveCursor(to: (position ?? 0) - 1, in: entries)
        case .character("g"), .home: moveCursor(to: 0, in: entries)
        case .character("G"), .end: moveCursor(to: entries.count - 1, in: entries)
        case .character("x"), .character(" "):
            guard case .item(let number) = entry else { return say("x ticks a checklist item: move onto one.") }
            return tick(number, in: card)
        case .enter:
            switch entry {
            case .item(let number): return tick(number, in: card)
            case .link(let link): return .reveal(link.description)
            case nil: return .editing
            }
        case .character("a"):
            input = Input(kind: .item, text: TextInput(maxLength: 200))
        case .character("l"):
            input = Input(kind: .link, text: TextInput(maxLength: 12, placeholder: "C-22, A-31, P-12, S-4, T-9"))
        case .character("D"):
            switch entry {
            case .item(let number):
                let text = card.checklist.first { $0.number == number }?.text ?? ""
                return .command(.checklist(card.id, .remove(number)), confirm: "Remove “\(text)” from \(card.id)?")
            case .link(let link):
                return .command(.unlinkTask(card.id, link), confirm: "Unlink \(link) from \(card.id)?")
            case nil:
                return say("Nothing to remove.")
            }
        case .character("K"), .character("J"):
            guard case .item(let number) = entry else { return say("K/J reorder checklist items.") }
            let up = key == .character("K")
            let index = card.checklist.firstIndex { $0.number == number } ?? 0
            guard up ? index > 0 : index + 1 < card.checklist.count else {
                return say(up ? "Already the first item." : "Already the last item.")
            }
            cursor = .item(number)
            return .command(.checklist(card.id, .move(number, up ? .up : .down)), confirm: nil)
        case .character("e"):
            return .edit
        default:
            break
        }
        return .editing
    }

    private mutating func moveCursor(to index: Int, in entries: [Entry]) {
        guard !entries.isEmpty else { return }
        let clamped = min(max(0, index), entries.count - 1)
        cursor = entries[clamped]
        cursorIndex = clamped
    }

    private mutating func tick(_ number: Int, in card: TaskCard) -> Outcome {
        guard let item = card.checklist.first(where: { $0.number == number }) else { return .editing }
        cursor = .item(number)
        return .command(.checklist(card.id, item.done ? .untick(number) : .tick(number)), confirm: nil)
    }

    private mutating func say(_ text: String, error: Bool = false) -> Outcome {
        message = StyledLine(text, slot: error ? .error : .textDim)
        return .editing
    }

    /// Typing a new item or an ID to link: Enter checks it with the domain (the refusal stays in the view, the text
    /// kept to fix), Esc drops it.
    private mutating func handleInput(_ key: Key, card: TaskCard, context: PaneContext) -> Outcome {
        guard var current = input else { return .editing }
        switch key {
        case .escape:
            input = nil
            message = nil
            return .editing
        case .enter:
            let text = current.text.value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { input = nil; return .editing }
            let command: Command
            let next: Entry
            switch current.kind {
            case .item:
                command = .checklist(card.id, .add(text))
                next = .item(card.nextChecklistNumber)
            case .link:
                guard let link = ItemLink(text) else {
                    return say("'\(Sanitizer.clean(text))' is not \(ItemLink.kinds).", error: true)
                }
                command = .linkTask(card.id, link)
                next = .link(link)
            }
            if let refusal = context.practice.refusal(of: command, actor: context.user, now: context.now) {
                return say(refusal, error: true)
            }
            input = nil
            message = nil
            cursor = next
            return .command(command, confirm: nil)
        default:
            current.text.handle(key)
            input = current
            return .editing
        }
    }
}
