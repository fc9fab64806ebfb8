import ClinicDomain
import TerminalKit

/// Draws the roster lines with a header row, aligned columns for people and requests, and a selection bar.
struct RosterView {
    let roster: RosterFigures
    let selection: ListSelection
    let context: PaneContext

    private var widths: (role: Int, name: Int, shift: Int) { (13, 16, 12) }

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let theme = context.theme
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(header, style: theme[.tableHeader])
        canvas.put(row(["Role", "Name", "Shift", "Now"]), x: rect.x + 1, y: rect.y, style: theme[.tableHeader], clip: header)

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
            let (text, slot) = describe(lines[index])
            let style = isSelected ? bar.merged(over: theme[slot]) : theme[slot]
            if isSelected { canvas.fill(rowRect, style: bar) }
            canvas.put(DisplayWidth.truncate(text, to: body.width - 1), x: body.x + 1, y: y, style: style, clip: rowRect)
            if isSelected { canvas.put("▶", x: body.x, y: y, style: bar, clip: rowRect) }
        }
    }

    private func row(_ cells: [String]) -> String {
        let w = widths
        return DisplayWidth.pad(cells[0], to: w.role) + " " + DisplayWidth.pad(cells[1], to: w.name) + " "
            + DisplayWidth.pad(cells[2], to: w.shift) + " " + cells[3]
    }

    private func describe(_ line: RosterLine) -> (String, StyleSlot) {
        let practice = context.practice
        switch line {
        case .heading(let title):
            return (title, .tableHeader)
        case .person(let person):
            let status = RosterText.status(person, practice: practice)
            let pending = person.pendingRequests.isEmpty ? "" : "  · \(person.pendingRequests.count) request"
            return (row([person.role.label, person.staff.displayName, RosterText.shift(person), status.text + pending]),
                    status.slot)
        case .request(let entry):
            let name = practice.staff[entry.staff]?.displayName ?? entry.staff.description
            return (row([entry.id.description, name, RosterText.shortSpan(entry), entry.kind.rawValue.uppercased()
                         + (entry.note.isEmpty ? "" : " · \(entry.note)")]), .rosterPto)
        case .gap(let gap):
            return ("⚠ " + gap.description, .rosterGap)
        case .credential(let item):
            let when = item.daysLeft < 0 ? "expired \(-item.daysLeft)d ago" : "in \(item.daysLeft)d"
            return ("\(item.credential.name) · \(item.staff.displayName) · \(when)", item.daysLeft < 0 ? .error : .alertWarn)
        }
    }
}
