@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

/// The `!` list's cursor and Enter, the reveal hook of every pane, snoozes per user, alerts by role and clicks.
@Suite("Alerts view, reveal and clicks")
struct AlertsViewTests {
    static func state(_ user: String = "ana") -> DashboardState {
        var state = DashboardState(
            panes: PaneRegistry.standardPanes(), theme: .builtInDefault, user: user, now: Fixture.now)
        state.screenSize = Size(width: 160, height: 48)
        return state
    }

    static func practiceWithTomorrow() throws -> (Practice, AppointmentID) {
        var p = Fixture.busyDesk()
        let provider = try #require(p.appointments(on: Fixture.today).first?.provider)
        var booking = Booking(
            patient: PatientID(1), provider: provider, day: Fixture.today.adding(days: 1),
            start: TimeOfDay(hour: 9, minute: 0), minutes: 20)
        booking.override = true
        let events = try p.execute(.bookAppointment(booking), actor: "ana", now: Fixture.now)
        guard case .appointmentBooked(let a)? = events.first?.change else { throw DomainError("not booked") }
        return (p, a.id)
    }

    // MARK: reveal

    @Test func revealSelectsAnAppointmentTodayAndMovesTheDayForAnotherDay() throws {
        let (practice, tomorrow) = try Self.practiceWithTomorrow()
        let today = try #require(practice.appointments(on: Fixture.today).last?.id)
        var state = Self.state()
        state.focus(1)
        let revealed1 = state.reveal(today.description, practice: practice, now: Fixture.now)
        #expect(revealed1)
        #expect(state.focusedPane == .flow)
        #expect((state.panes[0] as? FlowPane)?.selected == today)
        #expect(state.pinnedDay == nil)

        let revealed2 = state.reveal(tomorrow.description, practice: practice, now: Fixture.now)
        #expect(revealed2)
        #expect((state.panes[0] as? FlowPane)?.selected == tomorrow)
        #expect(state.pinnedDay == Fixture.today.adding(days: 1))
    }

    @Test func revealClearsAFlowFilterThatHidesTheAppointment() throws {
        let practice = Fixture.busyDesk()
        let target = try #require(practice.appointments(on: Fixture.today).first)
        var state = Self.state()
        var flow = FlowPane()
        flow.setFilter("zzzz-nothing")
        state.update(pane: flow, at: 0)
        let revealed3 = state.reveal(target.id.description, practice: practice, now: Fixture.now)
        #expect(revealed3)
        let shown = try #require(state.panes[0] as? FlowPane)
        #expect(shown.filterText.isEmpty)
        #expect(shown.selected == target.id)
        #expect(state.message?.text.contains("cleared") == true)
    }

    @Test func revealSelectsAClaimACardAndAPerson() throws {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        let claim = try #require(practice.claims.values.first { $0.status.isOpen })
        let revealed4 = state.reveal(claim.id.description, practice: practice, now: Fixture.now)
        #expect(revealed4)
        #expect(state.focusedPane == .claims)
        #expect((state.panes[2] as? ClaimsPane)?.selection.id == claim.id)

        let card = try #require(practice.tasks.values.first { $0.column != .done })
        let revealed5 = state.reveal(card.id.description, practice: practice, now: Fixture.now)
        #expect(revealed5)
        #expect(state.focusedPane == .tasks)
        let tasks = try #require(state.panes[1] as? TasksPane)
        #expect(tasks.card == card.id)
        #expect(tasks.currentColumn(practice) == card.column)

        let context = state.context(for: 3, practice: practice, now: Fixture.now)
        let person = try #require(context.roster.ids.isEmpty ? nil : context.roster.ids[0])
        let revealed6 = state.reveal(person, practice: practice, now: Fixture.now)
        #expect(revealed6)
        #expect(state.focusedPane == .roster)
        #expect((state.panes[3] as? RosterPane)?.selection.id == person)
    }

    @Test func aMissingOrUnknownIDSaysSoAndChangesNothing() {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        state.focus(1)
        let revealed7 = state.reveal("A-9999", practice: practice, now: Fixture.now)
        #expect(!revealed7)
        #expect(state.focusedPane == .tasks)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("A-9999") == true)
        let revealed8 = state.reveal("X-3", practice: practice, now: Fixture.now)
        #expect(!revealed8)
        #expect(state.message?.text.contains("No pane shows") == true)
    }

    // MARK: the `!` list

