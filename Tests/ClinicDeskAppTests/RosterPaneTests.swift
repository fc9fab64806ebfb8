@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import Testing
import TestSupport

/// The Roster pane's keys → PaneActions and commands, the impact rows and the front-desk line.
@Suite("Roster pane")
struct RosterPaneTests {
    typealias Morning = Fixture.FlowMorning

    @Test func theFrontDeskLineNamesWhoIsThereAndSaysNobodyInTheCriticalStyle() throws {
        let practice = try RosterStates.sickMorning()
        // 10:42: Ana is on her 10:30 break and nobody else is at the desk.
        let onBreak = RosterStates.context(practice).roster.frontDesk
        #expect(onBreak.text == "Front desk now: NOBODY · Ana R. (on break)")
        #expect(onBreak.slot == .alertCritical)
        let back = RosterStates.context(practice, now: Fixture.at(11, 5)).roster.frontDesk
        #expect(back.text == "Front desk now: Ana R.")
        let evening = RosterStates.context(practice, now: Fixture.at(19, 0)).roster.frontDesk
        #expect(evening.slot == .textDim)
    }

    @Test func aSickCallAsksThenShowsTheVisitsToMoveWithTheirSlots() throws {
        var practice = Morning.practice()
        let context = RosterStates.context(practice, now: Fixture.at(10, 40))
        var pane = RosterPane()
        RosterStates.select(Morning.drPatel, in: &pane, context)
        guard case .command(let sick, let confirm?) = pane.handle(.character("s"), context: context) else {
            Issue.record("s asks before recording a sick call")
            return
        }
        #expect(sick == .callInSick(Morning.drPatel, day: Fixture.today))
        #expect(confirm.contains("Dr Patel (S-2)"))
        #expect(pane.impact?.staff == Morning.drPatel)
        try practice.run(sick, at: Fixture.at(10, 40))
        let after = RosterStates.context(practice, now: Fixture.at(10, 42))
        let impact = pane.impactFigures(try #require(pane.impact), after)
        let expected = practice.absenceImpact(of: Morning.drPatel, on: [Fixture.today], now: Fixture.at(10, 42))
        #expect(!expected.visits.isEmpty)
        let rows = impact.items.compactMap { item -> AppointmentID? in
            if case .visit(let visit, _)? = item.action { return visit.id }
            return nil
        }
        #expect(rows == expected.visits.map(\.appointment.id))
        // m moves the first visit to its suggested slot, asking first.
        guard case .command(let move, let question?) = pane.handle(.character("m"), context: after),
            case .moveAppointment(let id, let day, let start, let provider, false) = move,
            let suggestion = expected.visits.first?.suggestion
        else {
            Issue.record("m moves the visit")
            return
        }
        #expect(id == expected.visits.first?.appointment.id)
        #expect(day == suggestion.day && start == suggestion.start && provider == suggestion.provider)
        #expect(question.hasPrefix("Move \(id) "))
        try practice.run(move, at: Fixture.at(10, 42))
        // The row stays, done; the next visit is still to move, and p makes its call task.
        let moved = RosterStates.context(practice)
        let figures = pane.impactFigures(try #require(pane.impact), moved)
        #expect(figures.items.contains { $0.id == id.description && $0.text.contains("✓ moved to") })
        _ = pane.handle(.character("j"), context: moved)
        guard case .command(.addTask(let task), nil) = pane.handle(.character("p"), context: moved) else {
            Issue.record("p adds a call-patient task")
            return
        }
        #expect(task.title.hasPrefix("Call ") && task.title.hasSuffix("(Dr Patel out sick)"))
        #expect(task.column == .today && task.priority == .high && task.labels == ["patients"])
        #expect(task.due == Fixture.today)
        _ = pane.handle(.escape, context: moved)
        #expect(pane.impact == nil)
    }

    @Test func aReceptionistsGapOffersWhoCouldCoverAndAddsTheirShift() throws {
        var practice = Fixture.staffedWeek()
        let context = RosterStates.context(practice, now: Fixture.at(7, 0))
        var pane = RosterPane()
        RosterStates.select(Fixture.ana, in: &pane, context)
        guard case .command(let sick, _) = pane.handle(.character("s"), context: context) else {
            Issue.record("s is a sick call")
            return
        }
        try practice.run(sick, at: Fixture.at(7, 0))
        let after = RosterStates.context(practice, now: Fixture.at(7, 1))
        let figures = pane.impactFigures(try #require(pane.impact), after)
        let cover = try #require(figures.items.first { if case .cover? = $0.action { true } else { false } })
        #expect(cover.text.contains("Joe M."))
        pane.impactSelection.select(figures.ids.position(of: try #require(cover.id)) ?? 0, in: figures.ids)
        guard case .command(let add, let confirm?) = pane.handle(.character("a"), context: after) else {
            Issue.record("a adds the cover shift")
            return
        }
        #expect(
            add
                == .addShift(
                    Fixture.joe, day: Fixture.today, start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 17),
                    role: .receptionist, breakAt: nil))
        #expect(confirm.contains("Joe M."))
        try practice.run(add, at: Fixture.at(7, 2))
        let covered = pane.impactFigures(
            try #require(pane.impact), RosterStates.context(practice, now: Fixture.at(7, 3)))
        #expect(covered.items.contains { $0.text.hasPrefix("✓ front desk") })
    }

    @Test func approvingARequestNamesItsConflictsAndOverridesThem() throws {
        let practice = try RosterStates.pendingRequests()
        let context = RosterStates.context(practice)
        var pane = RosterPane()
        let ids = context.roster.ids
        pane.selection.select(ids.position(of: "R-1") ?? 0, in: ids)
        guard case .command(let approve, let confirm?) = pane.handle(.character("y"), context: context) else {
            Issue.record("y approves, asking first")
            return
        }
        #expect(approve == .approveTimeOff(TimeOffID(1), override: true))
        #expect(confirm == "Approving R-1 creates 1 conflict: 2 booked visits with Dr Patel to move. Approve anyway?")
        guard case .prompt(let deny) = pane.handle(.character("n"), context: context) else {
            Issue.record("n prompts for a reason")
            return
        }
        #expect(deny == "pto deny R-1 --reason \"")
        // A request without conflicts asks plainly and does not override.
        var quiet = Fixture.staffedWeek()
        try quiet.run(
            .requestTimeOff(
                Fixture.joe, from: Fixture.today.adding(days: 14), through: Fixture.today.adding(days: 14), note: ""))
        let quietContext = RosterStates.context(quiet)
        let quietIDs = quietContext.roster.ids
        pane.selection.select(quietIDs.position(of: "R-1") ?? 0, in: quietIDs)
        guard case .command(.approveTimeOff(_, false), let plain?) = pane.handle(.character("y"), context: quietContext)
        else {
            Issue.record("no conflicts: a plain approval")
            return
        }
        #expect(plain.hasPrefix("Approve R-1: Joe M."))
    }

    @Test func personKeysPromptOrAskAsTheCommandsNeed() {
        let context = RosterStates.context(Fixture.staffedWeek())
        var pane = RosterPane()
        RosterStates.select(Fixture.ana, in: &pane, context)
        var prompts: [String] = []
        for key in ["o", "a", "E", "r", "A"] {
            if case .prompt(let text) = pane.handle(.character(Character(key)), context: context) {
                prompts.append(text)
            }
        }
        #expect(
            prompts == [
                "pto request S-3 2026-11-24 2026-11-24 --type vacation --note \"\"",
                "shift add S-3 2026-11-23 08:00 17:00", "staff edit S-3 ", "credential set S-3 licence --expires ",
                "staff add --given  --family  --role ",
            ])
        guard case .command(.clock(Fixture.ana, .clockIn), nil) = pane.handle(.character("i"), context: context),
            case .command(.clock(Fixture.ana, .breakStart), nil) = pane.handle(.character("b"), context: context),
            case .command(.clock(Fixture.ana, .clockOut), nil) = pane.handle(.character("O"), context: context),
            case .command(.setStaffActive(Fixture.ana, active: false), _?) = pane.handle(
                .character("D"), context: context),
            case .command(.removeShift, _?) = pane.handle(.character("d"), context: context)
        else {
            Issue.record("clock, deactivate and remove")
            return
        }
    }

    @Test func theWeekGridMovesDaysAndWeeksFillsCopiesAndSwaps() throws {
        let practice = try RosterStates.plannedWeek()
        let context = RosterStates.context(practice)
        var pane = RosterPane()
        _ = pane.handle(.character("w"), context: context)
        guard case .showDay(let next) = pane.handle(.right, context: context),
            case .showDay(let week) = pane.handle(.character("}"), context: context)
        else {
            Issue.record("→ and } move the day shown")
            return
        }
        #expect(next == Fixture.today.adding(days: 1) && week == Fixture.today.adding(days: 7))
        // Copy last week: nothing there. Copy this week onto the next: from next week's view.
        if case .command = pane.handle(.character("C"), context: context) { Issue.record("last week is empty") }
        let nextWeek = RosterStates.context(practice, day: Fixture.today.adding(days: 7))
        guard case .command(.copyWeek(let from, let to, nil), _?) = pane.handle(.character("C"), context: nextWeek)
        else {
            Issue.record("C copies last week")
            return
        }
        #expect(from == Fixture.today && to == Fixture.today.adding(days: 7))
        // Swap: x on Dr Lee's Monday, then on Dr Patel's.
        let ids = pane.weekFigures(context).ids
        pane.weekSelection.select(ids.position(of: Fixture.drLee.description) ?? 0, in: ids)
        guard case .message = pane.handle(.character("x"), context: context) else {
            Issue.record("the first x marks")
            return
        }
        pane.weekSelection.select(ids.position(of: Fixture.drPatel.description) ?? 0, in: ids)
        guard case .command(.swapShifts(let a, let b), _?) = pane.handle(.character("x"), context: context) else {
            Issue.record("the second x swaps")
            return
        }
        #expect(practice.shifts[a]?.staff == Fixture.drLee && practice.shifts[b]?.staff == Fixture.drPatel)
    }

    @Test func theRosterViewsAreComputedOncePerState() throws {
        let cache = DerivedViewCache()
        var context = RosterStates.context(try RosterStates.plannedWeek())
        context.derived = cache
        var pane = RosterPane()
        _ = pane.handle(.character("w"), context: context)
        var canvas = Canvas(size: Size(width: 160, height: 48))
        pane.draw(into: &canvas, rect: canvas.bounds, context: context)
        let computed = cache.computedCount
        for _ in 0..<5 {
            _ = pane.headline(context)
            pane.draw(into: &canvas, rect: canvas.bounds, context: context)
            _ = pane.handle(.character("j"), context: context)
        }
        #expect(cache.computedCount == computed)
    }
}
