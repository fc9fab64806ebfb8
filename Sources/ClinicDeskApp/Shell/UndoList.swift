import ClinicDomain
import Foundation
import TerminalKit

/// `U`: the signed-in user's recent changes, newest first, to pick one to undo. Each row says when, what, and —
/// checked when the list opens — why it cannot be undone, so a refusal is read before Enter rather than after.
/// Enter dry-runs the pick again (another desk may have changed the item since) and sends `undo SEQ`.
struct UndoList: Equatable, Sendable {
    var picker: Picker<UInt64>

    /// How many of the user's changes the list offers: the undo log keeps 500 across users; a person looking for
    /// the slip they made reads the last few dozen.
    static let limit = 50

    init?(user: String, practice: Practice, now: Date, keymap: Keymap) {
        let entries = practice.undoLog.entries(by: user).prefix(Self.limit)
        guard !entries.isEmpty else { return nil }
        let today = practice.clock.day(of: now)
        let items = entries.map { entry in
            Picker<UInt64>.Item(
                entry.firstSeq, Self.label(entry, practice: practice, today: today, now: now, user: user))
        }
        picker = Picker(title: "Your recent changes (\(items.count))", items: items, visibleRows: 12)
        picker.footer = "↑↓ choose · \(keymap.keyLabel(.formSubmit)) undo · \(keymap.keyLabel(.formCancel)) close"
    }

    /// `10:42  check in A-12`, `Mon 23 09:05  book A-31  · cannot: A-31 changed since …`.
    static func label(_ entry: UndoEntry, practice: Practice, today: LocalDate, now: Date, user: String) -> String {
        let clock = practice.clock
        let day = clock.day(of: entry.at)
        let time = clock.timeOfDay(of: entry.at).hhmm
        let when = day == today ? time : "\(day.shortLabel) \(time)"
        let refusal = practice.refusal(of: .undo(entry.firstSeq), actor: user, now: now)
        return Sanitizer.clean("\(when)  \(entry.summary)" + (refusal.map { "  · cannot: \($0)" } ?? ""))
    }

    enum Outcome: Equatable { case editing, closed, undo(UInt64) }

    mutating func handle(_ key: Key) -> Outcome {
        switch picker.handle(key) {
        case .editing: .editing
        case .cancelled: .closed
        case .picked(let seq): .undo(seq)
        }
    }
}

extension DashboardState {
    /// Opens the `U` list, or says there is nothing of the user's to undo.
    mutating func openUndoList(practice: Practice, now: Date) {
        guard let list = UndoList(user: user, practice: practice, now: now, keymap: keymap) else {
            message = .error("\(user) has no recent change to undo.")
            return
        }
        mode = .undoList(list)
    }

    mutating func handleUndoList(_ key: Key, list: UndoList, practice: Practice, now: Date) -> [Effect] {
        var list = list
        guard let key = keymap.formKey(for: key) else { return [] }
        switch list.handle(key) {
        case .editing:
            mode = .undoList(list)
            return []
        case .closed:
            mode = .normal
            return []
        case .undo(let seq):
            mode = .normal
            let command = Command.undo(seq)
            if session.options.refusesChanges {
                message = .error(session.options.readOnlyRefusal)
                return []
            }
            if let refusal = practice.refusal(of: command, actor: user, now: now) {
                message = .error(refusal)
                return []
            }
            return [.execute(command)]
        }
    }
}
