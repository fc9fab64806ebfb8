import ClinicDomain
import Foundation

/// One lifecycle key on the selected claim and what it answers. Steps with nothing to add run at once (the store
/// refuses them with a sentence if the claim is not there yet); those that need a word more prefill the command
/// line; those that cannot be undone ask y/n. Before prefilling or asking, the step is dry-run with a stand-in
/// word, so a step the rules refuse (paying a draft, appealing a paid claim) says why instead of prompting.
enum ClaimStep: Sendable {
    case ready, submit, accept, reject, pay, deny, appeal, writeOff, followUp, note, replace, void

    init?(_ action: KeyAction) {
        switch action {
        case .claimReady: self = .ready
        case .claimSubmit: self = .submit
        case .claimAccept: self = .accept
        case .claimReject: self = .reject
        case .claimPay: self = .pay
        case .claimDeny: self = .deny
        case .claimAppeal: self = .appeal
        case .claimWriteOff: self = .writeOff
        case .claimFollowUp: self = .followUp
        case .claimNote: self = .note
        case .claimReplace: self = .replace
        case .claimVoid: self = .void
        default: return nil
        }
    }

    func answer(for row: ClaimRow, context: PaneContext) -> PaneAction {
        let claim = row.claim
        let id = claim.id
        let payer = row.payer?.name ?? claim.payer.description
        switch self {
        case .ready: return .command(.readyClaim(id), confirm: nil)
        case .submit: return submit(row)
        case .accept: return .command(.acceptClaim(id), confirm: nil)
        case .reject:
            return prompt("claim reject \(id) --reason \"\"", probe: .rejectClaim(id, reason: "probe"), context)
        case .pay:
            let amount = row.open > .zero ? row.open : Cents(1)
            return prompt(
                "claim pay \(id) \(row.open.plain)", probe: .payClaim(id, amount: amount, adjustment: nil), context)
        case .deny:
            return prompt(
                "claim deny \(id) CO-", probe: .denyClaim(id, Denial(group: .CO, code: "50")), context)
        case .appeal:
            // A timely-filing denial is appealable only with the proof, so its note is asked for up front.
            let needsNote = claim.denial?.code == "29"
            let text = needsNote ? "claim appeal \(id) --note \"\"" : "claim appeal \(id)"
            return prompt(text, probe: .appealClaim(id, note: "probe"), context)
        case .writeOff:
            return prompt(
                "claim writeoff \(id) --reason \"\"", probe: .writeOffClaim(id, reason: "probe"), context)
        case .followUp:
            let day = context.today.adding(days: 7)
            return prompt("claim followup \(id) \(day)", probe: .setClaimFollowUp(id, day), context)
        case .note:
            return prompt("claim note \(id) \"\"", probe: .noteClaim(id, "probe"), context)
        case .replace:
            return .command(
                .replaceClaim(id), confirm: "Replace \(id) with a corrected claim (frequency 7) to \(payer)?")
        case .void:
            return .command(.voidClaim(id), confirm: "Void \(id) with \(payer) (a frequency-8 claim cancels it)?")
        }
    }

    /// Past the payer's deadline the question names it, and y sends the override; the shell dry-runs the
    /// override first, so a claim that fails its edits says why instead of asking.
    private func submit(_ row: ClaimRow) -> PaneAction {
        let id = row.claim.id
        guard let payer = row.payer, let days = row.daysToFile, days < 0 else {
            return .command(.submitClaim(id), confirm: nil)
        }
        let deadline = row.claim.filingDeadline(payer: payer)
        let late = "\(-days) day\(days == -1 ? "" : "s")"
        return .command(
            .submitClaim(id, lateOverride: true),
            confirm: "\(id) is \(late) past \(payer.name)'s deadline \(deadline); submit anyway?")
    }

    private func prompt(_ text: String, probe: Command, _ context: PaneContext) -> PaneAction {
        if let refusal = context.practice.refusal(of: probe, actor: context.user, now: context.now) {
            return .refusal(refusal)
        }
        return .prompt(text)
    }
}
