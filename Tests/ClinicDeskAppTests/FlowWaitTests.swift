import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

@Suite("Flow pane waits, colours and safety")
struct FlowWaitTests {
    /// A. Sato arrived at 10:38 for 10:40: the wait runs from 10:40; the clock is moved, nothing else.
    @Test(
        "the wait colours by the practice's thresholds as the clock runs",
        arguments: [
            (10, 39, "0m", StyleSlot.waitOk), (10, 42, "2m", .waitOk), (10, 54, "14m", .waitOk),
            (10, 55, "15m!", .waitWarn), (11, 9, "29m!", .waitWarn), (11, 10, "30m!!", .waitLate),
            (12, 0, "1h20!!", .waitLate),
        ])
    func levels(hour: Int, minute: Int, text: String, slot: StyleSlot) throws {
        let context = Fixture.FlowMorning.context(now: Fixture.at(hour, minute))
        let pane = FlowPane()
        let row = try #require(pane.lines(context).first { $0.id == AppointmentID(10) })
        let (shown, style) = pane.listCell(.wait, line: row, context: context)
        #expect(shown == text)
        #expect(style == slot)
    }

    @Test("the drawn wait cell carries the theme's late style")
    func drawnStyle() throws {
        // 王小明 arrived 10:08 for 10:20: 30 minutes' wait (late) at 10:50.
        let context = Fixture.FlowMorning.context(now: Fixture.at(10, 50))
        let canvas = FlowPane().render(context, width: 80, height: 24)
        let y = try #require((0..<24).first { canvas.row($0).contains("王小明") })
        let header = canvas.row(1)
        let waitEnd = try #require(header.range(of: "Wait")).upperBound
        let x = header.distance(from: header.startIndex, to: waitEnd) - 1
        // 王小明 is two columns wide but one Character: the canvas row's text is one character shorter here.
        #expect(canvas[x, y].grapheme == "!")
        #expect(canvas[x, y].style == context.theme[.waitLate])
    }

    @Test("thresholds come from the settings")
    func customThresholds() throws {
        var practice = Fixture.FlowMorning.practice()
        practice.settings.waitWarnMinutes = 2
        practice.settings.waitLateMinutes = 5
        let context = Fixture.FlowMorning.context(practice)
        let pane = FlowPane()
        let row = try #require(pane.lines(context).first { $0.id == AppointmentID(10) })
        #expect(pane.listCell(.wait, line: row, context: context).1 == .waitWarn)
        #expect(pane.listCell(.inStatus, line: row, context: context).1 == .waitWarn)
    }

    @Test("privacy mode shows initials only, in the list and the grid")
    func privacy() {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context(privacy: true)
        let list = pane.render(context, width: 160, height: 48).text
        #expect(!list.contains("Müller") && list.contains("R.M."))
        pane.press([.character("v")], context)
        let grid = pane.render(context, width: 160, height: 48).text
        #expect(!grid.contains("Müller") && grid.contains("R.M."))
    }

    @Test("data never reaches the screen as control codes")
    func sanitized() {
        var practice = Fixture.FlowMorning.practice()
        practice.patients.modify(PatientID(14)) { $0.familyName = "Esc\u{1B}]0;owned\u{7}ape\u{202E}" }
        let text = FlowPane().render(Fixture.FlowMorning.context(practice), width: 160, height: 48).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
        #expect(text.contains("E. Esc^[]0;owned^G"))
    }

    @Test("another day shows no live waits, and an empty day says how to book")
    func otherDays() {
        let context = Fixture.FlowMorning.context(day: Fixture.today.adding(days: 1))
        let pane = FlowPane()
        #expect(!pane.headline(context).contains("waiting"))
        #expect(
            pane.render(context, width: 80, height: 24).row(2).contains(
                "No appointments on Tue 24 Nov 2026. b books one."))
    }

    @Test(
        "tiny and odd sizes draw without trapping", arguments: [(0, 0), (1, 1), (10, 3), (30, 8), (59, 17), (250, 70)])
    func sizes(width: Int, height: Int) {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        _ = pane.render(context, width: width, height: height)
        pane.press([.character("v")], context)
        _ = pane.render(context, width: width, height: height)
        pane.press([.character("w")], context)
        _ = pane.render(context, width: width, height: height)
        pane.press([.character("w"), .character("b")], context)
        _ = pane.render(context, width: width, height: height)
    }

    @Test("one pane follows changes and the clock: nothing remembered goes stale")
    func memoFollowsChanges() throws {
        var pane = FlowPane()
        pane.selected = AppointmentID(9)
        var practice = Fixture.FlowMorning.practice()
        let before = Fixture.FlowMorning.context(practice)
        #expect(try #require(pane.lines(before).first { $0.id == AppointmentID(9) }).status == .confirmed)
        try practice.execute(.checkIn(AppointmentID(9)), actor: "ana", now: Fixture.now)
        let after = Fixture.FlowMorning.context(practice)
        #expect(try #require(pane.lines(after).first { $0.id == AppointmentID(9) }).status == .arrived)
        #expect(pane.headline(after).contains("5 waiting"))
        // The same state a minute later: the wait has moved on.
        let later = Fixture.FlowMorning.context(practice, now: Fixture.now.addingTimeInterval(61))
        #expect(try #require(pane.lines(later).first { $0.id == AppointmentID(9) }).waitMinutes == 1)
        // Settings changed without an event (a different practice at the same seq) are not mistaken for the old one.
        var strict = practice
        strict.settings.waitWarnMinutes = 1
        strict.settings.waitLateMinutes = 2
        let strictContext = Fixture.FlowMorning.context(strict)
        #expect(try #require(pane.lines(strictContext).first { $0.id == AppointmentID(10) }).waitLevel == .late)
        // The week and the grid follow a booking.
        pane.press([.character("w")], after)
        let tomorrow = Booking(
            patient: PatientID(2), provider: Fixture.FlowMorning.drLee,
            day: Fixture.today.adding(days: 1), start: TimeOfDay(hour: 9), minutes: 20)
        let booked = try practice.execute(.bookAppointment(tomorrow), actor: "ana", now: Fixture.now)
        #expect(!booked.isEmpty)
        let week = pane.render(Fixture.FlowMorning.context(practice), width: 160, height: 48)
        #expect(week.row(2).contains("1 · 34 free")) // 20 minutes take two 15-minute slots
    }

    @Test("an appointment past the no-show grace period without an arrival is flagged")
    func noShowCandidate() throws {
        let pane = FlowPane()
        // T. Nguyen was due at 10:40 and has not arrived: at 10:54 nothing yet, at 10:55 flagged.
        let early = Fixture.FlowMorning.context(now: Fixture.at(10, 54))
        let row = try #require(pane.lines(early).first { $0.id == AppointmentID(9) })
        #expect(pane.listCell(.notes, line: row, context: early).0 == "")
        let late = Fixture.FlowMorning.context(now: Fixture.at(10, 55))
        let flagged = try #require(pane.lines(late).first { $0.id == AppointmentID(9) })
        #expect(pane.listCell(.notes, line: flagged, context: late) == ("no-show? 15m", .alertWarn))
    }
}
