import ClinicDomain
import Foundation
import TerminalKit

/// Keys: movement, views and filters change only the pane; the flow verbs (docs/KEYS.md) become commands that
/// the shell runs through the store. Refusals (wrong status, room taken) come back from the domain as sentences.
extension FlowPane {
    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        if let answer = handleMovement(action, context: context) { return answer }
        switch action {
        case .flowView:
            switchDayView(to: mode == .grid ? .list : .grid, context: context)
        case .flowWeek:
            if mode == .week { mode = dayMode } else { dayMode = mode; mode = .week }
        case .flowProviderFilter:
            let ids = context.cached(ProvidersWorkingQuery(day: context.day)).map(\.id)
            let all = ids.isEmpty ? context.practice.providers.map(\.id) : ids
            let i = providerFilter.flatMap { all.firstIndex(of: $0) }
            providerFilter = i.map { $0 + 1 < all.count ? all[$0 + 1] : nil } ?? all.first
            gridCursor = nil
        case .flowStatusFilter:
            let all = FlowStatusFilter.allCases
            statusFilter = all[((all.firstIndex(of: statusFilter) ?? 0) + 1) % all.count]
        case .flowBook:
            return openBooking(context: context)
        default:
            return flowVerb(action, context: context)
        }
        return .handled
    }

    public mutating func handleEditing(_ key: Key, context: PaneContext) -> PaneAction {
        if form != nil { return handleForm(key, context: context) }
        if superbill != nil { return handleSuperbill(key, context: context) }
        guard var prompt = cancelPrompt else { return .unhandled }
        switch prompt.handle(key) {
        case .editing: cancelPrompt = prompt; return .handled
        case .closed: cancelPrompt = nil; return .handled
        case .command(let command, let confirm): cancelPrompt = nil; return .command(command, confirm: confirm)
        }
    }

    private mutating func handleForm(_ key: Key, context: PaneContext) -> PaneAction {
        guard var current = form else { return .unhandled }
        let outcome = current.handle(key, practice: context.practice, now: context.now)
        form = current
        switch outcome {
        case .editing: return .handled
        case .cancelled: form = nil; return .handled
        case .message(let text): return .message(text)
        case .command(let command, let confirm, let keepOpen):
            // The form closes as its command goes out; the shell reads `isEditing` to know.
            if !keepOpen { form = nil }
            return .command(command, confirm: confirm)
        }
    }

    private mutating func handleSuperbill(_ key: Key, context: PaneContext) -> PaneAction {
        guard var current = superbill else { return .unhandled }
        let outcome = current.handle(key, practice: context.practice, actor: context.user, now: context.now)
        superbill = current
        switch outcome {
        case .editing: return .handled
        case .cancelled: superbill = nil; return .handled
        case .message(let text): return .message(text)
        case .command(let command): superbill = nil; return .command(command, confirm: nil)
        }
    }

    /// Movement: the list moves by row, the grid by slot and column.
    private mutating func handleMovement(_ action: KeyAction, context: PaneContext) -> PaneAction? {
        let vertical: Int?
        var horizontal = 0
        switch action {
        case .moveUp: vertical = -1
        case .moveDown: vertical = 1
        case .pageUp: vertical = -10
        case .pageDown: vertical = 10
        case .top: vertical = Int.min / 2
        case .bottom: vertical = Int.max / 2
        case .moveLeft: vertical = 0; horizontal = -1
        case .moveRight: vertical = 0; horizontal = 1
        default: vertical = nil
        }
        guard let vertical else { return nil }
        switch mode {
        case .week:
            return .unhandled
        case .list:
            guard horizontal == 0 else { return .unhandled }
            let rows = lines(context)
            _ = selection.apply(action, in: lineIDs(context), fallback: Self.firstInPlay(rows))
        case .grid:
            let grid = context.cached(GridModelQuery(day: context.day, provider: providerFilter))
            guard let cursor = grid.cursor(gridCursor, selected: selected, context: context) else { return .handled }
            let moved = grid.moved(cursor, rows: max(-10_000, min(10_000, vertical)), columns: horizontal)
            gridCursor = moved
            if let a = grid.appointment(at: moved) { selected = a.id }
        }
        return .handled
    }

    /// v: list ↔ grid, carrying the selection across (the grid cursor lands on the selected appointment;
    /// back in the list, the appointment under the cursor is selected).
    private mutating func switchDayView(to target: Mode, context: PaneContext) {
        if mode == .grid, let a = targetAppointment(context) { selected = a.id }
        if target == .grid { gridCursor = nil }
        if mode == .week { dayMode = target }
        mode = target
    }

    private mutating func openBooking(context: PaneContext) -> PaneAction {
        var provider = providerFilter
        var time: TimeOfDay?
        if mode == .grid {
            let grid = context.cached(GridModelQuery(day: context.day, provider: providerFilter))
            if let cursor = grid.cursor(gridCursor, selected: selected, context: context) {
                provider = cursor.provider
                time = cursor.slot
            }
        } else if provider == nil, let a = targetAppointment(context) {
            provider = a.provider
        }
        form = BookingForm(
            day: context.day, provider: provider ?? context.practice.providers.first?.id, time: time,
            keymap: context.keymap)
        return .handled
    }

    /// The flow verbs on the selected appointment.
    private mutating func flowVerb(_ action: KeyAction, context: PaneContext) -> PaneAction {
        if action == .open, let a = targetAppointment(context) { return detail(a, context: context) }
        guard action.scope == .pane(.flow) else { return .unhandled }
        guard let a = targetAppointment(context) else {
            return .message(
                mode == .grid
                    ? "No appointment in this slot: \(context.key(.flowBook)) books it."
                    : "No appointment selected.")
        }
        selected = a.id
        let who = summary(a, context: context)
        switch action {
        case .flowArrive: return .command(.checkIn(a.id), confirm: nil)
        case .flowRoom: return .command(.room(a.id, room: nil), confirm: nil)
        case .flowSee: return .command(.see(a.id), confirm: nil)
        case .flowOut: return .command(.checkOut(a.id), confirm: nil)
        case .flowConfirm: return .command(.confirm(a.id), confirm: nil)
        case .flowNoShow: return .command(.noShow(a.id), confirm: "Mark \(who) as a no-show?")
        case .flowLeft: return .command(.leftWithoutVisit(a.id), confirm: "\(who) left without a visit?")
        case .flowCancel:
            cancelPrompt = CancelPrompt(appointment: a.id, summary: who, keymap: context.keymap)
            return .handled
        case .flowMove:
            guard a.status.isUpcoming else {
                return .message("\(a.id) is \(a.status.label): only a scheduled or confirmed appointment can be moved.")
            }
            form = BookingForm(moving: a, keymap: context.keymap)
            return .handled
        case .flowInsurance:
            if a.insuranceVerifiedAt != nil {
                return .command(
                    .verifyInsurance(a.id, verified: false), confirm: "Clear the insurance check of \(who)?")
            }
            return .command(.verifyInsurance(a.id, verified: true), confirm: nil)
        case .flowCopay:
            let owed = a.copayOutstanding
            guard owed > .zero else {
                return .message("\(a.id) has no copay outstanding (a prepayment: :appt copay \(a.id) AMOUNT --over).")
            }
            return .command(.collectCopay(a.id, amount: nil), confirm: "Collected the \(owed) copay from \(who)?")
        case .flowPaperwork:
            return .command(.completePaperwork(a.patient), confirm: nil)
        case .flowBill where !context.sees(.diagnoses):
            return .refusal(
                "The superbill holds diagnoses, which are not shown to the \(context.role?.label ?? "this") role.")
        case .flowBill:
            return openSuperbill(a, context: context)
        default:
            return .unhandled
        }
    }

    /// B: the superbill of a checked-out visit; a visit already billed names its claim, any other says why not.
    private mutating func openSuperbill(_ a: Appointment, context: PaneContext) -> PaneAction {
        if let claim = context.practice.claim(forVisit: a.id) {
            return .message(
                "\(a.id) is already billed on \(claim.id) (\(claim.status.label), \(claim.billed)): "
                    + "change it with :claim edit \(claim.id).")
        }
        guard a.status == .checkedOut else {
            let checkOut = a.status.isInClinic ? " (\(context.key(.flowOut)) checks out)" : ""
            return .message(
                "\(a.id) is \(a.status.label): a visit is billed once the patient has checked out\(checkOut).")
        }
        superbill = SuperbillForm(visit: a, keymap: context.keymap)
        return .handled
    }

    /// "A-12 R. Müller 10:00 Dr Lee"
    func summary(_ a: Appointment, context: PaneContext) -> String {
        let provider = context.practice.staff[a.provider]?.displayName ?? a.provider.description
        return Sanitizer.clean("\(a.id) \(context.patientName(a.patient, short: true)) \(a.start) \(provider)")
    }

    /// Enter: the appointment's facts and its time-stamped, user-stamped history.
    private func detail(_ a: Appointment, context: PaneContext) -> PaneAction {
        let clock = context.practice.clock
        var lines = [
            "\(a.day.longLabel) \(a.start)–\(a.end) · \(a.visitType.rawValue) · \(a.minutes) min",
            "Provider: " + (context.practice.staff[a.provider]?.displayName ?? a.provider.description),
            "Status: \(a.status.label)" + (a.room.map { " · room \($0)" } ?? ""),
            "Reason: "
                + (!context.sees(.clinicalNotes) ? "(not shown to this role)" : a.reason.isEmpty ? "—" : a.reason),
            "Insurance: "
                + (a.insuranceVerifiedAt.map { "verified \(clock.day(of: $0)) \(clock.timeOfDay(of: $0))" }
                    ?? "not verified"),
            "Copay: due \(a.copayDue), collected \(a.copayCollected)"
                + (a.copayPrepaid > .zero ? " · \(a.copayPrepaid) prepaid to the patient's balance" : ""),
        ]
        if let patient = context.practice.patients[a.patient], !context.privacy {
            lines.append(
                "Patient: \(patient.id) · born \(patient.birthDate) · \(patient.phone)"
                    + (patient.paperworkComplete ? "" : " · paperwork due")
                    + (BalanceText.label(BalanceText.balance(of: patient.id, in: context)).map { " · " + $0 } ?? ""))
        }
        lines += TaskCardWords.linkedCardsLines(.appointment(a.id), practice: context.practice)
        lines += TaskCardWords.linkedCardsLines(.patient(a.patient), practice: context.practice, label: "Patient cards")
        lines.append("History:")
        for stamp in a.history {
            // With the date: a history spans days (booked last week, confirmed yesterday, seen today).
            var text =
                "  \(clock.day(of: stamp.at)) \(clock.timeOfDay(of: stamp.at)) \(stamp.status.label) by \(stamp.actor)"
            if let room = stamp.room { text += " · room \(room)" }
            if let note = stamp.note, context.sees(.clinicalNotes) { text += " · \(note)" }
            lines.append(text)
        }
        return .detail(title: summary(a, context: context), lines: lines.map { Sanitizer.clean($0) })
    }
}
