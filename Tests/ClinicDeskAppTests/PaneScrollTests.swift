import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp

/// Every pane list scrolls by the one rule (TerminalKit's `ScrollWindow`): a list longer than the pane keeps the
/// selection a third of the way down, so the rows after it show.
@Suite("Pane lists share one scroll model")
struct PaneScrollTests {
    let context = FlowGoldenTests.demo

    /// The screen row holding the "▶" selection marker.
    func markerRow(_ canvas: Canvas) -> Int? { (0..<canvas.size.height).first { canvas[0, $0].grapheme == "▶" } }

    @Test func claimQueue() throws {
        var pane = ClaimsPane()
        let count = context.claimFigures.queue.count
        try #require(count > 40)
        for _ in 0..<20 { _ = pane.handle(.down, context: context) }
        var canvas = Canvas(size: Size(width: 100, height: 13))
        pane.draw(into: &canvas, rect: canvas.bounds, context: context)
        // Two rows of billing figures, the column header and 10 rows: row 20 is the fourth, so rows 21–26 follow.
        #expect(ClaimsPane.headerLines(for: canvas.bounds) == 2)
        #expect(markerRow(canvas) == 2 + 1 + 3)
        let last = ClaimText.cells(context.claimFigures.queue[26], context: context)[0].text
        #expect(canvas.row(12).contains(Sanitizer.clean(last)))
    }

    @Test func roster() throws {
        var pane = RosterPane()
        let roster = context.roster
        for _ in 0..<6 { _ = pane.handle(.down, context: context) }
        // The seventh person, and where their line is among the headings.
        let line = try #require(roster.lines.firstIndex { $0.selectionID == roster.ids[6] })
        try #require(line + 4 <= roster.lines.count)
        var canvas = Canvas(size: Size(width: 80, height: 7))
        pane.draw(into: &canvas, rect: canvas.bounds, context: context)
        // A header and six rows: the selection is on the third, with three lines after it.
        #expect(markerRow(canvas) == 1 + 2)
        #expect(canvas.row(6).contains(Sanitizer.clean(roster.texts[line + 3].0)))
    }
}
