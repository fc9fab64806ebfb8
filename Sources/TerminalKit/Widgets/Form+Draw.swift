/// Drawing a form: a `Modal` whose rows are the shown fields (each "▸Label  [value]  hint", lines under a field
/// indented to its value), then a blank row, the extra lines and the message. A form taller than the area scrolls
/// like every list (`ScrollWindow`), keeping the focused field in view.
extension Form {
    /// One row of the popup, and the text field drawn over it, if any.
    private struct Row {
        var line: StyledLine
        var input: (input: TextInput, x: Int, width: Int, focused: Bool)?
    }

    /// Columns before a value: the focus mark, the longest label (hidden fields count, so the values do not move
    /// when one appears) and a space.
    var valueColumn: Int { 1 + (fields.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0) + 1 }

    private func rows() -> (rows: [Row], focusedRow: Int?) {
        var rows: [Row] = []
        var focusedRow: Int?
        let valueX = valueColumn
        let indent = TableCell(String(repeating: " ", count: valueX))
        for field in fields where !field.isHidden {
            let focused = field.id == focus
            if focused { focusedRow = rows.count }
            let label = TableCell(
                (focused ? "▸" : " ") + DisplayWidth.pad(Sanitizer.clean(field.label), to: valueX - 2)
                    + " ", slot: focused ? .paneTitleFocused : .textDim)
            let hint = field.hint.isEmpty ? [] : [TableCell(" " + field.hint, slot: .textDim)]
            switch field.kind {
            case .text(let input, let width):
                let box = [
                    TableCell("[", slot: .textDim), TableCell(String(repeating: " ", count: width)),
                    TableCell("]", slot: .textDim),
                ]
                rows.append(
                    Row(
                        line: StyledLine([label] + box + hint),
                        input: (input, valueX + 1, width, focused)))
            case .choice(let options, let selected):
                let name = selected.flatMap { options.indices.contains($0) ? options[$0] : nil } ?? "—"
                let value = TableCell("◂ " + name + " ▸", slot: focused ? .input : nil)
                rows.append(Row(line: StyledLine([label, value] + hint)))
            case .readOnly(let value):
                rows.append(Row(line: StyledLine([label, TableCell(value)] + hint)))
            }
            rows += field.below.map { Row(line: StyledLine([indent] + $0.spans)) }
        }
        if !lines.isEmpty || message != nil {
            rows.append(Row(line: ""))
            // Under the labels, past the focus mark's column.
            rows += (lines + [message].compactMap { $0 }).map { Row(line: StyledLine([" "] + $0.spans)) }
        }
        return (rows, focusedRow)
    }

    /// Draws the form centred in `area` (a pane, or the whole screen); returns the popup's interior.
    @discardableResult
    public func draw(into canvas: inout Canvas, in area: Rect, theme: Theme, ascii: Bool = false) -> Rect {
        let (rows, focusedRow) = rows()
        // Rows beyond the area scroll, the focused field a third of the way down like a list's selection.
        let window = ScrollWindow(count: rows.count, height: max(0, area.height - 2), selected: focusedRow ?? 0)
        let shown = Array(rows[window.rows])
        let modal = Modal(title: title, content: shown.map(\.line), footer: footer, preferredWidth: width, ascii: ascii)
        let interior = modal.draw(into: &canvas, in: area, theme: theme)
        guard !interior.isEmpty else { return interior }
        for (offset, row) in shown.enumerated() {
            guard let field = row.input else { continue }
            let x = interior.x + field.x
            let rect = Rect(x: x, y: interior.y + offset, width: min(field.width, interior.maxX - x), height: 1)
            field.input.draw(into: &canvas, rect: rect.intersection(interior), theme: theme, focused: field.focused)
        }
        window.drawMarks(
            into: &canvas,
            rect: Rect(
                x: interior.x, y: interior.y, width: interior.width + 1,
                height: interior.height), theme: theme)
        return interior
    }
}
