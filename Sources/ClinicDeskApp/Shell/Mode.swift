import ClinicDomain

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
    /// Every alert, one per line (`!`).
    case alerts(scroll: Int)
    /// The messages shown since the dashboard opened, newest first (`:messages`).
    case messages(scroll: Int)
    /// The `:` line at the bottom.
    case commandLine(LineEditor)
    /// A destructive or money-moving command waits for y/n.
    case confirm(Confirmation)
}

struct DetailPopup: Equatable, Sendable {
    var title: String
    var lines: [String]
    var scroll: Int = 0
}

struct Confirmation: Equatable, Sendable {
    var prompt: String
    var command: Command
    /// What to read before answering (an ERA's reconciliation), shown in a popup above the question; the
    /// scrolling keys move it, y answers, any other key cancels.
    var report: DetailPopup?
}
