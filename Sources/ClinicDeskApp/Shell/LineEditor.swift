import ClinicDomain
import TerminalKit

/// The `:` line: a `TextInput` plus a walk through the history with ↑/↓ (the shell habit).
/// A value type, so the command line's whole state sits inside `Mode.commandLine`.
struct LineEditor: Equatable, Sendable {
    private(set) var input: TextInput
    /// Where ↑/↓ stand in the history: nil = editing a new line.
    private var historyIndex: Int?
    /// The line being typed before the user went into history, restored on ↓ past the newest entry.
    private var draft = ""
    /// Tab's candidates, shown above the line while it cannot decide; a further Tab cycles through them.
    private(set) var candidates: [String] = []
    /// While Tab cycles: the line before the word, and the candidate shown.
    private var cycle: (head: String, index: Int)?
    /// The last Enter's parse error, shown under its column until the line changes.
    private(set) var error: InlineError?

    /// A prefill ending in `""` (`task add ""`) puts the cursor between the quotes, ready for the title.
    init(_ initial: String = "") {
        input = TextInput(initial)
        if initial.hasSuffix("\"\"") { input.handle(.left) }
    }

    var string: String { input.value }

    /// Applies an editing key; returns false for keys a line editor does not use (Enter, Esc, Tab).
    mutating func apply(_ key: Key, history: [String]) -> Bool {
        cycle = nil
        candidates = []
        error = nil
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

    /// Tab: completes the last word (`CommandCompletion`); when that cannot decide, the candidates show and
    /// each further Tab puts the next one in the line.
    mutating func complete(practice: Practice) {
        error = nil
        if let cycle, !candidates.isEmpty {
            let index = (cycle.index + 1) % candidates.count
            self.cycle = (cycle.head, index)
            input.set(cycle.head + candidates[index])
            return
        }
        let result = CommandCompletion.complete(string, practice: practice)
        if result.line != string {
            input.set(result.line)
            candidates = result.candidates.count > 1 ? result.candidates : []
        } else if result.candidates.count > 1 {
            candidates = result.candidates
            let partial = string.last == " " ? "" : String(string.split(separator: " ").last ?? "")
            cycle = (String(string.dropLast(partial.count)), -1)
            complete(practice: practice)
        }
    }

    /// Keeps the line open after Enter, with the error under its column.
    mutating func show(_ error: InlineError) {
        self.error = error
        candidates = []
        cycle = nil
    }

    static func == (lhs: LineEditor, rhs: LineEditor) -> Bool {
        lhs.input == rhs.input && lhs.historyIndex == rhs.historyIndex && lhs.draft == rhs.draft
            && lhs.candidates == rhs.candidates && lhs.cycle?.head == rhs.cycle?.head
            && lhs.cycle?.index == rhs.cycle?.index && lhs.error == rhs.error
    }
}

/// A `:` line's error at a column ("column 12: 'C-x' is not a claim ID"), as the command language and the
/// dashboard's own words say it; the column is 1-based in the line as typed.
struct InlineError: Equatable, Sendable {
    var column: Int
    var message: String

    /// Nil for an error that names no column.
    init?(_ text: String) {
        guard text.hasPrefix("column "), let colon = text.firstIndex(of: ":"),
            let column = Int(text[text.index(text.startIndex, offsetBy: 7)..<colon]), column >= 1
        else { return nil }
        self.column = column
        message = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
