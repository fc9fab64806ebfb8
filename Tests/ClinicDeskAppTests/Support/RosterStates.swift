@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport

/// Practices for the roster's views, built with commands on the fixtures (not the demo).
enum RosterStates {
    typealias Morning = Fixture.FlowMorning

    /// The flow morning after Dr Patel's sick call at 10:40: Ana (the only receptionist on) on her planned break
    /// 10:30–11:00, and Joe Moreno (S-6), a second receptionist off today.
    static func sickMorning() throws -> Practice {
        var p = Morning.patelSick()
        try p.run(
            .editShift(
                ShiftID(4), ShiftEdit(breakAt: .set(ShiftBreak(start: TimeOfDay(hour: 10, minute: 30), minutes: 30)))),
            at: Fixture.at(7, 0))
        try p.run(.addStaff(NewStaff(givenName: "Joe", familyName: "Moreno", role: .receptionist, weeklyHours: 32)))
        return p
    }

    /// The staffed week under the standard rules (ratios, procedures, opening and closing), with a break, an
    /// overnight shift, Dr Patel sick on Wednesday and NP Kim away training on Thursday.
    static func plannedWeek() throws -> Practice {
        var settings = Fixture.staffedWeek().settings
        settings.coverage = CoverageRule.standard
        var p = Fixture.staffedWeek(settings: settings)
        let t = Fixture.today
        try p.run(
            .addShift(
                Fixture.joe, day: t.adding(days: 1), start: TimeOfDay(hour: 12), end: TimeOfDay(hour: 17),
                role: .receptionist, breakAt: ShiftBreak(start: TimeOfDay(hour: 14), minutes: 30)), at: Fixture.at(7, 0)
        )
        try p.run(
            .addShift(
                Fixture.ben, day: t.adding(days: 2), start: TimeOfDay(hour: 22), end: TimeOfDay(hour: 6),
                role: .medicalAssistant), at: Fixture.at(7, 0))
        try p.run(.callInSick(Fixture.drPatel, day: t.adding(days: 2)), at: Fixture.at(7, 0))
        try p.run(
            .requestTimeOff(
                Fixture.npKim, from: t.adding(days: 3), through: t.adding(days: 3), kind: .training, note: "ACLS"),
            at: Fixture.at(7, 0))
        if let id = p.timeOff.values.first(where: { $0.staff == Fixture.npKim })?.id {
            try p.run(.approveTimeOff(id, override: true), at: Fixture.at(7, 1))
        }
        return p
    }

    /// The staffed week with two requests pending: Dr Patel's day off tomorrow over two booked visits, and
    /// Priya's vacation (2 days a year, so over her balance).
    static func pendingRequests() throws -> Practice {
        var p = Fixture.staffedWeek()
        let tomorrow = Fixture.today.adding(days: 1)
        _ = try p.book(Fixture.renee, with: Fixture.drPatel, at: "09:00", on: tomorrow)
        _ = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "10:00", on: tomorrow)
        try p.run(
            .requestTimeOff(Fixture.drPatel, from: tomorrow, through: tomorrow, note: "conference"),
            at: Fixture.at(8, 0))
        try p.run(.editStaff(Fixture.priya, StaffEdit(vacationDaysPerYear: .set(2))))
        try p.run(
            .requestTimeOff(
                Fixture.priya, from: Fixture.today.adding(days: 7), through: Fixture.today.adding(days: 9),
                note: "family"), at: Fixture.at(8, 5))
        return p
    }

    /// Credentials in every standing: Dr Lee's licence in its 30-day window, NP Kim's in the 90-day one, Priya's
    /// BLS expired, Dr Patel with no licence on file, the practice's CLIA inside 60 days.
    static func credentials() throws -> Practice {
        var p = Fixture.staffedWeek()
        let t = Fixture.today
        try p.run(
            .setCredential(
                Fixture.drLee, Credential(kind: .licence, expires: t.adding(days: 20), number: "209876", state: "NY")))
        try p.run(
            .setCredential(Fixture.drLee, Credential(kind: .dea, expires: t.adding(days: 400), number: "BL1234563")))
        try p.run(
            .setCredential(
                Fixture.npKim, Credential(kind: .licence, expires: t.adding(days: 75), number: "F-22341", state: "NY")))
        try p.run(.setCredential(Fixture.priya, Credential(kind: .bls, expires: t.adding(days: -3))))
        try p.run(.setCredential(nil, Credential(kind: .clia, expires: t.adding(days: 55), number: "33D2098765")))
        return p
    }

    static func context(_ practice: Practice, now: Date = Fixture.now, day: LocalDate = Fixture.today) -> PaneContext {
        PaneContext(
            practice: practice, now: now, day: day, theme: .builtInDefault, focused: true, user: "Carla R.")
    }

    /// The pane alone on a canvas, in its box, focused.
    static func canvas(_ pane: RosterPane, _ context: PaneContext, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let inner = Box(title: pane.title, detail: pane.headline(context), focused: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: context.theme)
        pane.draw(into: &canvas, rect: inner, context: context)
        return canvas
    }

    /// Selects the person `id` in the today list.
    static func select(_ id: StaffID, in pane: inout RosterPane, _ context: PaneContext) {
        let ids = context.roster.ids
        for row in 0..<ids.count where ids[row] == id.description { pane.selection.select(row, in: ids) }
    }
}
