import Foundation

/// Choosing one item from a list (a task's owner, a provider) as a popup: a filter line over a `ListView`. Typing
/// narrows the list to the items holding every typed word, case and accents ignored; ↑/↓ and PgUp/PgDn move,
/// Enter picks, Esc cancels. A value like `Form`: keys go in, an `Outcome` comes out.
public struct Picker<ID: Hashable & Sendable>: Sendable, Equatable {
    public struct Item: Hashable, Sendable {
        public var id: ID
        public var label: String

        public init(_ id: ID, _ label: String) {
            self.id = id
            self.label = label
        }
    }

    public enum Outcome: Sendable, Equatable {
        case editing
        case picked(ID)
        case cancelled
    }

    public var title: String
    public let items: [Item]
    /// What has been typed to narrow the list.
    public private(set) var filter = TextInput()
    /// The highlighted item, by ID, so it stays highlighted while the list narrows around it.
    public private(set) var highlighted: ID?
    /// List rows the popup shows; more scroll.
    public var visibleRows: Int
    /// Interior width to ask for; nil fits the longest label.
    public var width: Int?
    public var footer = "↑↓ choose · Enter pick · Esc cancel"
    /// The labels folded once, for matching.
    private let foldedLabels: [String]

    /// `selected` starts the highlight on an item (the current owner, say); else it starts on the first.
    public init(title: String, items: [Item], selected: ID? = nil, visibleRows: Int = 10, width: Int? = nil) {
        self.title = title
        self.items = items
        self.highlighted = selected ?? items.first?.id
        self.visibleRows = max(1, visibleRows)
        self.width = width
        foldedLabels = items.map { Self.fold($0.label) }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The items the filter lets through, in list order.
    public var matches: [Item] {
        let words = Self.fold(filter.value).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return items }
        return items.indices.filter { i in words.allSatisfy { foldedLabels[i].contains($0) } }.map { items[$0] }
    }

    /// Where the highlight is among `matches`: on the highlighted item while it matches, else on the first match.
    public func highlightedIndex(in matches: [Item]) -> Int? {
        guard !matches.isEmpty else { return nil }
        return highlighted.flatMap { id in matches.firstIndex { $0.id == id } } ?? 0
    }

    public mutating func handle(_ key: Key) -> Outcome {
        let found = matches
        let current = highlightedIndex(in: found)
        switch key {
        case .escape: return .cancelled
        case .enter: return current.map { .picked(found[$0].id) } ?? .editing
        case .up, .control("p"): move(to: (current ?? 0) - 1, in: found)
        case .down, .control("n"): move(to: (current ?? -1) + 1, in: found)
        case .pageUp: move(to: (current ?? 0) - visibleRows, in: found)
        case .pageDown: move(to: (current ?? 0) + visibleRows, in: found)
        default: filter.handle(key)
        }
        return .editing
    }

    private mutating func move(to index: Int, in found: [Item]) {
        guard !found.isEmpty else { return }
        highlighted = found[min(max(0, index), found.count - 1)].id
    }

    /// Draws the popup centred in `area`; returns its interior.
    @discardableResult
    public func draw(into canvas: inout Canvas, in area: Rect, theme: Theme, ascii: Bool = false) -> Rect {
        let found = matches
        let prompt = "Find "
        let listRows = min(visibleRows, max(1, items.count))
        let widest = items.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0
        let content = [StyledLine(prompt, slot: .textDim)] + Array(repeating: StyledLine(""), count: listRows)
        let fitting = max(widest + 2, DisplayWidth.of(footer) + 2)
        let modal = Modal(
            title: title, content: content, footer: footer, preferredWidth: width ?? fitting, ascii: ascii)
        let interior = modal.draw(into: &canvas, in: area, theme: theme)
        guard !interior.isEmpty else { return interior }
        let promptWidth = DisplayWidth.of(prompt)
        filter.draw(
            into: &canvas,
            rect: Rect(
                x: interior.x + promptWidth, y: interior.y,
                width: max(0, interior.width - promptWidth), height: 1), theme: theme)
        let list = ListView(
            items: found.map { TableCell($0.label) }, selected: highlightedIndex(in: found),
            showsScrollMarks: true, emptyMessage: "No match", surface: .popupText)
        list.draw(
            into: &canvas,
            rect: Rect(
                x: interior.x, y: interior.y + 1, width: interior.width,
                height: interior.height - 1), theme: theme)
        return interior
    }
}
