import ClinicDomain
import TerminalKit

/// What the keyboard is talking to right now. One value instead of scattered booleans (taskell's lesson):
/// every key goes first to whatever the mode says, and only `.normal` reaches the panes and the global keys.
/// A pane's open form is not a mode: the pane knows it has one (`Pane.isEditing`), so there is nothing to keep
/// in step; in `.normal` the shell sends keys to the form while it is open.
enum Mode: Equatable, Sendable {
    case normal
    /// The `?` list of keys, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// The detail popup of the selected item.
    case detail(DetailPopup)
    /// Every alert, one per line (`!`), with a cursor (Enter jumps to its item, `s` snoozes it).
    case alerts(AlertsPopup)
    /// The messages shown since the dashboard opened, newest first (`:messages`).
    case messages(scroll: Int)
    /// The `:` line at the bottom.
    case commandLine(LineEditor)
    /// Typing the focused pane's `/` filter; the pane narrows with every key.
    case filter(TextInput)
    /// `U`: the user's recent changes, to pick one to undo.
    case undoList(UndoList)
    /// A destructive or money-moving command waits for y/n.
    case confirm(Confirmation)
}

struct DetailPopup: Equatable, Sendable {
    var title: String
    var lines: [String]
    var scroll: Int = 0
    /// Lines wider than the popup are wrapped (indented under their start) instead of cut: set for reports
    /// whose ends matter, such as an ERA's reconciliation.
    var wraps = false
    /// Interior width to ask for (capped to the screen).
    var width = 72

    /// The lines as a popup on a `screenWidth`-column screen shows them: what it draws and scrolls through.
    func shownLines(screenWidth: Int) -> [String] {
        guard wraps else { return lines }
        let room = max(20, min(width, screenWidth - 4))
        return lines.flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " }) + "    "
            let wrapped = TextWrap.lines(line, width: room)
            guard let first = wrapped.first else { return [""] }
            let rest = wrapped.dropFirst().flatMap { TextWrap.lines($0, width: room - indent.count) }
            return [String(line.prefix { $0 == " " }) + first] + rest.map { indent + $0 }
        }
    }
}

struct Confirmation: Equatable, Sendable {
    var prompt: String
    var command: Command
    /// What to read before answering (an ERA's reconciliation), shown in a popup above the question; the
    /// scrolling keys move it, y answers, any other key cancels.
    var report: DetailPopup?
}
