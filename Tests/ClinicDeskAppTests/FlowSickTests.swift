import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

/// A provider away with visits still booked: the grid keeps them as blocks flagged to move, the header, the week
/// and the list say so, and the cursor acts on them as on any visit.
@Suite("Flow pane: a sick provider's booked visits")
struct FlowSickTests {
    let context = Fixture.FlowMorning.context(Fixture.FlowMorning.patelSick())
    let patel = Fixture.FlowMorning.drPatel

    var grid: GridModel { context.cached(GridModelQuery(day: Fixture.today, provider: nil)) }

    @Test("a booked slot is a flagged block, not the away shading; an empty one stays shaded")
    func cells() throws {
        let grid = grid
        // 王小明 (A-7, arrived) from 10:20 and A. Sato (A-10, arrived) from 10:40: to move.
        #expect(try grid.cell(provider: patel, slot: Fixture.time("10:15")) == block(7, row: 0, move: true))
        #expect(try grid.cell(provider: patel, slot: Fixture.time("10:30")) == block(10, row: 0, move: true))
        // Later visits too (P. Kowalski 11:00–11:40, its second row).
        #expect(try grid.cell(provider: patel, slot: Fixture.time("11:15")) == block(13, row: 1, move: true))
        // The visit under way and the one done stay put.
        #expect(try grid.cell(provider: patel, slot: Fixture.time("10:00")) == block(6, row: 0, move: false))
        #expect(try grid.cell(provider: patel, slot: Fixture.time("08:30")) == block(2, row: 0, move: false))
        #expect(grid.cell(provider: patel, slot: Fixture.time("12:00")) == .away(.sick))
        // Another provider's visits are not flagged.
        #expect(
            try grid.cell(provider: Fixture.FlowMorning.drLee, slot: Fixture.time("11:00"))
                == block(11, row: 0, move: false))
    }

    @Test("the header counts the visits to move and no free slot")
    func header() {
        let grid = grid
        let counts = grid.counts(provider: patel)
        #expect(counts == GridModel.Counts(appointments: 6, free: 0, toMove: 4))
        #expect(grid.counts(provider: Fixture.FlowMorning.drLee).toMove == 0)
        #expect(!grid.isNarrow(patel))
        #expect(grid.isNarrow(Fixture.FlowMorning.drSingh))
        let texts = FlowPane.headerCandidates(
            name: "Dr Patel", hours: grid.shiftHours(provider: patel), counts: counts, away: grid.awayKind(patel))
        #expect(texts.first == "Dr Patel · sick · 4 to move")
        #expect(texts.contains("Dr Patel · 4 to move"))
        #expect(texts.contains("Dr Patel 4 move"))
        let screen = FlowPane.withGrid(context).render(context, width: 160, height: 48).text
        #expect(screen.contains("Dr Patel · sick · 4 to move"))
        #expect(screen.contains("⚠ move"))
    }

    @Test("the grid cursor on a flagged block acts on it: Enter opens the visit")
    func cursor() {
        var pane = FlowPane.withGrid(context)
        // From Dr Lee's 10:30 one column right: Dr Patel's 10:30, A. Sato's 10:40 visit.
        #expect(pane.targetAppointment(context)?.id == AppointmentID(10))
        guard case .detail(let title, _) = pane.handle(.enter, context: context) else {
            Issue.record("no detail"); return
        }
        #expect(title.hasPrefix("A-10 A. Sato 10:40 Dr Patel"))
        pane.press([.character("v")], context)
        #expect(pane.selected == AppointmentID(10))
    }

    @Test(
        "the week says how many to move, as far as the width allows",
        arguments: [(17, "sick · 4 to move"), (12, "sick 4 move"), (9, "sick · 4!")])
    func week(width: Int, expected: String) throws {
        let cells = context.practice.weekOverview(from: Fixture.today, days: 1)
        let cell = try #require(cells.first { $0.provider == patel })
        let moves = context.cached(WeekToMoveQuery(monday: Fixture.today))
        #expect(moves[patel]?[Fixture.today] == 4)
        let (text, slot) = FlowPane.weekText(cell, toMove: 4, width: width)
        #expect(text == expected)
        #expect(slot == .alertWarn)
        // Dr Singh is on PTO with nothing booked: the label alone, in its own style.
        let singh = try #require(cells.first { $0.provider == Fixture.FlowMorning.drSingh })
        let (away, awaySlot) = FlowPane.weekText(singh, toMove: 0, width: width)
        #expect(away == "PTO")
        #expect(awaySlot == .rosterPto)
    }

    @Test("the list leads the notes of a visit to move with \"move\"")
    func list() throws {
        let pane = FlowPane()
        let rows = pane.lines(context)
        let sato = try #require(rows.first { $0.id == AppointmentID(10) })
        let (text, slot) = pane.listCell(.notes, line: sato, context: context)
        #expect(text.hasPrefix("move"))
        #expect(slot == .alertWarn)
        let ortiz = try #require(rows.first { $0.id == AppointmentID(6) })
        #expect(!pane.listCell(.notes, line: ortiz, context: context).0.contains("move"))
    }

    /// The cell of appointment `n`'s `row`, with nothing else in its slot.
    private func block(_ n: Int, row: Int, move: Bool) throws -> GridModel.Cell {
        .block(try #require(context.practice.appointments[AppointmentID(n)]), row: row, extra: 0, move: move)
    }
}

extension FlowPane {
    /// The pane in the time grid, its cursor moved one column right from where it starts (Dr Lee, now's slot).
    fileprivate static func withGrid(_ context: PaneContext) -> FlowPane {
        var pane = FlowPane()
        pane.press([.character("v"), .right], context)
        return pane
    }
}
