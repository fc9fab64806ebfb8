/// The command line that `parse` turns back into the same task command: for the log, the undo list and tests.
/// Covers the board's verbs; nil for any other command.
extension CommandLanguage {
    public static func line(for command: Command) -> String? {
        switch command {
        case .addTask(let new):
            var words = ["task", "add", quoted(new.title), "--column", new.column.rawValue]
            if let owner = new.owner { words += ["--owner", "\(owner)"] }
            if let due = new.due { words += ["--due", "\(due)"] }
            if let time = new.dueTime { words += ["--time", "\(time)"] }
            if new.priority != .normal { words += ["--priority", new.priority.rawValue] }
            for label in new.labels { words += ["--label", quoted(label)] }
            if new.recurrence != .none { words += ["--repeat", new.recurrence.rawValue] }
            if new.override { words.append("--override") }
            if !new.notes.isEmpty {
                words += ["--notes", quoted(new.notes.replacingOccurrences(of: "\n", with: "\\n"))]
            }
            return words.joined(separator: " ")
        case .moveTask(let id, let column, let override):
            return "task move \(id) \(column.rawValue)" + (override ? " --override" : "")
        case .completeTask(let id): return "task done \(id)"
        case .assignTask(let id, let owner): return "task assign \(id) \(owner.map { "\($0)" } ?? "none")"
        case .reorderTask(let id, let by) where by == -1 || by == 1: return "task \(by < 0 ? "up" : "down") \(id)"
        case .editTask(let id, let edit):
            var words = ["task", "edit", "\(id)"]
            if let title = edit.title { words += ["--title", quoted(title)] }
            if let due = edited(edit.due) { words += ["--due", due] }
            if let time = edited(edit.dueTime) { words += ["--time", time] }
            if let priority = edit.priority { words += ["--priority", priority.rawValue] }
            switch edit.notes {
            case .unchanged: break
            case .clear: words += ["--notes", "none"]
            case .set(let notes): words += ["--notes", quoted(notes.replacingOccurrences(of: "\n", with: "\\n"))]
            }
            return words.joined(separator: " ")
        case .labelTask(let id, let add, let remove):
            return (["task", "label", "\(id)"] + add.map { "+" + $0 } + remove.map { "-" + $0 })
                .joined(separator: " ")
        case .checklist(let id, let action):
            let rest: String
            switch action {
            case .add(let text, let position): rest = "add " + quoted(text) + (position.map { " --to \($0)" } ?? "")
            case .tick(let n): rest = "tick \(n)"
            case .untick(let n): rest = "untick \(n)"
            case .remove(let n): rest = "remove \(n)"
            case .move(let n, .up): rest = "move \(n) up"
            case .move(let n, .down): rest = "move \(n) down"
            case .move(let n, .to(let position)): rest = "move \(n) --to \(position)"
            }
            return "task check \(id) " + rest
        case .linkTask(let id, let link): return "task link \(id) \(link)"
        case .unlinkTask(let id, let link): return "task unlink \(id) \(link)"
        default: return nil
        }
    }

    private static func edited<Value: CustomStringConvertible>(_ edit: FieldEdit<Value>) -> String? {
        switch edit {
        case .unchanged: nil
        case .clear: "none"
        case .set(let value): value.description
        }
    }

    /// A word in double quotes, its backslashes and quotes escaped (`CommandTokenizer` reads it back).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
