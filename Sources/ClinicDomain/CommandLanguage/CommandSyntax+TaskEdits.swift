/// Verbs that change a card in place: fields, labels, checklist and links (adding and moving:
/// CommandSyntax+Work.swift; the read-only `task find`: CommandQuery.swift).
extension CommandLanguage {
    static let taskEditSyntax: [Syntax] = [
        Syntax(
            usage:
                "task edit T-17 [--title \"...\"] [--due 2026-11-24|none] [--time 16:30|none] "
                + "[--priority high|normal|low] [--notes \"...\"|none]",
            summary: "change a card's title, due day and time, priority or notes (\\n in notes starts a line)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            var edit = TaskEdit()
            edit.title = try args.optionText("title", .taskTitle)
            if let w = args.option("due") {
                edit.due = isNone(w) ? .clear : .set(try args.date(w, .taskDue))
            }
            if let w = args.option("time") {
                edit.dueTime = isNone(w) ? .clear : .set(try CommandArguments.time(w))
            }
            edit.priority = try args.option("priority").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.choice(w, TaskPriority.self, "a priority", TaskPriority.allCases)
            }
            if let w = args.option("notes") {
                edit.notes = isNone(w) ? .clear : .set(try CommandArguments.text(notesWord(w), .taskNotes))
            }
            try args.finish(positionalCount: 1)
            return .editTask(id, edit) // nothing given: `validate` says there is nothing to change
        },
        Syntax(
            usage: "task label T-17 +billing -IT",
            summary: "add (+) and remove (-) labels: billing, compliance, supplies, HR, facilities, patients, IT",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            var add: [String] = [], remove: [String] = []
            var index = 1
            while let w = args.optionalWord(index) {
                index += 1
                let sign = w.text.first
                let name = String(w.text.dropFirst())
                guard sign == "+" || sign == "-", !name.isEmpty else {
                    throw CommandParseError("'\(w.text)' is not +label or -label", column: w.column)
                }
                if sign == "+" {
                    guard let label = TaskLabel.canonical(name) else {
                        throw CommandParseError(
                            "'\(name)' is not a label (one of \(TaskLabel.standard.joined(separator: ", ")))",
                            column: w.column)
                    }
                    add.append(label)
                } else {
                    remove.append(TaskLabel.canonical(name) ?? name)
                }
            }
            try args.finish(positionalCount: index)
            guard !(add.isEmpty && remove.isEmpty) else {
                throw CommandParseError("missing +label or -label (usage: \(args.usage))", column: args.endColumn)
            }
            return .labelTask(id, add: add, remove: remove)
        },
        Syntax(
            usage: "task check T-17 add \"Call payer\" [--to 1]",
            summary:
                "a card's checklist: add an item (at a position with --to); also `tick 2`, `untick 2`, `remove 2`, "
                + "`move 2 up`, `move 2 down`, `move 2 --to 1` (items by their number)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            let actionWord = try args.word(1, "add, tick, untick, remove or move")
            func number() throws(CommandParseError) -> Int {
                let w = try args.word(2, "an item number")
                guard let n = Int(w.text), n > 0 else {
                    throw CommandParseError("'\(w.text)' is not an item number (like 2)", column: w.column)
                }
                return n
            }
            func position() throws(CommandParseError) -> Int? {
                guard let w = args.option("to") else { return nil }
                guard let n = Int(w.text), n > 0 else {
                    throw CommandParseError("--to '\(w.text)' is not a position (like 1)", column: w.column)
                }
                return n
            }
            let action: ChecklistAction
            switch actionWord.text.lowercased() {
            case "add":
                let text = try CommandArguments.text(try args.word(2, "the item's text in quotes"), .checklistItem)
                action = .add(text, at: try position())
                try args.finish(positionalCount: 3)
            case "tick": action = .tick(try number()); try args.finish(positionalCount: 3)
            case "untick": action = .untick(try number()); try args.finish(positionalCount: 3)
            case "remove": action = .remove(try number()); try args.finish(positionalCount: 3)
            case "move":
                let item = try number()
                if let n = try position() {
                    action = .move(item, .to(n))
                    try args.finish(positionalCount: 3)
                } else {
                    let w = try args.word(3, "up, down or --to N")
                    switch w.text.lowercased() {
                    case "up": action = .move(item, .up)
                    case "down": action = .move(item, .down)
                    default: throw CommandParseError("'\(w.text)' is not up or down (or --to N)", column: w.column)
                    }
                    try args.finish(positionalCount: 4)
                }
            default:
                throw CommandParseError(
                    "'\(actionWord.text)' is not add, tick, untick, remove or move", column: actionWord.column)
            }
            return .checklist(id, action)
        },
        Syntax(
            usage: "task link T-17 C-22", summary: "link a card to a claim, visit, patient, staff member or card",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            let link = try itemLink(try args.word(1, "an item ID"))
            try args.finish(positionalCount: 2)
            return .linkTask(id, link)
        },
        Syntax(usage: "task unlink T-17 C-22", summary: "remove a card's link", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            let link = try itemLink(try args.word(1, "an item ID"))
            try args.finish(positionalCount: 2)
            return .unlinkTask(id, link)
        },
    ]

    static func isNone(_ w: CommandWord) -> Bool { w.text.lowercased() == "none" }

    /// Notes typed on one line: the two characters `\n` start a new line.
    static func notesWord(_ w: CommandWord) -> CommandWord {
        CommandWord(text: w.text.replacingOccurrences(of: "\\n", with: "\n"), column: w.column)
    }

    static func itemLink(_ w: CommandWord) throws(CommandParseError) -> ItemLink {
        guard let link = ItemLink(w.text) else {
            throw CommandParseError("'\(w.text)' is not \(ItemLink.kinds)", column: w.column)
        }
        return link
    }
}
