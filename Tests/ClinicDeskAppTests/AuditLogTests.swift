@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import Testing
import TestSupport

@Suite("The dashboard's :log")
struct AuditLogTests {
    private let today = LocalDate(year: 2026, month: 11, day: 23)

    private func parse(_ line: String) -> Result<AuditLogRequest, AuditLogRequestError> {
        AuditLogRequest.parse(line.split(separator: " ").map(String.init), today: today)
    }

    @Test func parsesEveryFilterAndABareItem() throws {
        let request = try parse("--user ana --verb check in --from 2026-11-20 --until today A-12").get()
        #expect(request.user == "ana")
        #expect(request.verb == "check in")
        #expect(request.from == .day(LocalDate(year: 2026, month: 11, day: 20)))
        #expect(request.until == .day(today))
        #expect(request.item == "A-12")
    }

    @Test func badWordsAreRefusedNamingTheWord() {
        guard case .failure(let error) = parse("--from soon") else { Issue.record("accepted"); return }
        #expect(error.text.contains("--from 'soon'"))
        guard case .failure(let other) = parse("--colour red") else { Issue.record("accepted"); return }
        #expect(other.text.contains("'--colour' is not an option of log"))
        guard case .failure(let missing) = parse("--user") else { Issue.record("accepted"); return }
        #expect(missing.text.contains("--user needs a value"))
    }

    @Test func datesAreDaysOnThePracticeClock() throws {
        let clock = PracticeClock(timeZone: TimeZone(identifier: "America/New_York")!)
        let filter = try parse("--from 2026-11-23").get().filter(clock: clock)
        // Midnight in New York is 05:00 UTC in November.
        #expect(filter.from == ISO8601DateFormatter().date(from: "2026-11-23T05:00:00Z"))
    }

    @Test func thePageKeepsTheNewestMatchesAndCountsThemAll() {
        var page = AuditPage(filter: AuditFilter(user: "ana"), limit: 3)
        for seq in 1...10 {
            page.offer(
                Event(
                    seq: UInt64(seq), at: Fixture.now, actor: seq.isMultiple(of: 2) ? "ana" : "ben",
                    change: .paperworkCompleted(PatientID(seq))))
        }
        #expect(page.matched == 5)
        #expect(page.newestFirst.map(\.seq) == [10, 8, 6])
    }

    @Test func logShowsTheChangesNewestFirstWithWhoAndWhat() {
        let h = Harness(size: Size(width: 160, height: 48))
        h.press(.character(":"))
        h.type("task add \"Order gloves\"")
        h.press(.enter)
        _ = try? h.source.execute(.addTask(NewTask(title: "Ben's")), actor: "ben", now: Fixture.now)
        h.press(.character(":"))
        h.type("log --user ben")
        h.press(.enter)
        h.app.waitForAuditLog()
        let screen = h.text
        #expect(screen.contains("Log: 1 change · ben"))
        #expect(screen.contains("ben"))
        #expect(screen.contains("add task T-"))
    }

    @Test func aBadLogLineIsAnInlineErrorAndReadsNothing() {
        let h = Harness(size: Size(width: 160, height: 48))
        h.press(.character(":"))
        h.type("log --from soon")
        let screen = h.press(.enter)
        #expect(screen.text.contains("--from 'soon'"))
        #expect(!screen.text.contains("Log:"))
    }
}
