import ClinicDomain
import Foundation
import TerminalKit

/// The time grid: one row per slot, one column per provider working that day, a "now" line, PTO shaded (with the
/// visits still booked there drawn over it, flagged to move).
extension FlowPane {
    private enum GridRow: Equatable { case slot(Int), now(TimeOfDay) }

    static let gridTimeWidth = 7
    static let gridMinColumn = 18
    static let gridAwayColumn = 10
    /// Marks a visit whose provider is away; "! move" where the terminal shows ASCII only (`TextFallback`).
    static let moveFlag = "⚠ move"

    func drawGrid(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        drawTopLine(into: &canvas, rect: rect, context: context, viewName: "time grid")
        guard rect.height > 2 else { return }
        let grid = context.cached(GridModelQuery(day: context.day, provider: providerFilter))
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        guard !grid.columns.isEmpty, !grid.slots.isEmpty else {
            canvas.put(
                "No provider works on \(context.day.longLabel).", x: body.x + 1, y: rect.y + 1,
                style: theme[.textDim], clip: rect)
            return
        }
        let cursor = grid.cursor(gridCursor, selected: selected, context: context)
        let cursorColumn = cursor.flatMap { grid.column(of: $0.provider) } ?? 0

        // Columns: as many as fit at the minimum width (a window around the cursor when not all do); a provider
        // who is away with nothing booked gets a narrow shaded column, the others share what is left.
        let available = max(1, rect.width - Self.gridTimeWidth)
        let widthNeeded = { (index: Int) in
            grid.isNarrow(grid.columns[index].id) ? Self.gridAwayColumn : Self.gridMinColumn
        }
        var shown: [Int] = [cursorColumn]
        var used = widthNeeded(cursorColumn)
        var left = cursorColumn - 1, right = cursorColumn + 1
        while true {
            if right < grid.columns.count, used + widthNeeded(right) <= available {
                shown.append(right); used += widthNeeded(right); right += 1
            } else if left >= 0, used + widthNeeded(left) <= available {
                shown.insert(left, at: 0); used += widthNeeded(left); left -= 1
            } else {
                break
            }
        }
        let flexible = shown.filter { !grid.isNarrow(grid.columns[$0].id) }.count
        let awayWidth = (shown.count - flexible) * Self.gridAwayColumn
        let flexWidth = flexible == 0 ? 0 : max(Self.gridMinColumn, (available - awayWidth) / flexible)
        var columnX: [Int: (x: Int, width: Int)] = [:]
        var nextX = rect.x + Self.gridTimeWidth
        for index in shown {
            let width = grid.isNarrow(grid.columns[index].id) ? Self.gridAwayColumn : flexWidth
            columnX[index] = (nextX, width)
            nextX += width
        }

        // Header: provider, then hours and load as far as they fit.
        for index in shown {
            guard let place = columnX[index] else { continue }
            let provider = grid.columns[index]
            let counts = grid.counts(provider: provider.id)
            let name = Sanitizer.clean(provider.displayName)
            let candidates = Self.headerCandidates(
                name: name, hours: grid.shiftHours(provider: provider.id), counts: counts,
                away: grid.awayKind(provider.id))
            let text = candidates.first { DisplayWidth.of($0) <= place.width - 1 } ?? name
            // Visits to move make the header a warning too: the column may be scrolled past its blocks.
            let style = counts.toMove > 0 ? theme[.alertWarn].merged(over: theme[.tableHeader]) : theme[.tableHeader]
            canvas.put(
                DisplayWidth.truncate(text, to: place.width - 1), x: place.x, y: rect.y + 1, style: style, clip: rect)
        }
        if let first = shown.first, first > 0 {
            canvas.put("◂", x: rect.x + Self.gridTimeWidth - 2, y: rect.y + 1, style: theme[.textDim], clip: rect)
        }
        if let last = shown.last, last + 1 < grid.columns.count {
            canvas.put("▸", x: rect.maxX - 1, y: rect.y + 1, style: theme[.textDim], clip: rect)
        }

        // Rows: every slot, with the now line after the slot that holds now.
        var rows: [GridRow] = grid.slots.indices.map { .slot($0) }
        if context.day == context.today {
            let now = context.practice.clock.timeOfDay(of: context.now)
            if let first = grid.slots.first, now >= first,
                now.minutes < first.minutes + grid.slots.count * grid.slotMinutes
            {
                rows.insert(.now(now), at: grid.slotIndex(of: now) + 1)
            }
        }
        let cursorRow = cursor.flatMap { c in rows.firstIndex(of: .slot(grid.slotIndex(of: c.slot))) } ?? 0
        let nowRow = rows.firstIndex { if case .now = $0 { return true } else { return false } }
        let top = Self.gridTop(count: rows.count, visible: body.height, cursor: cursorRow, now: nowRow)
        let selectedAppointment = grid.appointment(at: cursor)

        for (offset, row) in rows[top..<min(rows.count, top + body.height)].enumerated() {
            let y = body.y + offset
            switch row {
            case .now(let time):
                let label = " " + time.hhmm + " "
                canvas.put(label, x: rect.x, y: y, style: theme[.nowMarker], clip: body)
                let lineWidth = max(0, body.width - DisplayWidth.of(label))
                let left = max(0, lineWidth / 2 - 3)
                let rule =
                    String(repeating: "─", count: left) + " now "
                    + String(repeating: "─", count: max(0, lineWidth - left - 5))
                canvas.put(rule, x: rect.x + DisplayWidth.of(label), y: y, style: theme[.nowMarker], clip: body)
            case .slot(let index):
                let slot = grid.slots[index]
                let onHour = slot.minute == 0
                canvas.put(" " + slot.hhmm, x: rect.x, y: y, style: theme[onHour ? .text : .textDim], clip: body)
                for columnIndex in shown {
                    guard let place = columnX[columnIndex] else { continue }
                    let provider = grid.columns[columnIndex].id
                    let cellRect = Rect(x: place.x, y: y, width: place.width - 1, height: 1).intersection(body)
                    let cell = grid.cell(provider: provider, slot: slot)
                    drawGridCell(cell, into: &canvas, rect: cellRect, context: context)
                    let onCursor = cursor == GridCursor(provider: provider, slot: slot)
                    var inSelectedBlock = false
                    if case .block(let a, _, _, _) = cell, a.id == selectedAppointment?.id { inSelectedBlock = true }
                    if onCursor || inSelectedBlock {
                        canvas.mergeStyle(
                            cellRect, style: theme[context.focused ? .tableSelected : .tableSelectedUnfocused])
                    }
                }
            }
        }
    }

