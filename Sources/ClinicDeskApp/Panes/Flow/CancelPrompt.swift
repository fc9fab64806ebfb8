import ClinicDomain
import Foundation
import TerminalKit

/// The small "why cancel?" prompt `c` opens: a reason line, then the shell's y/n confirm.
struct CancelPrompt: Sendable, Equatable {
    static let defaultReason = "patient called"
    static let keyHints = [PaneKeyHint(key: "Enter", label: "cancel the visit"), PaneKeyHint(key: "Esc", label: "keep it")]

    let appointment: AppointmentID
    /// "A-12 R. Müller 10:00 Dr Lee", for the title and the confirm question.
    let summary: String
    var reason = ""

    enum Outcome: Equatable { case editing, closed, command(Command, confirm: String) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .closed
        case .enter:
            let text = reason.trimmingCharacters(in: .whitespaces)
            let why = text.isEmpty ? Self.defaultReason : text
            return .command(.cancel(appointment, reason: why), confirm: "Cancel \(summary) (\(why))?")
        case .backspace, .delete: if !reason.isEmpty { reason.removeLast() }
        case .control("u"): reason = ""
        case .character(let c): reason.append(c)
        default: break
        }
        return .editing
    }

    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        let inner = FlowPopup.box(into: &canvas, in: rect, width: 64, height: 5, title: "Cancel " + summary,
                                  corner: "Esc keep", theme: theme)
        guard !inner.isEmpty else { return }
        let x = inner.x + 1 + canvas.put("Reason ", x: inner.x + 1, y: inner.y, style: theme[.textDim], clip: inner)
        FlowPopup.input(into: &canvas, value: reason, x: x, y: inner.y, width: min(40, inner.maxX - x - 1),
                                focused: true, clip: inner, theme: theme)
        if reason.isEmpty {
            canvas.put(Self.defaultReason, x: x + 1, y: inner.y, style: theme[.textDim], clip: inner)
            canvas.put(" ", x: x + 1, y: inner.y, style: theme[.inputCursor], clip: inner)
        }
        canvas.put("Enter cancels the visit (asks y/n) · Esc keeps it", x: inner.x + 1, y: inner.maxY - 1,
                   style: theme[.helpKey], clip: inner)
    }
}
