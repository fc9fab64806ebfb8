import ClinicDomain
import Foundation
import TerminalKit

/// What each key does on the queue: move, filter, open the detail, or take one lifecycle step on the selected
/// claim (`ClaimStep`).
extension ClaimsPane {
    public mutating func handleEditing(_ key: Key, context: PaneContext) -> PaneAction {
        guard var picker = filterPicker else { return .unhandled }
        switch picker.handle(key) {
        case .editing:
            filterPicker = picker
        case .cancelled:
            filterPicker = nil
        case .picked(let choice):
            filterPicker = nil
            filter = picker.applying(choice, to: filter)
            view = .queue
        }
        return .handled
    }

    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        guard context.sees(.claimBalances) else {
            return action.scope == .global && action != .open ? .unhandled : .refusal(Self.hiddenSentence(context))
        }
        if let answer = handleFilter(action, context: context) { return answer }
        switch view {
        case .queue: return handleQueue(action, context: context)
        case .unbilled: return handleUnbilled(action, context: context)
        }
    }

    private mutating func handleFilter(_ action: KeyAction, context: PaneContext) -> PaneAction? {
        switch action {
        case .claimStatusFilter: filterPicker = ClaimFilterPicker(.status, filter: filter, context: context)
        case .claimPayerFilter: filterPicker = ClaimFilterPicker(.payer, filter: filter, context: context)
        case .claimAgingFilter: filterPicker = ClaimFilterPicker(.aging, filter: filter, context: context)
        case .claimProviderFilter: filterPicker = ClaimFilterPicker(.provider, filter: filter, context: context)
        case .claimMine:
            filter.mine = filter.mine == nil ? context.user : nil
            view = .queue
            return filter.mine == nil
                ? .message("Showing everyone's claims.")
                : .message("Showing claims \(context.user) worked last (the last person in each claim's history).")
        case .claimUnbilled:
            view = view == .queue ? .unbilled : .queue
        case .claimClearFilters:
            guard !filter.isEmpty || !filterText.isEmpty || view != .queue else { return .message("No filters on.") }
            filter = ClaimFilter()
            filterText = ""
            view = .queue
            return .message("Filters cleared: every open claim.")
        default:
            return nil
        }
        return .handled
    }

    private mutating func handleQueue(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let queue = self.queue(context)
        if selection.apply(action, in: queue.ids) { return .handled }
        let isStep = ClaimStep(action) != nil
        guard let row = selection.resolve(in: queue.ids).map({ queue.rows[$0] }) else {
            return isStep || action == .open
                ? .message(filter.isEmpty ? "No open claims." : "No claim matches.") : .unhandled
        }
        selection.id = row.claim.id
        if action == .open {
            let detail = ClaimDetail(row: row, context: context)
            let cards = TaskCardWords.linkedCardsLines(.claim(row.claim.id), practice: context.practice)
            return .detail(title: detail.title, lines: detail.lines + cards)
        }
        guard let step = ClaimStep(action) else { return .unhandled }
        return step.answer(for: row, context: context)
    }

    private mutating func handleUnbilled(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let unbilled = unbilledVisits(context)
        if unbilledSelection.apply(action, in: unbilled.ids) { return .handled }
        guard ClaimStep(action) != nil || action == .open else { return .unhandled }
        guard let visit = unbilledSelection.resolve(in: unbilled.ids).map({ unbilled.visits[$0] }) else {
            return .message("Every checked-out visit has a claim.")
        }
        unbilledSelection.id = visit.appointment
        let howToBill =
            "Bill it from the Flow pane's superbill, or :claim create \(visit.appointment) --dx … --line …"
        guard action == .open else { return .message("\(visit.appointment) has no claim yet. \(howToBill)") }
        let provider = context.practice.staff[visit.provider]?.displayName ?? visit.provider.description
        return .detail(
            title: "\(visit.appointment) · \(context.patientName(visit.patient)) · not billed",
            lines: [
                "Patient     \(context.patientName(visit.patient)) (\(visit.patient))",
                "Provider    \(provider)",
                "Visit       \(visit.day) · checked out, no claim",
                "Waiting     \(visit.daysWaiting) day\(visit.daysWaiting == 1 ? "" : "s")",
                "",
            ] + TextWrap.lines(howToBill, width: ClaimDetail.width))
    }
}
