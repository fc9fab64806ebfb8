import ClinicDomain
import Foundation
import TerminalKit

/// The biller's queue: open claims sorted by what loses money first (the domain's `claimQueue`), with A/R by
/// age and the denial rate in the title. Verbs act on the selected claim; those that need a number or a code
/// open the command line prefilled (`claim pay C-22 `), so the one command language does the parsing.
public struct ClaimsPane: Pane {
    public var id: PaneID { .claims }
    var selection = ListSelection<ClaimID>()

    public init() {}

    public func headline(_ context: PaneContext) -> String {
        let figures = context.claimFigures
        let aging = figures.aging
        var parts = ["A/R \(aging.total.dollars)"]
        for bucket in AgingBucket.allCases {
            parts.append("\(bucket.label) \(ClaimText.percent(aging.share(bucket)))")
        }
        if let rate = figures.denialRate {
            parts.append("denials \(ClaimText.percent(rate))")
        }
        return parts.joined(separator: " · ")
    }

    public func badge(_ context: PaneContext) -> String {
        let figures = context.claimFigures
        let atRisk = figures.atRisk
        let aging = figures.aging
        let over120 = "A/R 120+ \(ClaimText.percent(aging.over120Share))"
        return atRisk > 0 ? "\(atRisk) at risk, \(over120)" : over120
    }

    func rows(_ context: PaneContext) -> [ClaimRow] { context.claimFigures.queue }

    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let figures = context.claimFigures
        let queue = figures.queue
        let ids = figures.ids
        if selection.apply(action, in: ids) { return .handled }
        guard let row = selection.resolve(in: ids).map({ queue[$0] }) else {
            return Self.isVerb(action) ? .message("No open claims.") : .unhandled
        }
        let id = row.claim.id
        selection.id = id
        switch action {
        case .open:
            return .detail(
                title: "\(id) · \(context.patientName(row.claim.patient))",
                lines: ClaimText.detail(row, context: context))
        case .claimSubmit: return .command(.submitClaim(id), confirm: nil)
        case .claimPay: return .prompt("claim pay \(id) \(row.open.plain)")
        case .claimDeny: return .prompt("claim deny \(id) CO-")
        case .claimAppeal: return .command(.appealClaim(id), confirm: nil)
        case .claimWriteOff:
            return .command(.writeOffClaim(id), confirm: "Write off \(id) (\(row.open) open)?")
        case .claimFollowUp:
            return .prompt("claim followup \(id) \(context.today.adding(days: 7))")
        default:
            return .unhandled
        }
    }

    private static func isVerb(_ action: KeyAction) -> Bool {
        [.open, .claimSubmit, .claimPay, .claimDeny, .claimAppeal, .claimWriteOff, .claimFollowUp].contains(action)
    }

    public func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let figures = context.claimFigures
        let queue = figures.queue
        let table = TableView(
            columns: ClaimText.columns, rows: [], selected: selection.resolve(in: figures.ids),
            focused: context.focused, emptyMessage: "No open claims.")
        // Only the rows on screen become cells: the large practice has ~40k open claims.
        table.draw(into: &canvas, rect: rect, theme: context.theme, rowCount: queue.count) {
            ClaimText.cells(queue[$0], context: context)
        }
    }
}
