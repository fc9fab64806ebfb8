/// Recurring duties (`duty add|remove`) and putting the due ones on the board (`task generate`). `duty list` is a
/// query (`CommandQuery.duties`): it changes nothing.
extension CommandLanguage {
    static let dutySyntax: [Syntax] = [
        Syntax(
            usage:
                "duty add \"Opening checklist\" --rule weekdays [--time 08:00] [--owner S-3] [--label facilities] "
                + "[--priority high|normal|low] [--lead 0] [--check \"Unlock doors\"]",
            summary:
                "a duty done on a schedule (daily, weekdays, weekly fri, monthly 15|last, quarterly 1-15, "
                + "yearly 02-29): each day it falls due, one card",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let title = try CommandArguments.text(try args.word(0, "a title in quotes"), .taskTitle)
            guard let ruleWord = args.option("rule") else {
                throw CommandParseError("duty add needs --rule (\(DutyRule.usage))", column: 1)
            }
            let rule: DutyRule
            switch DutyRule.parse(ruleWord.text) {
            case .success(let parsed): rule = parsed
            case .failure(let error): throw CommandParseError("--rule: \(error.description)", column: ruleWord.column)
            }
            let time = try args.option("time").map { (w: CommandWord) throws(CommandParseError) in
                guard let time = TimeOfDay(w.text) else {
                    throw CommandParseError("--time: '\(w.text)' is not a time (HH:MM)", column: w.column)
                }
                return time
            }
            let owner = try args.optionID("owner", Staff.self, "a staff ID")
            var labels: [String] = []
            for w in args.all("label") { labels.append(try CommandArguments.text(w, .taskLabel)) }
            let priority =
                try args.option("priority").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.choice(w, TaskPriority.self, "a priority", TaskPriority.allCases)
                } ?? .normal
            let lead =
                try args.option("lead").map { (w: CommandWord) throws(CommandParseError) in
                    guard let days = Int(w.text), (0...31).contains(days) else {
                        throw CommandParseError("--lead: '\(w.text)' must be 0–31 days", column: w.column)
                    }
                    return days
                } ?? 0
            var checklist: [String] = []
            for w in args.all("check") { checklist.append(try CommandArguments.text(w, .checklistItem)) }
            try args.finish(positionalCount: 1)
            return .addDuty(
                RecurringDuty(
                    id: 0, title: title, rule: rule, time: time, owner: owner, labels: labels, priority: priority,
                    checklist: checklist, leadDays: lead))
        },
        Syntax(usage: "duty remove D-3", summary: "stop a recurring duty (its cards stay)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let word = try args.word(0, "a duty (D-3)")
            let upper = word.text.uppercased()
            guard upper.hasPrefix("D-"), let number = Int(upper.dropFirst(2)), number > 0 else {
                throw CommandParseError("'\(word.text)' is not a duty (like D-3)", column: word.column)
            }
            try args.finish(positionalCount: 1)
            return .removeDuty(number)
        },
        Syntax(
            usage: "task generate",
            summary: "put every recurring duty due today on the board (the dashboard does it by itself)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            try args.finish(positionalCount: 0)
            return .generateDuties
        },
    ]
}
