import ClinicDomain
import TerminalKit

/// `o` on a card: choose its owner from everyone on staff, each with where they are today (on duty, SICK, PTO,
/// off), so a card is not handed to someone out sick. One choice, one command — nothing is saved while browsing.
struct OwnerPicker: Sendable {
    let card: TaskID
    var picker: Picker<StaffID?>

    /// "Nobody" first (to unassign), then the day's roster order (providers first, then by name).
    init(card: TaskCard, context: PaneContext) {
        self.card = card.id
        let rows = context.practice.rosterRows(on: context.today, now: context.now)
        var items = [Picker<StaffID?>.Item(nil, "Nobody (unassign)")]
        for row in rows {
            let status = row.status.label
            items.append(
                .init(row.staff.id, Sanitizer.clean("\(row.staff.displayName) · \(row.role.label) · \(status)")))
        }
        picker = Picker(title: "Owner of \(card.id)", items: items, selected: card.owner, visibleRows: 12)
        picker.footer = "↑↓ choose · \(context.key(.formSubmit)) assign · \(context.key(.formCancel)) cancel"
    }

    enum Outcome: Equatable { case editing, cancelled, assign(StaffID?) }

    mutating func handle(_ key: Key) -> Outcome {
        switch picker.handle(key) {
        case .editing: return .editing
        case .cancelled: return .cancelled
        case .picked(let owner): return .assign(owner)
        }
    }

    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: "type", label: "find"), PaneKeyHint(key: "↑↓", label: "choose"),
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "assign"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "cancel"),
        ]
    }
}
