import ClinicDomain
import TerminalKit

/// Draws the roster lines (their texts made once per state, see `RosterQuery`) with a header row and a selection bar.
struct RosterView {
    let roster: RosterFigures
    let selection: ListSelection
    let context: PaneContext

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let theme = context.theme
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(header, style: theme[.tableHeader])
        canvas.put(RosterText.row(["Role", "Name", "Shift", "Now"]), x: rect.x + 1, y: rect.y, style: theme[.tableHeader], clip: header)

        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard body.height > 0 else { return }
        let lines = roster.lines
        let selectable = roster.ids
        let selectedID = selection.resolve(in: selectable).map { selectable[$0] }
        let selectedLine = selectedID.flatMap { id in lines.firstIndex { $0.selectionID == id } }
        let offset = ListSelection.scrollOffset(selected: selectedLine, visible: body.height, count: lines.count)
        let bar = theme[context.focused ? .tableSelected : .tableSelectedUnfocused]
        for i in 0..<body.height {
            let index = offset + i
            guard index < lines.count else { break }
            let y = body.y + i
            let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
            let isSelected = index == selectedLine
            let (text, slot) = roster.texts[index]
            let style = isSelected ? bar.merged(over: theme[slot]) : theme[slot]
            if isSelected { canvas.fill(rowRect, style: bar) }
            canvas.put(DisplayWidth.truncate(text, to: body.width - 1), x: body.x + 1, y: y, style: style, clip: rowRect)
            if isSelected { canvas.put("▶", x: body.x, y: y, style: bar, clip: rowRect) }
        }
    }
}
