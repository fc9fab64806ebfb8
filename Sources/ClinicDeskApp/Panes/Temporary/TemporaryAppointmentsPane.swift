import ClinicDomain
import Foundation
import TerminalKit

// TEMPORARY: holds slot 1 until the Flow pane (branch `flow`, `FlowPane`) merges; then this folder is deleted
// and PaneRegistry names FlowPane. Read-only: today's appointments with status and wait.
struct TemporaryAppointmentsPane: Pane {
    let title = "Flow"
    var selection = ListSelection()

    var keyHints: [PaneKeyHint] { [] }
    var isEditing: Bool { false }

    func headline(_ context: PaneContext) -> String {
        let metrics = context.practice.flowMetrics(on: context.day, now: context.now)
        var parts = ["\(metrics.booked) booked", "\(metrics.waitingNow) waiting"]
        if let longest = metrics.longestWaitMinutes { parts.append("longest \(longest)m") }
        return parts.joined(separator: " · ")
    }

    func badge(_ context: PaneContext) -> String {
        "\(context.practice.flowMetrics(on: context.day, now: context.now).waitingNow) waiting"
    }

    mutating func handle(_ key: Key, context: PaneContext) -> PaneAction {
        let rows = context.practice.flowBoard(on: context.day, now: context.now)
        let action = Keymap.standard.resolve(key, pane: title)
        if selection.apply(action, in: rows.map { $0.appointment.id.description }) { return .handled }
        if action == .open, let index = selection.resolve(in: rows.map { $0.appointment.id.description }) {
            let row = rows[index]
            return .detail(title: "\(row.appointment.id) \(context.patientName(row.appointment.patient))",
                           lines: ["\(row.appointment.start) \(row.appointment.status.label)", row.appointment.reason])
        }
        return .unhandled
    }

    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let rows = context.practice.flowBoard(on: context.day, now: context.now)
        let table = TableView(
            columns: [TableColumn("Time", width: .fixed(5)), TableColumn("Patient", width: .flexible(weight: 2, min: 10)),
                      TableColumn("Prov", width: .flexible(weight: 1, min: 6)), TableColumn("Status", width: .fixed(13)),
                      TableColumn("Wait", width: .fixed(5), alignment: .right)],
            rows: rows.map { row in
                [TableCell(row.appointment.start.description),
                 TableCell(context.patientName(row.appointment.patient, short: true)),
                 TableCell(row.provider?.displayName ?? ""),
                 TableCell(row.appointment.status.label),
                 TableCell(row.waitMinutes.map { "\($0)m" } ?? "–")]
            },
            selected: selection.resolve(in: rows.map { $0.appointment.id.description }),
            focused: context.focused, emptyMessage: "No appointments.")
        table.draw(into: &canvas, rect: rect, theme: context.theme)
    }
}
