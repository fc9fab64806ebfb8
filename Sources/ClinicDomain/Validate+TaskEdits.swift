import Foundation

/// Edits of a card in place: fields, labels, checklist, links. Each becomes one `taskChanged` with the whole new
/// row, so replay, undo (the row before) and salvage treat them alike.
extension Practice {
    func validateEditTask(_ id: TaskID, _ edit: TaskEdit, now: Date) throws(DomainError) -> [Change] {
        var card = try require(id)
        if let title = edit.title { card.title = try checked(title, .taskTitle) }
        if case .set(let due) = edit.due { try checked(due, .taskDue, now: now) }
        card.due = edit.due.applied(to: card.due)
        card.dueTime = edit.dueTime.applied(to: card.dueTime)
        if card.due == nil, case .set = edit.dueTime {
            throw DomainError("\(id) has no due day: a due time needs one (--due).")
        }
        if card.due == nil { card.dueTime = nil }
        if let priority = edit.priority { card.priority = priority }
        if case .set(let notes) = edit.notes { card.notes = try checked(notes, .taskNotes) }
        if case .clear = edit.notes { card.notes = "" }
        return try changed(card, from: id)
    }

    func validateLabelTask(_ id: TaskID, add: [String], remove: [String]) throws(DomainError) -> [Change] {
        var card = try require(id)
        for label in remove {
            // An old free-text label can be taken off by its own spelling.
            let name = TaskLabel.canonical(label) ?? label
            guard let index = card.labels.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame })
            else { throw DomainError("\(id) has no label '\(label)'.") }
            card.labels.remove(at: index)
        }
        for label in add {
            let canonical = try TaskLabel.checked(try checked(label, .taskLabel))
            if !card.labels.contains(canonical) { card.labels.append(canonical) }
        }
        return try changed(card, from: id)
    }

    func validateChecklist(_ id: TaskID, _ action: ChecklistAction) throws(DomainError) -> [Change] {
        var card = try require(id)
        func index(_ number: Int) throws(DomainError) -> Int {
            guard let index = card.checklist.firstIndex(where: { $0.number == number }) else {
                let numbers = card.checklist.map { String($0.number) }.joined(separator: ", ")
                throw DomainError(
                    "\(id) has no checklist item \(number)" + (numbers.isEmpty ? " (none yet)." : " (\(numbers))."))
            }
            return index
        }
        switch action {
        case .add(let text, let position):
            guard card.checklist.count < TaskCard.maxChecklistItems else {
                throw DomainError("\(id) has \(TaskCard.maxChecklistItems) checklist items, the most a card holds.")
            }
            let item = ChecklistItem(number: card.nextChecklistNumber, text: try checked(text, .checklistItem))
            let at = (position ?? card.checklist.count + 1) - 1
            guard at >= 0, at <= card.checklist.count else {
                throw DomainError("\(id): a new item goes at positions 1–\(card.checklist.count + 1).")
            }
            card.checklist.insert(item, at: at)
        case .tick(let number):
            let i = try index(number)
            guard !card.checklist[i].done else { throw DomainError("\(id) item \(number) is already ticked.") }
            card.checklist[i].done = true
        case .untick(let number):
            let i = try index(number)
            guard card.checklist[i].done else { throw DomainError("\(id) item \(number) is not ticked.") }
            card.checklist[i].done = false
        case .remove(let number):
            card.checklist.remove(at: try index(number))
        case .move(let number, let move):
            let from = try index(number)
            let to: Int
            switch move {
            case .up: to = from - 1
            case .down: to = from + 1
            case .to(let position): to = position - 1
            }
            guard to >= 0, to < card.checklist.count else {
                throw DomainError(
                    "\(id) item \(number) cannot move there: positions are 1–\(card.checklist.count), "
                        + "and it is at \(from + 1).")
            }
            guard to != from else { throw DomainError("\(id) item \(number) is already at position \(from + 1).") }
            let item = card.checklist.remove(at: from)
            card.checklist.insert(item, at: to)
        }
        return try changed(card, from: id)
    }

    func validateLink(_ id: TaskID, _ link: ItemLink, remove: Bool) throws(DomainError) -> [Change] {
        var card = try require(id)
        if remove {
            guard let index = card.links.firstIndex(of: link) else {
                throw DomainError("\(id) is not linked to \(link).")
            }
            card.links.remove(at: index)
        } else {
            guard exists(link) else { throw DomainError("There is no \(link) to link \(id) to.") }
            guard link != .task(id) else { throw DomainError("\(id) cannot link to itself.") }
            guard !card.links.contains(link) else { throw DomainError("\(id) is already linked to \(link).") }
            guard card.links.count < TaskCard.maxLinks else {
                throw DomainError("\(id) has \(TaskCard.maxLinks) links, the most a card holds.")
            }
            card.links.append(link)
        }
        return try changed(card, from: id)
    }

    /// The change for an edited card, or a refusal when nothing would change.
    private func changed(_ card: TaskCard, from id: TaskID) throws(DomainError) -> [Change] {
        guard card != tasks[id] else { throw DomainError("\(id) already is that way: nothing to change.") }
        return [.taskChanged(card)]
    }
}

extension TaskCard {
    /// Bounds that keep one card's row small.
    public static let maxChecklistItems = 100
    public static let maxLinks = 50
}
