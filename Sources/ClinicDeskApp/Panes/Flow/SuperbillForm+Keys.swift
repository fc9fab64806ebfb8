import ClinicDomain
import Foundation
import TerminalKit

/// The superbill's keys and saving: the shared `Form` takes focus and typing (its keys are the keymap's form scope,
/// translated back by `Keymap.formKey` before they get here); Enter saves.
extension SuperbillForm {
    public mutating func handle(_ key: Key, practice: Practice, actor: String, now: Date) -> Outcome {
        let before = form
        let outcome = form.handle(key)
        // A changed value makes the last refusal stale; the live checks say what is still wrong.
        if form != before { note = nil }
        showSlots()
        switch outcome {
        case .cancelled: return .cancelled
        case .submitted: return save(practice: practice, actor: actor, now: now)
        case .editing, .ignored: return .editing
        }
    }

    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: keymap.keyLabel(.formNextField), label: "next field"),
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "save the claim"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "cancel"),
        ]
    }

    /// Checks the form as the domain would and answers the `.createClaim` to send, or why not (shown in the form,
    /// with the focus on the field to fix).
    mutating func save(practice: Practice, actor: String, now: Date) -> Outcome {
        guard CodeSetWarmup.isReady else {
            return refuse("The ICD-10-CM codes are still loading; press Enter again in a moment.", focus: nil)
        }
        if let first = problems(in: practice).first { return refuse(first.sentence, focus: first.field) }
        let content: ClaimContent
        switch self.content() {
        case .success(let found): content = found
        case .failure(let problem): return refuse(problem.sentence, focus: problem.field)
        }
        guard !content.diagnoses.isEmpty else {
            return refuse(
                "Dx 1: a claim needs at least one diagnosis (an ICD-10-CM code such as E11.9).",
                focus: .diagnosis(0))
        }
        guard !content.lines.isEmpty else {
            return refuse("Line 1: a claim needs at least one service line (such as 99213).", focus: .line(0))
        }
        let command = Command.createClaim(NewClaim(appointment: appointment, content: content))
        // The domain has the last word (a claim made meanwhile at another desk, a payer missing): its sentence.
        if let refusal = practice.refusal(of: command, actor: actor, now: now) {
            return refuse(refusal, focus: nil)
        }
        return .command(command)
    }

    private mutating func refuse(_ text: String, focus: Field?) -> Outcome {
        note = text
        if let focus { form.focus(on: focus) }
        return .message(text)
    }
}
