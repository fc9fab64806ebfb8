import ClinicDomain
import TerminalKit

/// Draws the board: one column per board column (as many as fit, around the cursor), a header with the count
/// (shown of total when filtered), the WIP limit and FULL/OVER, then two lines per card — title, then what fits of
/// owner · due · checklist · age · links (`TaskCardText.fit`).
struct TaskBoardView {
    let pane: TasksPane
    let context: PaneContext

    static let minimumColumnWidth = 14
    static let cardHeight = 2

    /// The columns that fit in `rect` (a window around the cursor's), each with its place: drawing and clicks
    /// share it.
    func columnRects(in rect: Rect) -> [(column: BoardColumn, rect: Rect)] {
        let all = BoardColumn.allCases
        let fit = max(1, min(all.count, (rect.width + 1) / Self.minimumColumnWidth))
        let currentIndex = all.firstIndex(of: pane.currentColumn(context.practice)) ?? 0
        let first = min(max(0, currentIndex - fit / 2), all.count - fit)
        let width = (rect.width - (fit - 1)) / fit
        return all[first..<(first + fit)].enumerated().map { i, column in
            let x = rect.x + i * (width + 1)
            // The last column takes the rounding leftovers so the board fills the pane.
            let w = i == fit - 1 ? rect.maxX - x : width
            return (column, Rect(x: x, y: rect.y, width: w, height: rect.height))
        }
    }

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let current = pane.currentColumn(context.practice)
        let all = BoardColumn.allCases
        let placed = columnRects(in: rect)
        for (column, columnRect) in placed {
            drawColumn(column, rect: columnRect, isCurrent: column == current, into: &canvas)
        }
        let first = placed.first.flatMap { all.firstIndex(of: $0.column) } ?? 0
        let fit = placed.count
        if first > 0 { canvas.put("◀", x: rect.x, y: rect.y, style: context.theme[.textDim], clip: rect) }
        if first + fit < all.count {
            canvas.put("▶", x: rect.maxX - 1, y: rect.y, style: context.theme[.textDim], clip: rect)
        }
    }

    private func drawColumn(_ column: BoardColumn, rect: Rect, isCurrent: Bool, into canvas: inout Canvas) {
        let theme = context.theme
        guard let view = pane.board(context)[column] else { return }
        let cards = view.cards
        let header = view.header(filtered: pane.isFiltered(context), width: rect.width)
        // A header one cell too long for its padding starts at the column's edge (the gap before it stays).
        let headerX = DisplayWidth.of(header) < rect.width ? rect.x + 1 : rect.x
        var headerStyle = theme[.tableHeader]
        if view.isFull { headerStyle = theme[.taskFull].merged(over: headerStyle) }
        let headerRow = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(headerRow, style: theme[.tableHeader])
        canvas.put(
            DisplayWidth.truncate(header, to: rect.maxX - headerX), x: headerX, y: rect.y, style: headerStyle,
            clip: headerRow)

        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let capacity = max(1, body.height / Self.cardHeight)
        let selected = isCurrent ? pane.selectedRow(in: column, context: context) : nil
        if cards.isEmpty {
            let empty = view.total > 0 ? "(none match)" : "(empty)"
            canvas.put(
                DisplayWidth.truncate(empty, to: rect.width - 1), x: rect.x + 1, y: body.y,
                style: theme[isCurrent && context.focused ? .tableSelected : .textDim], clip: body)
            return
        }
        let offset = ScrollWindow.top(count: cards.count, height: capacity, selected: selected)
        for slot in 0..<capacity {
            let index = offset + slot
            guard index < cards.count else { break }
            let y = body.y + slot * Self.cardHeight
            drawCard(
                cards[index],
                rect: Rect(x: rect.x, y: y, width: rect.width, height: min(Self.cardHeight, body.maxY - y)),
                selected: index == selected, into: &canvas)
        }
        if offset + capacity < cards.count, body.height >= 1 {
            let more = "+\(cards.count - offset - capacity) more"
            canvas.put(more, x: rect.maxX - DisplayWidth.of(more), y: body.maxY - 1, style: theme[.textDim], clip: body)
        }
    }

    private func drawCard(_ card: TaskCard, rect: Rect, selected: Bool, into canvas: inout Canvas) {
        let theme = context.theme
        let bar = theme[context.focused ? .tableSelected : .tableSelectedUnfocused]
        let base = selected ? bar : theme[.text]
        canvas.fill(rect, style: base)
        var x = rect.x + 1
        if card.priority == .high {
            x += canvas.put("!", x: x, y: rect.y, style: theme[.taskHigh].merged(over: base), clip: rect)
        }
        canvas.put(
            DisplayWidth.truncate(Sanitizer.clean(card.title), to: rect.maxX - x), x: x, y: rect.y,
            style: (card.column == .done ? theme[.textDim] : theme[.text]).merged(over: base), clip: rect)
        guard rect.height > 1, rect.width > 3 else { return }
        let line = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1)
        let width = rect.maxX - rect.x - 2
        let parts = TaskCardText.parts(
            card, practice: context.practice, now: context.now, wide: width >= TaskCardText.wideColumn)
        let fitted = TaskCardText.fit(parts, width: width)
        var mx = rect.x + 2
        for (i, part) in fitted.parts.enumerated() {
            if i > 0 {
                mx += canvas.put(
                    fitted.separator, x: mx, y: line.y, style: theme[.textDim].merged(over: base), clip: line)
            }
            let slot: StyleSlot =
                switch part.emphasis {
                case .dim: .textDim
                case .late: .taskOverdue
                case .today: .alertWarn
                }
            mx += canvas.put(
                Sanitizer.clean(part.text), x: mx, y: line.y, style: theme[slot].merged(over: base), clip: line)
        }
    }
}
