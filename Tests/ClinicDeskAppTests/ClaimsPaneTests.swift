import ClinicDomain
import Foundation
import TerminalKit
import Testing
@testable import ClinicDeskApp
import TestSupport

/// The Claims pane as a biller's work queue: keys → PaneActions and commands, filters, the late-submit question.
@Suite("Claims pane")
struct ClaimsPaneTests {
    /// The busy desk with C-1 (a draft to Aetna, 90-day filing) dated 95 days back: 5 days past its deadline.
    static func lateDraft(_ change: (inout Claim) -> Void = { _ in }) -> Practice {
        var practice = Fixture.busyDesk()
        guard var claim = practice.claims[ClaimID(1)] else { return practice }
        claim.dateOfService = Fixture.today.adding(days: -95)
        change(&claim)
        practice.seed(claim: claim)
        return practice
    }

    static func context(_ practice: Practice = Fixture.busyDesk(), user: String = "Ana R.") -> PaneContext {
        PaneContext(
            practice: practice, now: Fixture.now, day: Fixture.today, theme: .builtInDefault, focused: true,
            user: user)
    }

    /// Moves the selection to `id` (the queue is ranked, so tests find their claim rather than count rows).
    static func select(_ id: ClaimID, in pane: inout ClaimsPane, _ context: PaneContext) {
        let ids = pane.rows(context).map(\.claim.id)
        pane.selection.select(ids.firstIndex(of: id) ?? 0, in: SelectableIDs(ids))
    }

    @Test func aLateSubmitNamesTheDeadlineAndYesSendsTheOverride() {
        let h = Harness(Self.lateDraft())
        h.press(.character("3"), .character("s")) // C-1 heads the queue: past its deadline
        #expect(h.statusLine.contains("C-1 is 5 days past Aetna's deadline 2026-11-18; submit anyway?  (y/n)"))
        h.press(.character("y"))
        let claim = h.source.practice.claims[ClaimID(1)]
        #expect(claim?.status == .submitted, "\(h.app.statusMessage ?? "")")
        #expect(claim?.filedLateAfter == LocalDate(year: 2026, month: 11, day: 18))
    }

    @Test func aLateSubmitTheEditsRefuseSaysWhyInsteadOfAsking() {
        let h = Harness(Self.lateDraft { $0.diagnoses = [] })
        h.press(.character("3"), .character("s"))
        #expect(h.app.statusIsError)
        #expect(h.statusArea.contains("C-1 cannot be submitted"))
        #expect(!h.statusArea.contains("(y/n)"))
        h.press(.character("y"))
        #expect(h.source.practice.claims[ClaimID(1)]?.status == .draft)
    }

    @Test func aSubmitInTimeRunsAtOnce() {
        var pane = ClaimsPane()
        let context = Self.context()
        Self.select(ClaimID(4), in: &pane, context) // ready, Medicare, 12 days old
        guard case .command(let command, let confirm) = pane.handle(.character("s"), context: context) else {
            Issue.record("submit should be a command")
            return
        }
        #expect(command == .submitClaim(ClaimID(4)))
        #expect(confirm == nil)
    }

