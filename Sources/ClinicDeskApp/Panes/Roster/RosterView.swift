import ClinicDomain
import TerminalKit

/// Draws the day's roster: the "Front desk now" line, a header row, then the lines (their texts made once per
/// state, see `RosterQuery`) as a `ListView`.
struct RosterView {
    let roster: RosterFigures
    let selection: ListSelection<String>
    let context: PaneContext

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 1, rect.width > 0 else { return }
        let theme = context.theme
        let desk = roster.frontDesk
        canvas.put(
            DisplayWidth.truncate(Sanitizer.clean(desk.text), to: rect.width - 1), x: rect.x + 1, y: rect.y,
            style: theme[desk.slot], clip: rect)
        let header = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1)
        canvas.fill(header, style: theme[.tableHeader])
        canvas.put(
            RosterText.row(["Role", "Name", "Shift", "Now"]), x: rect.x + 1, y: header.y,
            style: theme[.tableHeader], clip: header)

        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        guard body.height > 0 else { return }
        let selectable = roster.ids
        let selectedID = selection.resolve(in: selectable).map { selectable[$0] }
        let selectedLine = selectedID.flatMap { id in roster.lines.firstIndex { $0.selectionID == id } }
        let items = roster.texts.map { TableCell($0.0, slot: $0.1) }
        ListView(items: items, selected: selectedLine, focused: context.focused)
            .draw(into: &canvas, rect: body, theme: theme)
    }
}

/// Draws the impact of an absence: its title, the rows (visits, gaps, cover candidates) and the keys.
struct RosterImpactView {
    let impact: RosterImpact
    let selection: ListSelection<String>
    let context: PaneContext

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 2, rect.width > 0 else { return }
        let theme = context.theme
        canvas.put(
            DisplayWidth.truncate(Sanitizer.clean(impact.title), to: rect.width - 1), x: rect.x + 1, y: rect.y,
            style: theme[impact.titleSlot], clip: rect)
        let keys =
            "\(context.key(.rosterMoveVisit)) move visit · \(context.key(.rosterCallPatient)) call-patient task · "
            + "\(context.key(.rosterAddShift)) add the cover shift · Esc back"
        canvas.put(
            DisplayWidth.truncate(keys, to: rect.width - 1), x: rect.x + 1, y: rect.maxY - 1,
            style: theme[.textDim], clip: rect)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        let selectedID = selection.resolve(in: impact.ids).map { impact.ids[$0] }
        let selected = selectedID.flatMap { id in impact.items.firstIndex { $0.id == id } }
        ListView(
            items: impact.items.map { TableCell($0.text, slot: $0.slot) }, selected: selected,
            focused: context.focused
        ).draw(into: &canvas, rect: body, theme: theme)
    }
}
