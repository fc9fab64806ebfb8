import ClinicDomain
import Foundation
import TerminalKit

/// The week grid: people by role (rows) × Monday–Sunday (columns), each cell the shift hours ("8–17 b12",
/// "22–06+"), SICK / PTO / training, or "–"; under it one row per coverage rule with that day's gaps ("12–13 −1"),
/// and a "!" on a short day's header. The cursor is a person and the day shown (`[` `]` `←` `→` move it,
/// `{` `}` a week).
struct RosterWeekView {
    let week: RosterWeek
    let selection: ListSelection<String>
    let swapMark: ShiftID?
    let context: PaneContext

    /// Name column, day cells and (when wide) the planned-hours column.
    struct Layout {
        let name: Int, cell: Int, hours: Int
        /// The day offsets shown, left to right.
        let offsets: [Int]
        init(width: Int, offsets: [Int]) {
            self.offsets = offsets
            hours = width >= 100 ? 9 : 0
            name = width >= 100 ? 16 : 10
            cell = max(5, min(16, (width - 1 - name - 1 - hours) / max(1, offsets.count)))
        }
    }

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 2, rect.width > 10 else { return }
        let theme = context.theme
        let layout = Layout(width: rect.width, offsets: week.shownOffsets(cursor: context.day))
        let gaps = week.gapCount
        let top =
            "Week of \(week.monday.shortLabel) · "
            + (gaps == 0 ? "covered every hour" : "\(gaps) coverage gap\(gaps == 1 ? "" : "s")")
            + (swapMark.map { " · swap: \($0) marked, \(context.key(.rosterSwap)) on the other shift" } ?? "")
        canvas.put(
            DisplayWidth.truncate(top, to: rect.width - 1), x: rect.x + 1, y: rect.y,
            style: theme[gaps == 0 ? .text : .rosterGap], clip: rect)
        let headerY = rect.y + 1
        canvas.fill(Rect(x: rect.x, y: headerY, width: rect.width, height: 1), style: theme[.tableHeader])
        canvas.put(
            DisplayWidth.pad("Name", to: layout.name), x: rect.x + 1, y: headerY, style: theme[.tableHeader],
            clip: rect)
        for offset in layout.offsets {
            let day = week.days[offset]
            let short = week.isShort(offset)
            var label = "\(LocalDate.weekdayShortNames[day.weekday]) \(day.day)"
            if day == context.today { label += "•" }
            if short { label += "!" }
            let style: StyleSlot = day == context.day ? .tableSelected : short ? .rosterGap : .tableHeader
            canvas.put(
                DisplayWidth.truncate(label, to: layout.cell - 1), x: cellX(offset, rect: rect, layout: layout),
                y: headerY, style: theme[style], clip: rect)
        }
        if layout.hours > 0 {
            canvas.put(
                "Planned", x: cellX(7, rect: rect, layout: layout), y: headerY, style: theme[.tableHeader],
                clip: rect)
        }
        // The gaps stay in sight under the people, however long the list.
        let footer = min(week.gapRows.count + 1, max(0, (rect.height - 2) / 2))
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2 - footer)
        drawGaps(
            into: &canvas, rect: Rect(x: rect.x, y: body.maxY, width: rect.width, height: footer), layout: layout)
        // Role headings only when everyone fits with them.
        let lines =
            week.lines.count > body.height
            ? week.lines.filter { if case .heading = $0 { false } else { true } }
            : week.lines
        let selectedID = selection.resolve(in: week.ids).map { week.ids[$0] }
        let selectedLine = lines.firstIndex { line in
            if case .person(let index) = line { return week.people[index].staff.id.description == selectedID }
            return false
        }
        let window = ScrollWindow(count: lines.count, height: body.height, selected: selectedLine)
        for index in window.rows {
            let y = body.y + index - window.top
            drawLine(lines[index], selected: index == selectedLine, y: y, rect: body, layout: layout, into: &canvas)
        }
        window.drawMarks(into: &canvas, rect: body, theme: theme)
    }

    /// "Coverage gaps" and one row per rule, each day's first gap ("12–13 −1 +2").
    private func drawGaps(into canvas: inout Canvas, rect: Rect, layout: Layout) {
        guard rect.height > 0 else { return }
        let theme = context.theme
        canvas.put(
            week.gapRows.isEmpty ? "No coverage rules (coverage add …)" : "Coverage gaps", x: rect.x + 1, y: rect.y,
            style: theme[.tableHeader], clip: rect)
        for (index, row) in week.gapRows.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + index
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(row.name), to: layout.name), x: rect.x + 1, y: y,
                style: theme[.text], clip: rect)
            for offset in layout.offsets {
                let (text, slot) = Self.gapText(row.days[offset], width: layout.cell - 1)
                canvas.put(
                    DisplayWidth.truncate(text, to: layout.cell - 1), x: cellX(offset, rect: rect, layout: layout),
                    y: y, style: theme[slot], clip: rect)
            }
        }
    }

    /// Where the day at `offset` (or, past the last, the hours column) starts.
    private func cellX(_ offset: Int, rect: Rect, layout: Layout) -> Int {
        let column = layout.offsets.firstIndex(of: offset) ?? (offset >= 7 ? layout.offsets.count : 0)
        return rect.x + 1 + layout.name + 1 + column * layout.cell
    }

    private func drawLine(
        _ line: RosterWeek.Line, selected: Bool, y: Int, rect: Rect, layout: Layout, into canvas: inout Canvas
    ) {
        let theme = context.theme
        switch line {
        case .heading(let title):
            canvas.put(title, x: rect.x + 1, y: y, style: theme[.textDim], clip: rect)
        case .note(let text):
            canvas.put(
                DisplayWidth.truncate(text, to: rect.width - 2), x: rect.x + 1, y: y, style: theme[.textDim],
                clip: rect)
        case .person(let index):
            let person = week.people[index]
            if selected {
                canvas.put("▶", x: rect.x, y: y, style: theme[context.focused ? .tableSelected : .text], clip: rect)
            }
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(person.staff.displayName), to: layout.name), x: rect.x + 1,
                y: y, style: theme[selected ? .tableHeader : .text], clip: rect)
            for offset in layout.offsets {
                var (text, slot) = Self.cellText(person, offset)
                if let swapMark, person.shifts[offset].contains(where: { $0.id == swapMark }) { text = "*" + text }
                let cursor = selected && week.days[offset] == context.day
                let style = cursor ? theme[context.focused ? .tableSelected : .tableSelectedUnfocused] : theme[slot]
                canvas.put(
                    DisplayWidth.pad(DisplayWidth.truncate(text, to: layout.cell - 1), to: layout.cell - 1),
                    x: cellX(offset, rect: rect, layout: layout), y: y, style: style, clip: rect)
            }
            if layout.hours > 0 {
                let cap = person.staff.weeklyHours
                let over = cap.map { person.plannedMinutes > $0 * 60 } ?? false
                let text = RosterHours.hours(person.plannedMinutes) + (cap.map { "/\($0)h" } ?? "")
                canvas.put(
                    DisplayWidth.truncate(text, to: layout.hours - 1), x: cellX(7, rect: rect, layout: layout),
                    y: y, style: theme[over ? .error : .textDim], clip: rect)
            }
        }
    }

    /// "8–17 b12", "22–06+", "SICK", "PTO", "training", "–".
    static func cellText(_ person: RosterWeek.Person, _ offset: Int) -> (String, StyleSlot) {
        if let kind = person.away[offset] {
            return kind == .sick ? ("SICK", .rosterSick) : (kind.label, .rosterPto)
        }
        let shifts = person.shifts[offset]
        guard !shifts.isEmpty else { return ("–", .textDim) }
        return (RosterHours.short(shifts), .rosterOnDuty)
    }

    /// "12–13 −1", with "+2" when the rule has more gaps that day; "·" when the day is covered.
    static func gapText(_ gaps: [CoverageGap], width: Int = .max) -> (String, StyleSlot) {
        guard let first = gaps.first else { return ("·", .textDim) }
        let span = "\(RosterHours.clock(first.from))–\(RosterHours.clock(first.to))"
        let more = gaps.count > 1 ? "+\(gaps.count - 1)" : ""
        let texts = [
            "\(span) −\(first.short)" + (more.isEmpty ? "" : " \(more)"), "\(span) −\(first.short)\(more)",
            "\(span)−\(first.short)\(more)", "\(span)\(more)",
        ]
        return (texts.first { DisplayWidth.of($0) <= width } ?? span, .rosterGap)
    }
}
