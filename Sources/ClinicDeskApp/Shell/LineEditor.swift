import TerminalKit

/// The `:` line: a `TextInput` plus a walk through the history with ↑/↓ (the shell habit).
/// A value type, so the command line's whole state sits inside `Mode.commandLine`.
struct LineEditor: Equatable, Sendable {
    private(set) var input: TextInput
    /// Where ↑/↓ stand in the history: nil = editing a new line.
    private var historyIndex: Int?
    /// The line being typed before the user went into history, restored on ↓ past the newest entry.
    private var draft = ""

    /// A prefill ending in `""` (`task add ""`) puts the cursor between the quotes, ready for the title.
    init(_ initial: String = "") {
        input = TextInput(initial)
        if initial.hasSuffix("\"\"") { input.handle(.left) }
    }

    var string: String { input.value }

    /// Applies an editing key; returns false for keys a line editor does not use (Enter, Esc, Tab).
    mutating func apply(_ key: Key, history: [String]) -> Bool {
        switch key {
        case .up: recall(older: true, history: history)
        case .down: recall(older: false, history: history)
        default: return input.handle(key)
        }
        return true
    }

    /// History is oldest first; ↑ walks toward the oldest entry.
    private mutating func recall(older: Bool, history: [String]) {
        guard !history.isEmpty else { return }
        var index: Int
        if let current = historyIndex {
            index = current + (older ? -1 : 1)
        } else {
            guard older else { return }
            draft = input.value
            index = history.count - 1
        }
        index = max(0, index)
        if index >= history.count {
            historyIndex = nil
            input.set(draft)
        } else {
            historyIndex = index
            input.set(history[index])
        }
    }
}