    /// Keeps the now line about a quarter down when it is on the day shown, then makes sure the cursor is in view;
    /// without a now line the grid scrolls like every list (`ScrollWindow`).
    static func gridTop(count: Int, visible: Int, cursor: Int, now: Int?) -> Int {
        guard let now else { return ScrollWindow.top(count: count, height: visible, selected: cursor) }
        guard count > visible, visible > 0 else { return 0 }
        var top = now - visible / 4
        if cursor < top { top = cursor }
        if cursor >= top + visible { top = cursor - visible + 1 }
        return min(max(0, top), count - visible)
    }

    /// A column header's texts, richest first; the first that fits is drawn. An away provider has no free slots
    /// to show: the header says why ("sick") and how many visits are left to move.
    static func headerCandidates(name: String, hours: String, counts: GridModel.Counts, away: TimeOffKind?)
        -> [String]
    {
        if let away {
            let label = away.awayLabel
            guard counts.toMove > 0 else { return ["\(name) · \(label)", name] }
            let move = "\(counts.toMove) to move"
            return [
                "\(name) · \(label) · \(move)", "\(name) \(label) · \(move)", "\(name) · \(move)",
                "\(name) · \(counts.toMove) move", "\(name) \(counts.toMove) move", name,
            ]
        }
        guard !hours.isEmpty else { return [name] }
        return [
            "\(name) \(hours) · \(counts.appointments) appt · \(counts.free) free",
            "\(name) \(counts.appointments) appt \(counts.free) free", "\(name) · \(counts.free) free", name,
        ]
    }

