import ClinicDomain
import Foundation
import TerminalKit

/// The flow list's columns, in screen order; `listCell` gives each one's text and style.
enum FlowListColumn: CaseIterable, Sendable {
    case time, id, patient, provider, type, status, inStatus, wait, room, insurance, copay, balance, notes, reason

    /// Lowest priority is dropped first when the pane is narrow; the time, who and where they are in the flow stay.
    var column: TableColumn {
        switch self {
        case .time: TableColumn("Time", width: .fixed(5), priority: 100)
        case .id: TableColumn("Appt", width: .fixed(8), priority: 20)
        case .patient: TableColumn("Patient", width: .growing(min: 12, max: 20), priority: 99)
        case .provider: TableColumn("Prov", width: .growing(min: 6, max: 8), priority: 80)
        case .type: TableColumn("Type", width: .fixed(4), priority: 30)
        case .status: TableColumn("Status", width: .fixed(13), priority: 95)
        // The wait outranks the time in status by one, so a pane that has room for one of them keeps the wait.
        case .inStatus: TableColumn("In st.", width: .fixed(6), alignment: .right, priority: 90)
        case .wait: TableColumn("Wait", width: .fixed(6), alignment: .right, priority: 91)
        case .room: TableColumn("Rm", width: .growing(min: 2, max: 6), priority: 70)
        case .insurance: TableColumn("Ins", width: .fixed(3), priority: 75)
        case .copay: TableColumn("Copay", width: .fixed(6), priority: 60)
        // Worth a glance at the desk but never at the cost of the flow: the first column a narrow pane drops.
        case .balance: TableColumn("Balance", width: .fixed(BalanceText.columnWidth), priority: 5)
        case .notes: TableColumn("Notes", width: .growing(min: 5, max: 40), priority: 50)
        case .reason: TableColumn("Reason", width: .growing(min: 12, max: 60), priority: 10)
        }
    }

    static let columns = allCases.map(\.column)
}

/// The flow list: every patient of the day in time order with their clocks, room and front-desk checks.
extension FlowPane {
    func drawList(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        drawTopLine(into: &canvas, rect: rect, context: context, viewName: "flow list")
        guard rect.height > 2 else { return }
        let rows = lines(context)
        let filters = filterLabels(context)
        let empty =
            !filterText.isEmpty
            ? "Nothing matches /\(Sanitizer.clean(filterText)) (Esc clears)."
            : filters.isEmpty
                ? "No appointments on \(context.day.longLabel). b books one."
                : "No appointments match [\(filters.joined(separator: " · "))]. f / F change the filters."
        let table = TableView(
            columns: FlowListColumn.columns, rows: [], selected: selectedIndex(in: rows, context: context),
            focused: context.focused, showsScrollMarks: true, emptyMessage: empty)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        // Only the rows on screen become cells, and only in the columns that fit.
        let shown = zip(FlowListColumn.allCases, table.columnWidths(in: body)).map { ($0, $1 > 0) }
        table.draw(into: &canvas, rect: body, theme: context.theme, rowCount: rows.count) { index in
            shown.map { column, fits in
                guard fits else { return TableCell("") }
                let (text, slot) = listCell(column, line: rows[index], context: context)
                return TableCell(text, slot: slot)
            }
        }
    }

    /// One cell's text and style. Data strings are sanitized here, before any width is measured.
    func listCell(_ column: FlowListColumn, line: FlowRow, context: PaneContext) -> (String, StyleSlot) {
        let a = line.appointment
        let practice = context.practice
        let settings = practice.settings
        let done = a.status.isFinal
        switch column {
        case .time: return (a.start.hhmm, done ? .textDim : .text)
        case .id: return (a.id.description, .textDim)
        case .patient: return (Sanitizer.clean(context.patientName(a.patient, short: true)), done ? .textDim : .text)
        case .provider:
            return (
                Sanitizer.clean(practice.staff[a.provider]?.columnName ?? a.provider.description),
                done ? .textDim : .text
            )
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
        case .balance:
            // Money is not for a kiosk screen: the privacy mask hides it with the names.
            let balance = context.privacy ? nil : BalanceText.balance(of: a.patient, in: context)
            let slot: StyleSlot = balance.map { $0.isCredit ? .ok : .alertWarn } ?? .textDim
            return (BalanceText.cell(balance, width: BalanceText.columnWidth), slot)
        case .notes:
            // What the desk must act on leads the notes, in the warning style: a visit whose provider is away (it
            // has to move; first, as even a 5-column Notes shows it), then a likely no-show (past the grace period
            // and not here).
            var urgent: [String] = []
            if a.needsMoveIfAway, context.cached(ProvidersAwayQuery(day: a.day))[a.provider] != nil {
                urgent.append("move")
            }
            if let late = line.lateToStart, late >= context.practice.settings.noShowGraceMinutes {
                urgent.append("no-show? \(flowDuration(late))")
            }
            let text = (urgent + [notes(for: a, context: context)]).filter { !$0.isEmpty }.joined(separator: " ")
            return (text, urgent.isEmpty ? .textDim : .alertWarn)
        case .reason: return (context.sees(.clinicalNotes) ? Sanitizer.clean(a.reason) : "", .textDim)
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
