import ClinicDomain
import Foundation

/// `:log [--user LOGIN] [--item ID] [--verb WORDS] [--from WHEN] [--until WHEN]` as typed: the filters of
/// `clinicdesk log`, with a bare ID (`log A-12`) meaning `--item`. A WHEN is an ISO-8601 instant or a date;
/// at the desk a date means that day's start on the practice's clock (`--until` exclusive), so
/// `log --from 2026-11-23 --until 2026-11-24` is the practice's Monday however far the server is from it.
struct AuditLogRequest: Equatable, Sendable {
    enum When: Equatable, Sendable {
        case instant(Date)
        case day(LocalDate)
    }

    var user: String?
    var item: String?
    var verb: String?
    var from: When?
    var until: When?

    static let usage = "usage: log [--user LOGIN] [--item ID] [--verb WORDS] [--from DATE] [--until DATE]"

    /// The words after `log`; an error names the word at fault.
    static func parse(_ words: [String], today: LocalDate) -> Result<AuditLogRequest, AuditLogRequestError> {
        var request = AuditLogRequest()
        var index = 0
        func value(of option: String) -> Result<String, AuditLogRequestError> {
            // --verb takes every word up to the next option: `--verb check in`.
            var taken: [String] = []
            while index < words.count, !words[index].hasPrefix("--") {
                taken.append(words[index])
                index += 1
                if option != "--verb" { break }
            }
            guard !taken.isEmpty else { return .failure(AuditLogRequestError("\(option) needs a value (\(usage))")) }
            return .success(taken.joined(separator: " "))
        }
        while index < words.count {
            let word = words[index]
            index += 1
            switch word.lowercased() {
            case "--user", "--item", "--verb", "--from", "--until":
                let text: String
                switch value(of: word.lowercased()) {
                case .success(let found): text = found
                case .failure(let error): return .failure(error)
                }
                switch word.lowercased() {
                case "--user": request.user = text
                case "--item": request.item = text.uppercased()
                case "--verb": request.verb = text
                case "--from", "--until":
                    guard let when = Self.when(text, today: today) else {
                        return .failure(
                            AuditLogRequestError("\(word) '\(text)' is not a date (YYYY-MM-DD, today) or an instant"))
                    }
                    if word.lowercased() == "--from" { request.from = when } else { request.until = when }
                default: break
                }
            default:
                guard !word.hasPrefix("--"), request.item == nil, word.contains("-") else {
                    return .failure(AuditLogRequestError("'\(word)' is not an option of log (\(usage))"))
                }
                request.item = word.uppercased()
            }
        }
        return .success(request)
    }

    private static func when(_ text: String, today: LocalDate) -> When? {
        switch text.lowercased() {
        case "today": return .day(today)
        case "yesterday": return .day(today.adding(days: -1))
        default: break
        }
        if let day = LocalDate(text) { return .day(day) }
        return ISO8601DateFormatter().date(from: text).map(When.instant)
    }

    /// The filter on `clock`: dates become their first instant in the practice's zone.
    func filter(clock: PracticeClock) -> AuditFilter {
        func instant(_ when: When?) -> Date? {
            switch when {
            case .instant(let date): date
            case .day(let day): clock.instant(day, TimeOfDay(hour: 0))
            case nil: nil
            }
        }
        return AuditFilter(user: user, item: item, verb: verb, from: instant(from), until: instant(until))
    }

    /// "ana · A-12" — the filters as the popup's title says them.
    var label: String {
        var parts: [String] = []
        if let user { parts.append(user) }
        if let item { parts.append(item) }
        if let verb { parts.append("“\(verb)”") }
        if let from { parts.append("from \(Self.text(from))") }
        if let until { parts.append("until \(Self.text(until))") }
        return parts.joined(separator: " · ")
    }

    private static func text(_ when: When) -> String {
        switch when {
        case .day(let day): day.description
        case .instant(let date): ISO8601DateFormatter().string(from: date)
        }
    }
}

struct AuditLogRequestError: Error, Equatable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
}
