import ClinicDomain
import Foundation
import TerminalKit

/// The small "why cancel?" prompt `c` opens: a one-field `Form` for the reason, then the shell's y/n confirm.
struct CancelPrompt: Sendable, Equatable {
    static let defaultReason = "patient called"
    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "cancel the visit"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "keep it"),
        ]
    }

    let appointment: AppointmentID
    /// "A-12 R. Müller 10:00 Dr Lee", for the title and the confirm question.
    let summary: String
    private var form: Form<String>

    init(appointment: AppointmentID, summary: String, reason: String = "", keymap: Keymap = .standard) {
        self.appointment = appointment
        self.summary = summary
        // An empty reason stands for the default, which the field shows until something is typed.
        form = Form(
            title: "Cancel " + summary,
            fields: [.text("reason", "Reason", TextInput(reason, placeholder: Self.defaultReason), width: 40)],
            footer: "\(keymap.keyLabel(.formSubmit)) cancels the visit (asks y/n) · "
                + "\(keymap.keyLabel(.formCancel)) keeps it", width: 60)
    }

    var reason: String { form.text("reason") }

    enum Outcome: Equatable { case editing, closed, command(Command, confirm: String) }

    mutating func handle(_ key: Key) -> Outcome {
        switch form.handle(key) {
        case .cancelled: return .closed
        case .submitted:
            let text = reason.trimmingCharacters(in: .whitespaces)
            let why = text.isEmpty ? Self.defaultReason : text
            return .command(.cancel(appointment, reason: why), confirm: "Cancel \(summary) (\(why))?")
        case .editing, .ignored: return .editing
        }
    }

    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        form.draw(into: &canvas, in: rect, theme: context.theme)
    }
}
