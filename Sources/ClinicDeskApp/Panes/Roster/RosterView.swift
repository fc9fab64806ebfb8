import ClinicDomain
import TerminalKit

/// Draws the roster lines (their texts made once per state, see `RosterQuery`) under a header row, as a `ListView`.
struct RosterView {
    let roster: RosterFigures
    let selection: ListSelection<String>
    let context: PaneContext

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let theme = context.theme
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(header, style: theme[.tableHeader])
        canvas.put(
            RosterText.row(["Role", "Name", "Shift", "Now"]), x: rect.x + 1, y: rect.y, style: theme[.tableHeader],
            clip: header)

        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard body.height > 0 else { return }
        let selectable = roster.ids
        let selectedID = selection.resolve(in: selectable).map { selectable[$0] }
        let selectedLine = selectedID.flatMap { id in roster.lines.firstIndex { $0.selectionID == id } }
        let items = roster.texts.map { TableCell($0.0, slot: $0.1) }
        ListView(items: items, selected: selectedLine, focused: context.focused)
            .draw(into: &canvas, rect: body, theme: theme)
    }
}
