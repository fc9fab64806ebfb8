/// Task verbs of the command language (claims: CommandSyntax+Claims.swift; staff: CommandSyntax+Staff.swift).
extension CommandLanguage {
    static let taskSyntax: [Syntax] = [
        Syntax(
            usage:
                "task add \"Order nitrile gloves\" [--column backlog|today|doing|waiting|done] [--owner S-3] "
                + "[--due 2026-11-24] [--time 16:30] [--priority high|normal|low] [--label supplies] "
                + "[--repeat daily|weekly|monthly|yearly] [--notes \"...\"] [--override]",
            summary: "add a card to the board (into a full column only with --override, which is recorded)",
            flags: ["override"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let title = try CommandArguments.text(try args.word(0, "a title in quotes"), .taskTitle)
            let column =
                try args.option("column").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.choice(w, BoardColumn.self, "a column", BoardColumn.allCases)
                } ?? .backlog
            let owner = try args.optionID("owner", Staff.self, "a staff ID")
            let due = try args.optionDate("due", .taskDue)
            let priority =
                try args.option("priority").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.choice(w, TaskPriority.self, "a priority", TaskPriority.allCases)
                } ?? .normal
            let dueTime = try args.option("time").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.time(w)
            }
            var labels: [String] = []
            for w in args.all("label") {
                guard let label = TaskLabel.canonical(try CommandArguments.text(w, .taskLabel)) else {
                    throw CommandParseError(
                        "'\(w.text)' is not a label (one of \(TaskLabel.standard.joined(separator: ", ")))",
                        column: w.column)
                }
                labels.append(label)
            }
            let recurrence =
                try args.option("repeat").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.choice(w, Recurrence.self, "a repeat", Recurrence.allCases)
                } ?? .none
            let override = args.flag("override")
            let notes = try args.option("notes").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.text(notesWord(w), .taskNotes)
            }
            try args.finish(positionalCount: 1)
            return .addTask(
                NewTask(
                    title: title, column: column, owner: owner, due: due, priority: priority, labels: labels,
                    recurrence: recurrence, dueTime: dueTime, override: override, notes: notes ?? ""))
        },
        Syntax(
            usage: "task move T-17 doing [--override]",
            summary: "move a card to a column (WIP limits apply; --override goes over, and is recorded)",
            flags: ["override"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            let column = try CommandArguments.choice(
                try args.word(1, "a column"), BoardColumn.self, "a column", BoardColumn.allCases)
            let override = args.flag("override")
            try args.finish(positionalCount: 2)
            return .moveTask(id, to: column, override: override)
        },
        Syntax(usage: "task done T-17", summary: "finish a card (a recurring one comes back)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            try args.finish(positionalCount: 1)
            return .completeTask(id)
        },
        Syntax(usage: "task assign T-17 S-4|none", summary: "give a card an owner", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            let ownerWord = try args.word(1, "a staff ID or none")
            let owner =
                ownerWord.text.lowercased() == "none"
                ? nil : try CommandArguments.parseID(ownerWord, Staff.self, "a staff ID")
            try args.finish(positionalCount: 2)
            return .assignTask(id, to: owner)
        },
        Syntax(usage: "task up T-17", summary: "move a card up its column", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            try args.finish(positionalCount: 1)
            return .reorderTask(id, by: -1)
        },
        Syntax(usage: "task down T-17", summary: "move a card down its column", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TaskCard.self, "a task ID")
            try args.finish(positionalCount: 1)
            return .reorderTask(id, by: 1)
        },
    ]
}
