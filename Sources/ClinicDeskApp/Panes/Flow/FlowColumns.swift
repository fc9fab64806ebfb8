import TerminalKit

/// A column of a pane table: fixed or flexible width, dropped first when its priority is lowest and the pane
/// is too narrow. (TerminalKit's TableView is on its way; this is the few lines the flow views need meanwhile.)
struct FlowColumn: Sendable {
    enum ID: Sendable { case time, id, patient, provider, type, status, inStatus, wait, room, insurance, copay, notes, reason }
    let id: ID
    let title: String
    let width: Int
    var alignment: Alignment = .left
    /// Extra room goes to flexible columns, up to `maxWidth`.
    var maxWidth: Int? = nil
    let priority: Int
}

struct PlacedColumn: Sendable {
    let column: FlowColumn
    let x: Int
    let width: Int
}

enum FlowColumns {
    /// Places columns left to right from `x`, one space apart, dropping the lowest priority until they fit in
    /// `width`, then handing spare columns to the flexible ones in order.
    static func place(_ columns: [FlowColumn], x: Int, width: Int) -> [PlacedColumn] {
        var kept = columns
        func needed(_ cols: [FlowColumn]) -> Int { cols.reduce(0) { $0 + $1.width } + max(0, cols.count - 1) }
        while needed(kept) > width, let weakest = kept.indices.min(by: { kept[$0].priority < kept[$1].priority }) {
            kept.remove(at: weakest)
        }
        var widths = kept.map(\.width)
        var spare = width - needed(kept)
        for i in kept.indices where spare > 0 {
            guard let maxWidth = kept[i].maxWidth else { continue }
            let grow = min(spare, maxWidth - widths[i])
            if grow > 0 { widths[i] += grow; spare -= grow }
        }
        var placed: [PlacedColumn] = []
        var cursor = x
        for (i, column) in kept.enumerated() {
            placed.append(PlacedColumn(column: column, x: cursor, width: widths[i]))
            cursor += widths[i] + 1
        }
        return placed
    }
}
