import ClinicDomain
import Foundation

/// Tab on the `:` line, as a pure function of the line and the practice: the word under the cursor (the last
/// one) is completed from the command language's own table (`CommandLanguage.syntax`: nouns, their verbs and
/// the `--options` of a verb's usage, plus the dashboard's words in `CommandLineInterpreter.appCommands`) or,
/// when it starts like an ID (A-, P-, S-, C-, T-), from the current practice's rows.
enum CommandCompletion {
    struct Result: Equatable, Sendable {
        /// The line with the word completed as far as every candidate agrees (a space after a unique one).
        var line: String
        /// Every candidate for the word, sorted; more than one means the line could not decide.
        var candidates: [String]
    }

    /// The most IDs offered for one prefix: a list above the line, not the whole practice.
    static let idLimit = 40

    static func complete(_ line: String, practice: Practice) -> Result {
        let endsWithSpace = line.isEmpty || line.last == " "
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let partial = endsWithSpace ? "" : words.removeLast()
        let candidates = candidates(for: partial, after: words, practice: practice)
        guard !candidates.isEmpty else { return Result(line: line, candidates: []) }
        let head = String(line.dropLast(partial.count))
        if candidates.count == 1 { return Result(line: head + candidates[0] + " ", candidates: candidates) }
        let common = commonPrefix(candidates)
        return Result(line: head + (common.count > partial.count ? common : partial), candidates: candidates)
    }

    /// Candidates for `partial` given the words before it.
    static func candidates(for partial: String, after words: [String], practice: Practice) -> [String] {
        let lower = partial.lowercased()
        if let kind = idKind(of: partial) { return ids(kind, prefix: partial.uppercased(), practice: practice) }
        let grammar = Grammar.standard
        switch words.count {
        case 0:
            return grammar.nouns.filter { $0.hasPrefix(lower) }
        case 1:
            return (grammar.verbs[words[0].lowercased()] ?? []).filter { $0.hasPrefix(lower) }
        default:
            guard partial.hasPrefix("-") else { return [] }
            let key = words[0].lowercased() + " " + words[1].lowercased()
            return (grammar.options[key] ?? []).filter { $0.hasPrefix(lower) }
        }
    }

    /// What the syntax table says, read once: nouns, verbs per noun, options per "noun verb".
    struct Grammar: Sendable {
        let nouns: [String]
        let verbs: [String: [String]]
        let options: [String: [String]]

        static let standard: Grammar = {
            var verbs: [String: Set<String>] = [:]
            var options: [String: Set<String>] = [:]
            var nouns: Set<String> = []
            let usages = CommandLanguage.syntax.map(\.usage) + CommandLineInterpreter.appCommands.map(\.usage)
            for usage in usages {
                let words = usage.split(separator: " ").map(String.init)
                guard let noun = words.first, noun.allSatisfy({ $0.isLetter }) else { continue }
                nouns.insert(noun)
                guard words.count > 1, words[1].allSatisfy({ $0.isLetter || $0 == "-" }), words[1] != "--" else {
                    continue
                }
                let verb = words[1]
                guard verb.first?.isLowercase == true else { continue }
                verbs[noun, default: []].insert(verb)
                for option in Grammar.options(in: usage) { options[noun + " " + verb, default: []].insert(option) }
            }
            // The dashboard's two one-word quits are listed as "q, quit".
            nouns.remove("q,")
            return Grammar(
                nouns: nouns.sorted(), verbs: verbs.mapValues { $0.sorted() },
                options: options.mapValues { $0.sorted() })
        }()

        /// `--reason`, `--at` … as a usage line spells them.
        static func options(in usage: String) -> [String] {
            var found: [String] = []
            var rest = Substring(usage)
            while let start = rest.range(of: "--") {
                let tail = rest[start.lowerBound...]
                let option = tail.prefix { $0 == "-" || $0.isLetter || $0.isNumber }
                if option.count > 2 { found.append(String(option)) }
                rest = tail.dropFirst(max(2, option.count))
            }
            return found
        }
    }

    enum IDKind { case appointment, patient, staff, claim, task }

    static func idKind(of word: String) -> IDKind? {
        guard word.count >= 2, word.dropFirst().first == "-" else { return nil }
        switch word.first?.uppercased() {
        case "A": return .appointment
        case "P": return .patient
        case "S": return .staff
        case "C": return .claim
        case "T": return .task
        default: return nil
        }
    }

    /// The practice's IDs of a kind that start with `prefix`, lowest number first, at most `idLimit`.
    static func ids(_ kind: IDKind, prefix: String, practice: Practice) -> [String] {
        let all: [String]
        switch kind {
        case .appointment: all = practice.appointments.values.map(\.id.description)
        case .patient: all = practice.patients.values.map(\.id.description)
        case .staff: all = practice.staff.values.map(\.id.description)
        case .claim: all = practice.claims.values.map(\.id.description)
        case .task: all = practice.tasks.values.map(\.id.description)
        }
        let matching = all.filter { $0.hasPrefix(prefix) }
        let sorted = matching.sorted { ($0.count, $0) < ($1.count, $1) }
        return Array(sorted.prefix(idLimit))
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
