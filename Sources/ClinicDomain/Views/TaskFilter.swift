import Foundation

/// Which cards the board shows: by owner, label, overdue, text and "mine". Empty fields match every card; set
/// fields all have to match. Pure: `now` and the practice come in as arguments.
public struct TaskFilter: Sendable, Equatable {
    public var owner: StaffID?
    /// A label, case-insensitive (a standard one or an old free-text one).
    public var label: String?
    public var overdueOnly: Bool
    /// Words that must all appear in the title, notes, checklist or labels, ignoring case and accents.
    public var text: String
    /// "Mine": cards owned by the staff member this login belongs to (none when the login has no staff member).
    public var mineLogin: String?

    public init(
        owner: StaffID? = nil, label: String? = nil, overdueOnly: Bool = false, text: String = "",
        mineLogin: String? = nil
    ) {
        self.owner = owner; self.label = label; self.overdueOnly = overdueOnly; self.text = text
        self.mineLogin = mineLogin
    }

    public var isEmpty: Bool { self == TaskFilter() }

    public func matches(_ card: TaskCard, in practice: Practice, now: Date) -> Bool {
        if let owner, card.owner != owner { return false }
        if let mineLogin {
            guard let staff = practice.accounts[mineLogin]?.staff, card.owner == staff else { return false }
        }
        if let label, !card.labels.contains(where: { $0.caseInsensitiveCompare(label) == .orderedSame }) {
            return false
        }
        if overdueOnly, !card.isOverdue(now: now, clock: practice.clock) { return false }
        return Self.matches(text: text, card)
    }

    /// Every word of `text` somewhere in the card's searchable text, case- and accent-insensitive.
    static func matches(text: String, _ card: TaskCard) -> Bool {
        let words = fold(text).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return true }
        let haystack = fold(
            ([card.title, card.notes] + card.checklist.map(\.text) + card.labels).joined(separator: "\n"))
        return words.allSatisfy { haystack.contains($0) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// One column of the board as a filter shows it: the matching cards top to bottom, how many the column holds
/// on the board (archived done cards excluded), and its WIP limit.
public struct TaskBoardColumn: Sendable, Equatable {
    public let column: BoardColumn
    public let cards: [TaskCard]
    public let total: Int
    public let limit: Int?

    /// More cards than the limit allows (after an override).
    public var isOverWIP: Bool { limit.map { total > $0 } ?? false }
    /// `Doing 2/5` when filtered, `Doing 5` otherwise.
    public func header(filtered: Bool) -> String {
        column.label + " " + (filtered ? "\(cards.count)/\(total)" : "\(total)")
    }
}

extension Practice {
    /// Done long enough ago to have left the board (`archiveDoneAfterDays`); a view rule, nothing is deleted.
    public func isArchived(_ card: TaskCard, now: Date) -> Bool {
        guard card.column == .done else { return false }
        let finished = card.doneAt ?? card.columnEnteredAt
        return now.timeIntervalSince(finished) > Double(settings.archiveDoneAfterDays) * 86_400
    }

    /// The board under a filter: each column's matching cards and its total, archived cards left out.
    public func board(filter: TaskFilter = TaskFilter(), now: Date) -> [TaskBoardColumn] {
        BoardColumn.allCases.map { column in
            let onBoard = tasks(in: column).filter { !isArchived($0, now: now) }
            return TaskBoardColumn(
                column: column, cards: onBoard.filter { filter.matches($0, in: self, now: now) },
                total: onBoard.count, limit: settings.wipLimits[column])
        }
    }

    /// Cards whose text matches (`task find`), in ID order; archived ones only when asked for.
    public func findTasks(_ text: String, archived: Bool, now: Date) -> [TaskCard] {
        var found: [TaskCard] = []
        tasks.forEach { card in
            if TaskFilter.matches(text: text, card), archived || !isArchived(card, now: now) { found.append(card) }
        }
        return found
    }

    /// Cards linking to an item, by its ID as printed (`C-22`), in ID order; none for text that is not an ID.
    public func cards(linkedTo id: String) -> [TaskCard] {
        guard let link = ItemLink(id) else { return [] }
        return cards(linkedTo: link)
    }

    public func cards(linkedTo link: ItemLink) -> [TaskCard] {
        var found: [TaskCard] = []
        tasks.forEach { card in if card.links.contains(link) { found.append(card) } }
        return found
    }

    /// The card's links whose item no longer exists (kept, shown as missing).
    public func missingLinks(of card: TaskCard) -> [ItemLink] {
        card.links.filter { !exists($0) }
    }
}
