import ClinicDomain
import Foundation
import TerminalKit

/// Keys: movement, views and filters change only the pane; the flow verbs (docs/KEYS.md) become commands that
/// the shell runs through the store. Refusals (wrong status, room taken) come back from the domain as sentences.
extension FlowPane {
    public mutating func handle(_ key: Key, context: PaneContext) -> PaneAction {
        if form != nil { return handleForm(key, context: context) }
        if var prompt = cancelPrompt {
            switch prompt.handle(key) {
            case .editing: cancelPrompt = prompt; return .handled
            case .closed: cancelPrompt = nil; return .closeForm
            case .command(let command, let confirm): cancelPrompt = nil; return .command(command, confirm: confirm)
            }
        }
        if let action = handleMovement(key, context: context) { return action }
        switch key {
        case .character("v"):
            switchDayView(to: mode == .grid ? .list : .grid, context: context)
            return .handled
        case .character("w"):
            if mode == .week { mode = dayMode } else { dayMode = mode; mode = .week }
            return .handled
        case .character("f"):
            let ids = context.cached(ProvidersWorkingQuery(day: context.day)).map(\.id)
            let all = ids.isEmpty ? context.practice.providers.map(\.id) : ids
            let i = providerFilter.flatMap { all.firstIndex(of: $0) }
            providerFilter = i.map { $0 + 1 < all.count ? all[$0 + 1] : nil } ?? all.first
            gridCursor = nil
            return .handled
        case .character("F"):
            let all = FlowStatusFilter.allCases
            statusFilter = all[((all.firstIndex(of: statusFilter) ?? 0) + 1) % all.count]
            return .handled
        case .character("b"):
            return openBooking(context: context)
        default:
            return flowVerb(key, context: context)
        }
    }

    private mutating func handleForm(_ key: Key, context: PaneContext) -> PaneAction {
        guard var current = form else { return .unhandled }
        let outcome = current.handle(key, practice: context.practice, now: context.now)
        form = current
        switch outcome {
        case .editing: return .handled
        case .cancelled: form = nil; return .closeForm
        case .message(let text): return .message(text)
        case .command(let command, let confirm, let keepOpen):
            // The form closes as its command goes out; the shell reads `isEditing` to know.
            if !keepOpen { form = nil }
            return .command(command, confirm: confirm)
        }
    }

    /// Arrows, vim keys, paging: the list moves by row, the grid by slot and column.
    private mutating func handleMovement(_ key: Key, context: PaneContext) -> PaneAction? {
        let vertical: Int?
        var horizontal = 0
        switch key {
        case .up, .character("k"): vertical = -1
        case .down, .character("j"): vertical = 1
        case .pageUp: vertical = -10
        case .pageDown: vertical = 10
        case .home, .character("g"): vertical = Int.min / 2
        case .end, .character("G"): vertical = Int.max / 2
        case .left, .character("h"): vertical = 0; horizontal = -1
        case .right, .character("l"): vertical = 0; horizontal = 1
        default: vertical = nil
        }
        guard let vertical else { return nil }
        switch mode {
        case .week:
            return .unhandled
        case .list:
            guard horizontal == 0 else { return .unhandled }
            let rows = lines(context)
            guard let current = selectedIndex(in: rows) else { return .handled }
            let target = min(max(0, current.addingReportingOverflow(vertical).partialValue), rows.count - 1)
            selected = rows[target].id
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
        form = BookingForm(day: context.day, provider: provider ?? context.practice.providers.first?.id, time: time)
        return .openForm
    }

    /// The flow verbs on the selected appointment.
    private mutating func flowVerb(_ key: Key, context: PaneContext) -> PaneAction {
        let verbs: Set<Character> = ["a", "r", "s", "o", "n", "c", "m", "i", "p", "C", "L", "P"]
        if key == .enter, let a = targetAppointment(context) { return detail(a, context: context) }
        guard case .character(let c) = key, verbs.contains(c) else { return .unhandled }
        guard let a = targetAppointment(context) else {
            return .message(mode == .grid ? "No appointment in this slot: b books it." : "No appointment selected.")
        }
        selected = a.id
        let who = summary(a, context: context)
        switch c {
        case "a": return .command(.checkIn(a.id), confirm: nil)
        case "r": return .command(.room(a.id, room: nil), confirm: nil)
        case "s": return .command(.see(a.id), confirm: nil)
        case "o": return .command(.checkOut(a.id), confirm: nil)
        case "C": return .command(.confirm(a.id), confirm: nil)
        case "n": return .command(.noShow(a.id), confirm: "Mark \(who) as a no-show?")
        case "L": return .command(.leftWithoutVisit(a.id), confirm: "\(who) left without a visit?")
        case "c":
            cancelPrompt = CancelPrompt(appointment: a.id, summary: who)
            return .openForm
        case "m":
            guard a.status.isUpcoming else {
                return .message("\(a.id) is \(a.status.label): only a scheduled or confirmed appointment can be moved.")
            }
            form = BookingForm(moving: a)
            return .openForm
        case "i":
            if a.insuranceVerifiedAt != nil {
                return .command(.verifyInsurance(a.id, verified: false), confirm: "Clear the insurance check of \(who)?")
            }
            return .command(.verifyInsurance(a.id, verified: true), confirm: nil)
        case "p":
            let owed = a.copayDue - a.copayCollected
            guard owed > .zero else { return .message("\(a.id) has no copay outstanding.") }
            return .command(.collectCopay(a.id, amount: nil), confirm: "Collected the \(owed) copay from \(who)?")
        case "P":
            return .command(.completePaperwork(a.patient), confirm: nil)
        default:
            return .unhandled
        }
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
            "Reason: " + (a.reason.isEmpty ? "—" : a.reason),
            "Insurance: " + (a.insuranceVerifiedAt.map { "verified \(clock.day(of: $0)) \(clock.timeOfDay(of: $0))" } ?? "not verified"),
            "Copay: due \(a.copayDue), collected \(a.copayCollected)",
        ]
        if let patient = context.practice.patients[a.patient], !context.privacy {
            lines.append("Patient: \(patient.id) · born \(patient.birthDate) · \(patient.phone)"
                         + (patient.paperworkComplete ? "" : " · paperwork due"))
        }
        lines.append("History:")
        for stamp in a.history {
            var text = "  \(clock.timeOfDay(of: stamp.at)) \(stamp.status.label) by \(stamp.actor)"
            if let room = stamp.room { text += " · room \(room)" }
            if let note = stamp.note { text += " · \(note)" }
            lines.append(text)
        }
        return .detail(title: summary(a, context: context), lines: lines.map { Sanitizer.clean($0) })
    }
}