    @Test func eachLifecycleKeyAnswersItsStep() {
        var pane = ClaimsPane()
        let context = Self.context()
        Self.select(ClaimID(1), in: &pane, context) // a draft
        guard case .command(.readyClaim(ClaimID(1)), nil) = pane.handle(.character("r"), context: context) else {
            Issue.record("r readies the draft")
            return
        }
        guard case .refusal(let why) = pane.handle(.character("p"), context: context) else {
            Issue.record("a draft cannot be paid: no prompt")
            return
        }
        #expect(why.contains("C-1"))
        Self.select(ClaimID(2), in: &pane, context) // submitted
        guard case .command(.acceptClaim(ClaimID(2)), nil) = pane.handle(.character("a"), context: context) else {
            Issue.record("a records the 277CA")
            return
        }
        guard case .prompt(let reject) = pane.handle(.character("R"), context: context) else {
            Issue.record("R prompts for the reason")
            return
        }
        #expect(reject == "claim reject C-2 --reason \"\"")
        guard case .prompt("claim deny C-2 CO-") = pane.handle(.character("d"), context: context) else {
            Issue.record("d prompts for the CARC")
            return
        }
        Self.select(ClaimID(6), in: &pane, context) // denied CO-50
        var prompts: [String] = []
        for key in ["A", "w", "n", "f"] {
            if case .prompt(let text) = pane.handle(.character(Character(key)), context: context) {
                prompts.append(text)
            }
        }
        #expect(
            prompts == [
                "claim appeal C-6", "claim writeoff C-6 --reason \"\"", "claim note C-6 \"\"",
                "claim followup C-6 2026-11-30",
            ])
        guard case .refusal = pane.handle(.character("d"), context: context) else {
            Issue.record("a denied claim is not denied again")
            return
        }
        guard case .command(.replaceClaim(ClaimID(6)), let replace?) = pane.handle(.character("c"), context: context)
        else {
            Issue.record("c replaces, after asking")
            return
        }
        #expect(replace.contains("corrected claim"))
        guard case .command(.voidClaim(ClaimID(6)), .some) = pane.handle(.character("V"), context: context) else {
            Issue.record("V voids, after asking")
            return
        }
    }

    @Test func aTimelyFilingAppealAsksForItsNote() {
        var practice = Fixture.busyDesk()
        if var claim = practice.claims[ClaimID(6)] {
            claim.denial = Denial(group: .CO, code: "29")
            practice.seed(claim: claim)
        }
        var pane = ClaimsPane()
        let context = Self.context(practice)
        Self.select(ClaimID(6), in: &pane, context)
        guard case .prompt(let text) = pane.handle(.character("A"), context: context) else {
            Issue.record("A prompts")
            return
        }
        #expect(text == "claim appeal C-6 --note \"\"")
    }

    @Test func theStatusPickerFiltersAndTheTitleSaysSo() {
        var pane = ClaimsPane()
        let context = Self.context()
        _ = pane.handle(.character("S"), context: context)
        #expect(pane.isEditing)
        for ch in "denied" { _ = pane.handle(.character(ch), context: context) }
        _ = pane.handle(.enter, context: context)
        #expect(!pane.isEditing)
        #expect(pane.rows(context).map(\.claim.id) == [ClaimID(6)])
        #expect(pane.headline(context).hasPrefix("[denied] · 1 of 7 open"))
        _ = pane.handle(.character("P"), context: context)
        for ch in "aetna" { _ = pane.handle(.character(ch), context: context) }
        _ = pane.handle(.enter, context: context)
        #expect(pane.rows(context).isEmpty, "no denied Aetna claim")
        #expect(pane.headline(context).hasPrefix("[denied · Aetna]"))
        guard case .message = pane.handle(.character("x"), context: context) else {
            Issue.record("x clears and says so")
            return
        }
        #expect(pane.rows(context).count == 7)
        #expect(!pane.headline(context).contains("["))
    }

    @Test func theAgingAndProviderPickersNarrowTheQueue() {
        var pane = ClaimsPane()
        let context = Self.context()
        _ = pane.handle(.character("B"), context: context)
        for ch in "120+" { _ = pane.handle(.character(ch), context: context) }
        _ = pane.handle(.enter, context: context)
        #expect(pane.rows(context).map(\.claim.id) == [ClaimID(5)]) // 130 days since service
        _ = pane.handle(.character("x"), context: context)
        _ = pane.handle(.character("D"), context: context)
        for ch in "patel" { _ = pane.handle(.character(ch), context: context) }
        _ = pane.handle(.enter, context: context)
        #expect(pane.rows(context).isEmpty, "every busy-desk claim is Dr. Lee's")
    }

    @Test func mineIsTheClaimsWhoseLastPersonIsTheUser() throws {
        var practice = Fixture.busyDesk()
        _ = try practice.execute(.noteClaim(ClaimID(2), "called Aetna, ref 4471"), actor: "ana", now: Fixture.now)
        var pane = ClaimsPane()
        let ana = Self.context(practice, user: "Ana")
        _ = pane.handle(.character("m"), context: ana)
        #expect(pane.rows(ana).map(\.claim.id) == [ClaimID(2)])
        #expect(pane.headline(ana).hasPrefix("[mine]"))
        var bens = ClaimsPane()
        let ben = Self.context(practice, user: "ben")
        _ = bens.handle(.character("m"), context: ben)
        #expect(bens.rows(ben).count == 6, "the rest were last worked by ben")
        _ = bens.handle(.character("m"), context: ben)
        #expect(bens.rows(ben).count == 7)
    }

    @Test func theUnbilledViewListsVisitsAndSendsBillingToFlow() {
        var pane = ClaimsPane()
        let context = Self.context(Fixture.smallDemo)
        _ = pane.handle(.character("b"), context: context)
        #expect(pane.headline(context).hasPrefix("[unbilled visits]"))
        let visits = context.practice.unbilledVisits(today: context.today)
        if let first = visits.first {
            guard case .message(let text) = pane.handle(.character("s"), context: context) else {
                Issue.record("a visit has no claim to submit")
                return
            }
            #expect(text.contains("\(first.appointment) has no claim yet"))
        }
        _ = pane.handle(.character("b"), context: context)
        #expect(!pane.headline(context).contains("unbilled visits"))
    }

    @Test func theHeaderDropsTheLeastImportantFiguresFirst() {
        var metrics = BillingMetrics()
        metrics.insuranceAR = Cents(1_234_567_00)
        metrics.patientAR = Cents(45_678_00)
        metrics.daysInAR = 38.4
        metrics.collectedThisMonth = Cents(98_765_00)
        metrics.netCollectionRate = 0.962
        metrics.denialRate = 0.081
        metrics.denialRateByDollars = 0.11
        metrics.unbilledVisits = 12
        metrics.oldestUnbilledDays = 9
        let header = ClaimHeader(metrics, monthName: "Nov")
        #expect(header.fitted(width: 88, lines: 2).flatMap { $0 }.count == header.parts.count, "all at 160")
        let narrow = header.fitted(width: 76, lines: 1).flatMap { $0 }.map(\.text)
        #expect(narrow.first == "A/R $1,234,567")
        #expect(narrow.contains("38 days in A/R"))
        #expect(!narrow.contains { $0.hasPrefix("collected") }, "the month's total goes first")
    }

    @Test func theDetailShowsTheClaimAsABillerReadsIt() {
        var pane = ClaimsPane()
        let context = Self.context()
        Self.select(ClaimID(6), in: &pane, context)
        guard case .detail(let title, let lines) = pane.handle(.enter, context: context) else {
            Issue.record("Enter opens the detail")
            return
        }
        let text = lines.joined(separator: "\n")
        #expect(title.hasPrefix("C-6 ·"))
        #expect(text.contains("NPI 1234567893"))
        #expect(text.contains("11 Office"))
        #expect(text.contains("E11.9"))
        #expect(text.contains("Type 2 diabetes mellitus"))
        #expect(text.contains("CO-50"))
        #expect(text.contains("appeal with the documentation"))
        #expect(text.contains("deadline 2027-10-29"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 72 })
    }
}