    @Test func theCursorMovesAndEnterJumpsToTheAlertsItem() throws {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        let alerts = state.shownAlerts(practice, now: Fixture.now).alerts
        let index = try #require(alerts.firstIndex { $0.subject.map(AppointmentID.init) != nil })
        _ = state.handle(.character("!"), practice: practice, now: Fixture.now)
        for _ in 0..<index { _ = state.handle(.character("j"), practice: practice, now: Fixture.now) }
        #expect(state.mode == .alerts(AlertsPopup(cursor: index)))
        _ = state.handle(.character("G"), practice: practice, now: Fixture.now)
        #expect(state.mode == .alerts(AlertsPopup(cursor: alerts.count - 1)))
        _ = state.handle(.character("g"), practice: practice, now: Fixture.now)
        for _ in 0..<index { _ = state.handle(.down, practice: practice, now: Fixture.now) }
        _ = state.handle(.enter, practice: practice, now: Fixture.now)
        #expect(state.mode == .normal)
        #expect(state.focusedPane == .flow)
        let subject = try #require(alerts[index].subject)
        #expect((state.panes[0] as? FlowPane)?.selected?.description == subject)
    }

    @Test func theListHighlightsTheCursorRowAndSaysHowManyAreSnoozed() throws {
        var practice = Fixture.busyDesk()
        let h0 = Self.state()
        let first = try #require(h0.shownAlerts(practice, now: Fixture.now).alerts.first)
        try practice.execute(.snoozeAlert(first.identity, minutes: 60), actor: "Ana R.", now: Fixture.now)
        let h = Harness(practice, size: Size(width: 160, height: 48))
        let screen = h.press(.character("!"), .character("j"))
        #expect(screen.text.contains("snoozed)"))
        let row = try #require((0..<48).first { screen.row($0).contains("> ") })
        #expect(!screen.row(row).contains(first.message))
    }

    @Test func sSnoozesTheSelectedAlertThroughTheCommandLanguage() throws {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        let alerts = state.shownAlerts(practice, now: Fixture.now).alerts
        _ = state.handle(.character("!"), practice: practice, now: Fixture.now)
        _ = state.handle(.character("s"), practice: practice, now: Fixture.now)
        guard case .alerts(let popup) = state.mode else { Issue.record("closed"); return }
        #expect(popup.snooze != nil)
        let effects = state.handle(.enter, practice: practice, now: Fixture.now)
        #expect(effects == [.execute(.snoozeAlert(alerts[0].identity, minutes: 60))])
    }

    // MARK: snoozes

    @Test func aSnoozeHidesTheAlertForThatUserOnlyUntilItEnds() throws {
        var practice = Fixture.busyDesk()
        let cache = DerivedViewCache()
        let before = cache.alerts(practice, now: Fixture.now, privacy: false, login: "ana", role: nil)
        let first = try #require(before.alerts.first)
        try practice.execute(.snoozeAlert(first.identity, minutes: 15), actor: "ana", now: Fixture.now)
        let mine = cache.alerts(practice, now: Fixture.now, privacy: false, login: "ana", role: nil)
        #expect(!mine.alerts.contains(first))
        #expect(mine.snoozed == 1)
        let theirs = cache.alerts(practice, now: Fixture.now, privacy: false, login: "ben", role: nil)
        #expect(theirs.alerts.contains(first))
        let clock = TestClock(Fixture.now)
        clock.advance(seconds: 16 * 60)
        let later = practice.shownAlerts(practice.alerts(now: clock.now), login: "ana", role: nil, now: clock.now)
        #expect(later.snoozed == 0)
        #expect(later.shown.contains { $0.identity == first.identity })
    }

    @Test func snoozeIsNotInTheUndoLogAndUnsnoozeBringsItBack() throws {
        var practice = Fixture.busyDesk()
        let entries = practice.undoLog.entries.count
        let first = try #require(practice.alerts(now: Fixture.now).first { $0.subject != nil })
        try practice.execute(.snoozeAlert(try #require(first.subject), minutes: 60), actor: "ana", now: Fixture.now)
        #expect(practice.undoLog.entries.count == entries)
        #expect(!practice.snoozes(of: "ana", at: Fixture.now).isEmpty)
        try practice.execute(.unsnoozeAlert("all"), actor: "ana", now: Fixture.now)
        #expect(practice.snoozes(of: "ana", at: Fixture.now).isEmpty)
        #expect(throws: DomainError.self) {
            try practice.execute(.unsnoozeAlert("all"), actor: "ana", now: Fixture.now)
        }
        #expect(throws: DomainError.self) {
            try practice.execute(.snoozeAlert("A-9999", minutes: 60), actor: "ana", now: Fixture.now)
        }
    }

