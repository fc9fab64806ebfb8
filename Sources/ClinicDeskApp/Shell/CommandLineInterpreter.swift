import Foundation
import ClinicDomain

/// What a `:` line means. Domain commands go through the one command language (`CommandLanguage.parse`);
/// a few words only make sense inside the dashboard and are handled here, before the domain sees the line.
enum CommandLineInput: Equatable, Sendable {
    case domain(Command)
    case theme(String)
    case importERA(ERAImportRequest)
    case export(ExportLine)
    case goto(LocalDate)
    case quit
    case help
    case messages
    case lock
    case log(AuditLogRequest)
    /// `settings` or `set` alone: the practice's settings in a popup.
    case settings
    /// `set lock MINUTES`: this terminal's idle lock, for this session only (not journaled).
    case lockMinutes(Int)
    case nothing
    case error(String)
}

enum CommandLineInterpreter {
    /// The dashboard's own words, for `:help` and docs.
    static let appCommands: [(usage: String, summary: String)] = [
        ("theme NAME", "switch the colour theme (default, high-contrast, monochrome, …)"),
        (
            "import era FILE [--dry-run] [--skip-unmatched]",
            "read an 835 remittance, show the reconciliation, ask to post"
        ),
        (
            "export --format json|ics|csv --out FILE [--table T] [--provider S-2] [--from D] [--to D] [--full]",
            "write the practice to a file (0600), off the loop; ics is private unless --full (manager)"
        ),
        ("goto YYYY-MM-DD", "show another day (also: goto today)"),
        ("help", "the list of keys"),
        ("messages", "every message since the dashboard opened, with its time (also: mes)"),
        ("lock", "lock the screen until a PIN is typed (also F12)"),
        (
            "log [ID] [--user LOGIN] [--item ID] [--verb WORDS] [--from DATE] [--until DATE]",
            "the audit trail, newest first (dates on the practice's clock; --until exclusive)"
        ),
        ("settings", "the practice's settings (change one with set NAME VALUE; also: set)"),
        ("set lock MINUTES", "this terminal's idle lock, 1–60 minutes, until it closes (config.toml keeps one)"),
        ("q, quit", "leave ClinicDesk"),
    ]

    static func interpret(_ line: String, today: LocalDate, shownDay: LocalDate) -> CommandLineInput {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .nothing }
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch words[0].lowercased() {
        case "q", "quit", "q!", "quit!":
            return words.count == 1 ? .quit : .error("'\(words[0])' takes no arguments")
        case "help", "h":
            return .help
        case "messages", "mes":
            return words.count == 1 ? .messages : .error("'\(words[0])' takes no arguments")
        case "lock":
            return words.count == 1 ? .lock : .error("'\(words[0])' takes no arguments")
        case "log":
            switch AuditLogRequest.parse(Array(words.dropFirst()), today: today) {
            case .success(let request): return .log(request)
            case .failure(let error): return .error(error.text)
            }
        case _ where CommandLanguage.isSettingsQuery(trimmed):
            return .settings
        case "set" where words.count > 1 && words[1].lowercased() == "lock":
            guard words.count == 3, let minutes = Int(words[2]), (0...DeskConfig.maxLockMinutes).contains(minutes)
            else {
                return .error(
                    "usage: set lock MINUTES (1–\(DeskConfig.maxLockMinutes); config.toml's lock_minutes keeps it)")
            }
            return .lockMinutes(minutes)
        case "theme":
            guard words.count == 2 else { return .error("usage: theme NAME (e.g. theme high-contrast)") }
            return .theme(words[1])
        case "import":
            return importERA(Array(words.dropFirst()))
        case "export":
            switch ExportLine.parse(Array(words.dropFirst()), today: today) {
            case .success(let line): return .export(line)
            case .failure(let error): return .error(error.text)
            }
        case "goto", "go":
            guard words.count == 2 else { return .error("usage: goto YYYY-MM-DD (or goto today)") }
            if words[1].lowercased() == "today" { return .goto(today) }
            guard let day = LocalDate(words[1]) else {
                return .error("column \(trimmed.count - words[1].count + 1): '\(words[1])' is not a YYYY-MM-DD date")
            }
            return .goto(day)
        default:
            do {
                return .domain(try CommandLanguage.parse(trimmed, today: shownDay, practiceToday: today))
            } catch {
                return .error(error.description)
            }
        }
    }

    static let importUsage = "usage: import era FILE [--dry-run] [--skip-unmatched]"

    /// `import era FILE [--dry-run] [--skip-unmatched]`, the flags anywhere after `era`. The file is one word.
    private static func importERA(_ words: [String]) -> CommandLineInput {
        guard words.first?.lowercased() == "era" else { return .error(importUsage) }
        var request = ERAImportRequest(path: "")
        var files: [String] = []
        for word in words.dropFirst() {
            switch word {
            case "--dry-run": request.dryRun = true
            case "--skip-unmatched": request.skipUnmatched = true
            default:
                guard !word.hasPrefix("--") else {
                    return .error("'\(word)' is not an option of import (\(importUsage))")
                }
                files.append(word)
            }
        }
        guard files.count == 1 else { return .error(importUsage) }
        request.path = files[0]
        return .importERA(request)
    }
}
