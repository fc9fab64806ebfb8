import ClinicDomain
import Foundation

/// `u`: undo the signed-in user's newest change (pressed again, the undo is undone: a redo). Dry-run first, so a
/// refusal ("A-12 changed since: …") is said at once instead of after a trip to the store.
extension DashboardState {
    mutating func undoLast(practice: Practice, now: Date) -> [Effect] {
        guard let entry = practice.undoLog.entries(by: user).first else {
            message = .error("\(user) has no recent change to undo.")
            return []
        }
        let command = Command.undo(entry.firstSeq)
        if let refusal = practice.refusal(of: command, actor: user, now: now) {
            message = .error(refusal)
            return []
        }
        return [.execute(command)]
    }
}

enum UndoKey {
    /// What the receipt says for an undo: "undone: check in A-12", or "redone: check in A-12" for an undo's undo.
    static func summary(of command: Command, in practice: Practice) -> String? {
        guard case .undo(let seq?) = command, let entry = practice.undoLog.entry(containing: seq) else { return nil }
        if entry.undid != nil, entry.summary.hasPrefix("undo ") { return "redone: " + entry.summary.dropFirst(5) }
        return "undone: " + entry.summary
    }
}