    @Test func theCommandLanguageSpeaksSnoozes() throws {
        #expect(try CommandLanguage.parse("alert snooze C-22") == .snoozeAlert("C-22", minutes: 60))
        #expect(try CommandLanguage.parse("alert snooze C-22 --minutes 15") == .snoozeAlert("C-22", minutes: 15))
        #expect(
            try CommandLanguage.parse("alert snooze \"3:Thu: short\" --minutes 240")
                == .snoozeAlert("3:Thu: short", minutes: 240))
        #expect(try CommandLanguage.parse("alert unsnooze all") == .unsnoozeAlert("all"))
        #expect(throws: CommandParseError.self) { try CommandLanguage.parse("alert snooze C-22 --minutes 0") }
        #expect(throws: CommandParseError.self) { try CommandLanguage.parse("alert snooze") }
    }

    // MARK: roles

    @Test func aReceptionistSeesNoClaimAlerts() throws {
        let practice = try RoleViewTests.practiceWithAccounts()
        let cache = DerivedViewCache()
        let claimKinds: Set<AlertKind> = [.filingDeadline, .appealDeadline, .deniedClaim, .unbilledVisits]
        let manager = cache.alerts(practice, now: Fixture.now, privacy: false, login: "mia", role: .manager)
        #expect(manager.alerts.contains { claimKinds.contains($0.kind) })
        let desk = cache.alerts(practice, now: Fixture.now, privacy: false, login: "rita", role: .receptionist)
        #expect(!desk.alerts.contains { claimKinds.contains($0.kind) })
        #expect(!desk.alerts.isEmpty)
        // Cached: asking again computes nothing.
        let computed = cache.computedCount
        _ = cache.alerts(practice, now: Fixture.now, privacy: false, login: "rita", role: .receptionist)
        #expect(cache.computedCount == computed)
        let screen = RoleViewTests.harness("rita", practice: practice).press(.character("!")).text
        #expect(!screen.contains("files in") && !screen.contains("denied"))
    }

    // MARK: clicks

    static func body(_ pane: Int, in state: DashboardState) -> Rect {
        DashboardLayout.compute(size: state.screenSize, paneCount: 4, focused: state.focus).paneFrames[pane]!
            .inset(by: 1)
    }

    @Test func aClickSelectsTheRowUnderItInEachPane() throws {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        let now = Fixture.now
        // Flow: the list's third row is body row 2 + 2 (top line, header).
        let flow = Self.body(0, in: state)
        _ = state.handle(MouseEvent(.press(button: 1), x: flow.x + 3, y: flow.y + 4), practice: practice, now: now)
        let flowRows = (state.panes[0] as? FlowPane)?.lines(state.context(for: 0, practice: practice, now: now))
        #expect((state.panes[0] as? FlowPane)?.selected == flowRows?[2].appointment.id)

        // Tasks: the second card of the first column shown.
        let tasks = Self.body(1, in: state)
        _ = state.handle(MouseEvent(.press(button: 1), x: tasks.x + 2, y: tasks.y + 3), practice: practice, now: now)
        #expect(state.focusedPane == .tasks)
        let pane = try #require(state.panes[1] as? TasksPane)
        let context = state.context(for: 1, practice: practice, now: now)
        let column = TaskBoardView(pane: pane, context: context)
            .columnRects(in: Rect(x: 0, y: 0, width: tasks.width, height: tasks.height))[0].column
        #expect(pane.card == pane.cardIDs(in: column, context)[1])

        // Claims: the first queue row.
        let claims = Self.body(2, in: state)
        let top = ClaimsPane.headerLines(for: Rect(x: 0, y: 0, width: claims.width, height: claims.height)) + 1
        _ = state.handle(
            MouseEvent(.press(button: 1), x: claims.x + 3, y: claims.y + top + 1), practice: practice, now: now)
        let claimsPane = try #require(state.panes[2] as? ClaimsPane)
        let queue = claimsPane.queue(state.context(for: 2, practice: practice, now: now))
        #expect(claimsPane.selection.id == queue.ids[1])

        // Roster: the first selectable line (a person) under the front-desk line and the header.
        let roster = Self.body(3, in: state)
        let figures = state.context(for: 3, practice: practice, now: now).roster
        let line = try #require(figures.lines.firstIndex { $0.selectionID != nil })
        _ = state.handle(
            MouseEvent(.press(button: 1), x: roster.x + 3, y: roster.y + 2 + line), practice: practice, now: now)
        #expect((state.panes[3] as? RosterPane)?.selection.id == figures.lines[line].selectionID)
    }

    @Test func aClickInTheAlertsListSelectsThatAlert() throws {
        let practice = Fixture.busyDesk()
        var state = Self.state()
        _ = state.handle(.character("!"), practice: practice, now: Fixture.now)
        let shown = state.shownAlerts(practice, now: Fixture.now)
        try #require(shown.alerts.count > 2)
        let renderer = OverlayRenderer(state: state, alerts: shown, ascii: false, clock: practice.clock)
        let y = try #require(
            (0..<48).first { renderer.alertRow(atY: $0, x: 80, popup: AlertsPopup(), size: state.screenSize) == 2 })
        _ = state.handle(MouseEvent(.press(button: 1), x: 80, y: y), practice: practice, now: Fixture.now)
        #expect(state.mode == .alerts(AlertsPopup(cursor: 2)))
    }
}
