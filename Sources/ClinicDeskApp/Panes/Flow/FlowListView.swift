import ClinicDomain
import Foundation
import TerminalKit

/// The flow list: every patient of the day in time order with their clocks, room and front-desk checks.
extension FlowPane {
    static let listColumns: [FlowColumn] = [
        FlowColumn(id: .time, title: "Time", width: 5, priority: 100),
        FlowColumn(id: .id, title: "Appt", width: 8, priority: 20),
        FlowColumn(id: .patient, title: "Patient", width: 12, maxWidth: 20, priority: 99),
        FlowColumn(id: .provider, title: "Prov", width: 6, maxWidth: 8, priority: 80),
        FlowColumn(id: .type, title: "Type", width: 4, priority: 30),
        FlowColumn(id: .status, title: "Status", width: 13, priority: 95),
        FlowColumn(id: .inStatus, title: "In st.", width: 6, alignment: .right, priority: 90),
        FlowColumn(id: .wait, title: "Wait", width: 6, alignment: .right, priority: 90),
        FlowColumn(id: .room, title: "Rm", width: 2, maxWidth: 6, priority: 70),
        FlowColumn(id: .insurance, title: "Ins", width: 3, priority: 75),
        FlowColumn(id: .copay, title: "Copay", width: 6, priority: 60),
        FlowColumn(id: .notes, title: "Notes", width: 5, maxWidth: 40, priority: 50),
        FlowColumn(id: .reason, title: "Reason", width: 12, maxWidth: 60, priority: 10),
    ]

    func drawList(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        drawTopLine(into: &canvas, rect: rect, context: context, viewName: "flow list")
        guard rect.height > 2 else { return }
        let columns = FlowColumns.place(Self.listColumns, x: rect.x + 1, width: rect.width - 1)
        let headerY = rect.y + 1
        for placed in columns {
            canvas.put(DisplayWidth.pad(placed.column.title, to: placed.width, alignment: placed.column.alignment),
                       x: placed.x, y: headerY, style: theme[.tableHeader], clip: rect)
        }
        let rows = lines(context)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        guard !rows.isEmpty else {
            let filters = filterLabels(context)
            let text = filters.isEmpty ? "No appointments on \(context.day.longLabel). b books one."
                                       : "No appointments match [\(filters.joined(separator: " · "))]. f / F change the filters."
            canvas.put(text, x: body.x + 1, y: body.y, style: theme[.textDim], clip: body)
            return
        }
        let selectedRow = selectedIndex(in: rows)
        let top = Self.scrollTop(count: rows.count, visible: body.height, selected: selectedRow ?? 0)
        for (offset, line) in rows[top..<min(rows.count, top + body.height)].enumerated() {
            let y = body.y + offset
            let isSelected = top + offset == selectedRow
            drawListRow(line, into: &canvas, y: y, columns: columns, clip: body, context: context)
            if isSelected {
                canvas.put("▶", x: body.x, y: y, style: theme[.text], clip: body)
                let bar = Rect(x: body.x, y: y, width: body.width, height: 1)
                canvas.mergeStyle(bar, style: theme[context.focused ? .tableSelected : .tableSelectedUnfocused])
            }
        }
        if top > 0 { canvas.put("↑", x: rect.maxX - 1, y: body.y, style: theme[.textDim], clip: rect) }
        if top + body.height < rows.count {
            canvas.put("↓", x: rect.maxX - 1, y: body.maxY - 1, style: theme[.textDim], clip: rect)
        }
    }

    /// The first visible row: everything when it fits, else the selection about a third of the way down,
    /// so the rows after it (who is next) stay in view. Stateless, so a redraw never jumps.
    static func scrollTop(count: Int, visible: Int, selected: Int) -> Int {
        guard count > visible, visible > 0 else { return 0 }
        return min(max(0, selected - visible / 3), count - visible)
    }

    private func drawListRow(_ line: FlowRow, into canvas: inout Canvas, y: Int, columns: [PlacedColumn],
                             clip: Rect, context: PaneContext) {
        for placed in columns {
            let (text, slot) = listCell(placed.column.id, line: line, context: context)
            // The row is blank already: write only the text (not its padding), placed by hand for right alignment.
            let cut = DisplayWidth.truncate(text, to: placed.width)
            let x = placed.column.alignment == .right ? placed.x + placed.width - DisplayWidth.of(cut) : placed.x
            canvas.put(cut, x: x, y: y, style: context.theme[slot], clip: clip)
        }
    }

    /// One cell's text and style. Data strings are sanitized here, before any width is measured.
    func listCell(_ column: FlowColumn.ID, line: FlowRow, context: PaneContext) -> (String, StyleSlot) {
        let a = line.appointment
        let practice = context.practice
        let settings = practice.settings
        let done = a.status.isFinal
        switch column {
        case .time: return (a.start.hhmm, done ? .textDim : .text)
        case .id: return (a.id.description, .textDim)
        case .patient: return (Sanitizer.clean(context.patientName(a.patient, short: true)), done ? .textDim : .text)
        case .provider: return (Sanitizer.clean(practice.staff[a.provider]?.columnName ?? a.provider.description), done ? .textDim : .text)
        case .type: return (a.visitType.shortLabel, .textDim)
        case .status: return (a.status.listLabel, a.status.slot)
        case .inStatus:
            guard let minutes = line.minutesInStatus else { return ("–", .textDim) }
            guard a.status.isWaiting else { return (flowDuration(minutes), .text) }
            let level = WaitLevel(minutes: minutes, settings: settings)
            return (flowDuration(minutes) + level.mark, level.slot)
        case .wait:
            guard let minutes = line.waitMinutes else { return ("–", .textDim) }
            guard a.status.isWaiting else { return (flowDuration(minutes), .textDim) }
            return (flowDuration(minutes) + line.waitLevel.mark, line.waitLevel.slot)
        case .room: return (a.room.map { Sanitizer.clean($0) } ?? "–", a.room == nil ? .textDim : .text)
        case .insurance:
            // Self-pay: nothing to verify.
            if practice.patients[a.patient]?.payer == nil { return ("–", .textDim) }
            return a.insuranceVerifiedAt == nil ? ("✗", done ? .textDim : .alertWarn) : ("✓", .ok)
        case .copay:
            guard a.copayDue > .zero else { return ("$0", .textDim) }
            if a.copayCollected >= a.copayDue { return (a.copayDue.dollars + " ✓", .money) }
            return (a.copayDue.dollars, done ? .textDim : .alertWarn)
        case .notes:
            // Past the grace period and not here: the likely no-show leads the notes, in the warning style.
            if let late = line.lateToStart, late >= context.practice.settings.noShowGraceMinutes {
                return (["no-show? \(flowDuration(late))", notes(for: a, context: context)].filter { !$0.isEmpty }
                    .joined(separator: " "), .alertWarn)
            }
            return (notes(for: a, context: context), .textDim)
        case .reason: return (Sanitizer.clean(a.reason), .textDim)
        }
    }

    /// Flags the front desk acts on: paperwork owed, late arrival, overbook, why it was cancelled.
    func notes(for a: Appointment, context: PaneContext) -> String {
        var flags: [String] = []
        if let patient = context.practice.patients[a.patient], !patient.paperworkComplete, !a.status.isFinal {
            flags.append("forms")
        } else if a.visitType == .newPatient {
            flags.append("new")
        }
        if a.arrivedLate { flags.append("late") }
        if a.overbooked { flags.append("overbook") }
        if a.status == .cancelled, let reason = a.cancelReason { flags.append(Sanitizer.clean(reason)) }
        return flags.joined(separator: " ")
    }
}
