import Foundation

/// A read-only verb of the command language: it changes nothing, so it has no `Command`, no event and no audit
/// entry; `clinicdesk exec` prints its answer, one line per result (`Practice.answer`).
public enum CommandQuery: Sendable, Equatable {
    /// `task find TEXT [--archived]`: cards whose title, notes, checklist or labels hold every word.
    case findTasks(text: String, archived: Bool)
    /// `task linked C-22`: the cards linking to an item.
    case tasksLinked(to: ItemLink)
    /// `duty list`: the recurring duties, each with its rule and next day.
    case duties
}

extension CommandLanguage {
    public struct QuerySyntax: Sendable {
        public let usage: String
        public let summary: String
        let flags: Set<String>
        let build: @Sendable (inout CommandArguments) throws(CommandParseError) -> CommandQuery
        var noun: String { String(usage.split(separator: " ")[0]) }
        var verb: String { String(usage.split(separator: " ")[1]) }
    }

    public static let querySyntax: [QuerySyntax] = [
        QuerySyntax(
            usage: "task find \"gloves\" [--archived]",
            summary:
                "list cards whose text holds every word (ignoring case and accents); --archived also old done ones",
            flags: ["archived"]
        ) { (args: inout CommandArguments) throws(CommandParseError) in
            let text = try CommandArguments.text(try args.word(0, "the text to find, in quotes"), .taskTitle)
            let archived = args.flag("archived")
            try args.finish(positionalCount: 1)
            return .findTasks(text: text, archived: archived)
        },
        QuerySyntax(usage: "task linked C-22", summary: "list the cards linking to an item", flags: []) {
            (args: inout CommandArguments) throws(CommandParseError) in
            let link = try itemLink(try args.word(0, "an item ID"))
            try args.finish(positionalCount: 1)
            return .tasksLinked(to: link)
        },
        QuerySyntax(usage: "duty list", summary: "the recurring duties: rule, time, owner and next day", flags: []) {
            (args: inout CommandArguments) throws(CommandParseError) in
            try args.finish(positionalCount: 0)
            return .duties
        },
    ]

    /// The query a line asks, or nil when its noun and verb are not a query's (then it is a change: `parse`).
    public static func query(_ line: String) throws(CommandParseError) -> CommandQuery? {
        let words = try CommandTokenizer.words(line)
        guard words.count >= 2 else { return nil }
        let noun = words[0].text.lowercased(), verb = words[1].text.lowercased()
        guard let entry = querySyntax.first(where: { $0.noun == noun && $0.verb == verb }) else { return nil }
        var arguments = try CommandArguments(
            words.dropFirst(2), flags: entry.flags, usage: entry.usage, endColumn: line.count + 1)
        return try entry.build(&arguments)
    }
}

extension Practice {
    /// A query's answer, one line per result, in ID order (raw text: the caller sanitizes for the terminal).
    public func answer(_ query: CommandQuery, now: Date) -> [String] {
        switch query {
        case .findTasks(let text, let archived):
            return findTasks(text, archived: archived, now: now).map { cardLine($0, now: now) }
        case .tasksLinked(let link):
            return cards(linkedTo: link).map { cardLine($0, now: now) }
        case .duties:
            return dutyLines(now: now)
        }
    }

    /// `T-17 Doing "Call payer" owner S-4 due 2026-11-24 16:30 overdue high [billing, IT] 3/5 links C-22
    /// (missing P-404) archived`
    public func cardLine(_ card: TaskCard, now: Date) -> String {
        var parts = ["\(card.id)", card.column.label, "\"\(card.title)\""]
        if let owner = card.owner { parts.append("owner \(owner)") }
        if let due = card.due { parts.append("due \(due)" + (card.dueTime.map { " \($0)" } ?? "")) }
        if card.isOverdue(now: now, clock: clock) { parts.append("overdue") }
        if card.priority != .normal { parts.append(card.priority.rawValue) }
        if !card.labels.isEmpty { parts.append("[" + card.labels.joined(separator: ", ") + "]") }
        if let progress = card.checklistProgress { parts.append(progress) }
        if !card.links.isEmpty {
            let missing = missingLinks(of: card)
            parts.append(
                "links " + card.links.map(\.description).joined(separator: ", ")
                    + (missing.isEmpty ? "" : " (missing " + missing.map(\.description).joined(separator: ", ") + ")"))
        }
        if isArchived(card, now: now) { parts.append("archived") }
        return parts.joined(separator: " ")
    }
}
