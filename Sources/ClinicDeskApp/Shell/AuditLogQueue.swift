import ClinicDomain
import Foundation
import TerminalKit

/// Where `:log` runs: the journal is walked off the loop (`BackgroundResults`) — a year of a busy practice is
/// hundreds of thousands of events — keeping only the newest page of matches; the loop shows it as a popup.
final class AuditLogQueue: Sendable {
    struct Finished: Sendable {
        let request: AuditLogRequest
        let page: Result<AuditPage, AuditLogReadError>
    }

    private let results = BackgroundResults<Finished>(label: "clinicdesk.audit-log")

    /// Matches the popup keeps; `clinicdesk log` prints them all.
    static let pageSize = 500

    func start(_ request: AuditLogRequest, reader: AuditTrailReader, clock: PracticeClock) {
        let filter = request.filter(clock: clock)
        results.start {
            var page = AuditPage(filter: filter, limit: Self.pageSize)
            do {
                try reader.walk(&page)
                return Finished(request: request, page: .success(page))
            } catch {
                return Finished(request: request, page: .failure(AuditLogReadError(text: String(describing: error))))
            }
        }
    }

    var isBusy: Bool { results.isBusy }
    func drain() -> [Finished] { results.drain() }
    func waitUntilIdle(timeout: Duration = .seconds(10)) { results.waitUntilIdle(timeout: timeout) }
}

struct AuditLogReadError: Error, Sendable {
    let text: String
}

/// How a finished `:log` reads on screen: one line per change, newest first — seq, when on the practice's
/// clock, who, and the undo log's few words (IDs, never a patient's name).
enum AuditLogPresentation {
    static func popup(_ finished: AuditLogQueue.Finished, clock: PracticeClock, today: LocalDate) -> DetailPopup? {
        guard case .success(let page) = finished.page else { return nil }
        let events = page.newestFirst
        let filters = finished.request.label
        let shown = page.matched > events.count ? "newest \(events.count) of \(page.matched)" : "\(page.matched)"
        let title = "Log: \(shown) change\(page.matched == 1 ? "" : "s")" + (filters.isEmpty ? "" : " · \(filters)")
        guard !events.isEmpty else {
            return DetailPopup(title: title, lines: ["No change matches."], width: 60)
        }
        let seqWidth = String(events.first?.seq ?? 0).count
        let lines = events.map { event -> String in
            let day = clock.day(of: event.at)
            let time = clock.timeOfDay(of: event.at).hhmm
            let when = day == today ? "       \(time)" : "\(day.shortLabel) \(time)"
            let seq = String(repeating: " ", count: max(0, seqWidth - String(event.seq).count)) + "\(event.seq)"
            return Sanitizer.clean("\(seq)  \(when)  \(DisplayWidth.pad(event.actor, to: 10))  ")
                + Sanitizer.clean(Practice.phrase(event.change))
        }
        return DetailPopup(title: title, lines: lines, width: 96)
    }

    static func message(_ finished: AuditLogQueue.Finished) -> StatusMessage {
        switch finished.page {
        case .success(let page):
            return .info(
                page.matched == 0
                    ? "No change matches." : page.matched == 1 ? "1 change matches." : "\(page.matched) changes match.")
        case .failure(let error):
            return .error("Could not read the log: \(error.text)")
        }
    }
}
