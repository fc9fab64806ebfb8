import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

@testable import ClinicDeskApp

/// `:import era FILE [--dry-run]`: read off the loop, the reconciliation shown, a question before anything is
/// posted, and a malformed file's error (segment number and ID) with nothing posted.
@Suite struct ERAImportTests {
    static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "edi", subdirectory: "Fixtures/835")).path
    }

    /// The practice the fixture's remittance pays: claim C-2048, submitted, $180.00 billed.
    static func harness() -> Harness {
        var practice = Fixture.staffedWeek()
        practice.seed(claim: Fixture.claim(2048, dos: LocalDate(year: 2026, month: 3, day: 2), charge: 18000))
        return Harness(practice, size: Size(width: 160, height: 48))
    }

    static func run(_ line: String, in harness: Harness) {
        harness.press(.character(":"))
        harness.type(line)
        harness.press(.enter)
        harness.app.waitForImports()
    }

    @Test func theReconciliationIsShownThenPostedOnYes() throws {
        let harness = Self.harness()
        Self.run("import era \(try Self.fixture("full-payment"))", in: harness)
        #expect(harness.statusLine.contains("Post 1 claim from full-payment.edi?  (y/n)"))
        let screen = harness.text
        #expect(screen.contains("ERA full-payment.edi"))
        #expect(screen.contains("C-2048 CLP02 1 charge $180.00 paid $180.00"))
        #expect(harness.source.practice.claims[ClaimID(2048)]?.status == .submitted)
        harness.press(.character("y"))
        #expect(harness.source.practice.claims[ClaimID(2048)]?.status == .paid)
        #expect(harness.app.statusMessage?.contains("post 1 remittance") == true)
    }

    @Test func anyOtherAnswerPostsNothing() throws {
        let harness = Self.harness()
        Self.run("import era \(try Self.fixture("full-payment"))", in: harness)
        harness.press(.character("j")) // scrolls the report, still asking
        #expect(harness.statusLine.contains("(y/n)"))
        harness.press(.character("n"))
        #expect(harness.source.practice.claims[ClaimID(2048)]?.status == .submitted)
        #expect(harness.app.statusMessage == "Cancelled.")
    }

    @Test func aDryRunShowsTheReconciliationAndAsksNothing() throws {
        let harness = Self.harness()
        let seq = harness.source.practice.lastSeq
        Self.run("import era \(try Self.fixture("full-payment")) --dry-run", in: harness)
        #expect(harness.app.statusMessage == "full-payment.edi: 1 claim reconciled (dry run, nothing posted).")
        #expect(harness.text.contains("dry run: nothing posted"))
        harness.press(.character("y"))
        #expect(harness.source.practice.lastSeq == seq)
    }

    @Test func aBadFileShowsTheParsersErrorAndPostsNothing() throws {
        let harness = Self.harness()
        let seq = harness.source.practice.lastSeq
        Self.run("import era \(try Self.fixture("broken-se-count"))", in: harness)
        #expect(
            harness.app.statusMessage
                == "Not imported: broken-se-count.edi: segment 33 (SE): SE01 says 30 segments, the set has 31; "
                + "nothing posted.")
        #expect(harness.app.statusIsError)
        harness.press(.character("y"))
        #expect(harness.source.practice.lastSeq == seq)
    }

    @Test func theCommandLineReadsTheFlags() {
        let today = Fixture.today
        #expect(
            CommandLineInterpreter.interpret("import era a.edi --dry-run", today: today, shownDay: today)
                == .importERA(ERAImportRequest(path: "a.edi", dryRun: true)))
        #expect(
            CommandLineInterpreter.interpret("import era --skip-unmatched a.edi", today: today, shownDay: today)
                == .importERA(ERAImportRequest(path: "a.edi", skipUnmatched: true)))
        #expect(
            CommandLineInterpreter.interpret("import era", today: today, shownDay: today)
                == .error(CommandLineInterpreter.importUsage))
        #expect(
            CommandLineInterpreter.interpret("import csv a.edi", today: today, shownDay: today)
                == .error(CommandLineInterpreter.importUsage))
    }
}