    private func drawGridCell(_ cell: GridModel.Cell, into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        let width = rect.width
        guard width > 0 else { return }
        switch cell {
        case .off:
            break
        case .free:
            canvas.put("·  free", x: rect.x, y: rect.y, style: theme[.gridFree], clip: rect)
        case .away(let kind):
            let label = " " + kind.awayLabel + " "
            let side = max(0, (width - DisplayWidth.of(label)) / 2)
            let text =
                String(repeating: "░", count: side) + label
                + String(repeating: "░", count: max(0, width - side - DisplayWidth.of(label)))
            canvas.put(text, x: rect.x, y: rect.y, style: theme[kind.awaySlot], clip: rect)
        case .block(let a, let row, let extra, let move):
            canvas.put("▌", x: rect.x, y: rect.y, style: theme[a.status.slot], clip: rect)
            let inner = Rect(x: rect.x + 1, y: rect.y, width: width - 1, height: 1)
            guard row == 0 else {
                // The block's second row carries the reason, so a long visit reads as one block.
                if row == 1 {
                    canvas.put(
                        DisplayWidth.truncate(Sanitizer.clean(a.reason), to: inner.width), x: inner.x, y: inner.y,
                        style: theme[.textDim], clip: inner)
                }
                return
            }
            let compact = inner.width < 26
            // To move: the flag leads the status (a patient in the building gets the critical style); a narrow
            // block keeps only the flag, the bar's colour still tells the status.
            let flag = !move ? "" : compact ? Self.moveFlag : Self.moveFlag + " "
            let flagSlot: StyleSlot = a.status.isWaiting ? .alertCritical : .alertWarn
            var (statusText, statusSlot) = gridStatus(a, compact: compact || move, context: context)
            if move && compact { statusText = "" }
            let more = extra > 0 ? " +\(extra)" : ""
            let patientName = Sanitizer.clean(context.patientName(a.patient, short: true))
            // A visit starting between grid lines says when, so 10:40 is not read as 10:30.
            let offGrid = a.start.minutes % max(1, context.practice.settings.slotMinutes) != 0
            let timed = (offGrid ? a.start.hhmm + " " : "") + patientName
            // Richest layout whose name still gets a readable share; the type goes first, then the start time.
            // Widths are measured once: this runs for every visible block on every frame.
            let patientWidth = DisplayWidth.of(patientName)
            let prefixWidth = offGrid ? 6 : 0
            let typeLabel = " " + a.visitType.shortLabel
            let typeWidth = DisplayWidth.of(typeLabel)
            let statusWidth = DisplayWidth.of(flag) + DisplayWidth.of(statusText) + 1 + DisplayWidth.of(more)
            let layouts = [
                (timed, prefixWidth, typeLabel, typeWidth), (timed, prefixWidth, "", 0),
                (patientName, 0, typeLabel, typeWidth), (patientName, 0, "", 0),
            ]
            let (name, _, type, typeUsed) =
                layouts.first { _, prefix, _, typeW in
                    inner.width - statusWidth - typeW - prefix >= min(patientWidth, 9)
                } ?? (patientName, 0, "", 0)
            let nameWidth = max(0, inner.width - statusWidth - typeUsed)
            var x = inner.x
            canvas.put(DisplayWidth.truncate(name, to: nameWidth), x: x, y: inner.y, style: theme[.text], clip: inner)
            x += nameWidth
            x += canvas.put(type + " ", x: x, y: inner.y, style: theme[.textDim], clip: inner)
            x += canvas.put(flag, x: x, y: inner.y, style: theme[flagSlot], clip: inner)
            x += canvas.put(statusText, x: x, y: inner.y, style: theme[statusSlot], clip: inner)
            canvas.put(more, x: x, y: inner.y, style: theme[.alertWarn], clip: inner)
        }
    }

    /// "arrived 34m" (coloured by the wait), "room 2", "seen", "✓out".
    private func gridStatus(_ a: Appointment, compact: Bool, context: PaneContext) -> (String, StyleSlot) {
        let row = context.practice.flowRow(a, now: context.now)
        switch a.status {
        case .arrived, .roomed:
            let wait = row.waitMinutes ?? 0
            let level = row.waitLevel
            let label = a.status == .roomed ? "rm " + Sanitizer.clean(a.room ?? "?") : compact ? "arr" : "arrived"
            return (label + " " + flowDuration(wait) + level.mark, level.slot)
        default:
            return (a.status.gridLabel, a.status.slot)
        }
    }
}
