import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

/// The flow pane alone, compared with Golden/Flow-<name>-<width>x<height>.txt and .styles.txt.
@Suite("Flow pane golden screens")
struct FlowGoldenTests {
    /// The shared demo morning: the small practice, seed 42, Monday 2026-11-23 at 10:42 in New York.
    /// Computed, not stored: a context holds the dashboard's view cache, which is not shared across threads.
    static var demo: PaneContext { Fixture.FlowMorning.context(Fixture.smallDemo) }

    private func check(
        _ pane: FlowPane, _ context: PaneContext, size: (Int, Int), _ name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Golden.check(
            pane.render(context, width: size.0, height: size.1), named: "Flow-\(name)-\(size.0)x\(size.1)",
            in: .screens, sourceLocation: sourceLocation)
    }

    @Test("demo: list, grid and week", arguments: ["list", "grid", "week"], [(80, 24), (160, 48)])
    func demo(view: String, size: (Int, Int)) {
        var pane = FlowPane()
        if view == "grid" { pane.press([.character("v")], Self.demo) }
        if view == "week" { pane.press([.character("w")], Self.demo) }
        check(pane, Self.demo, size: size, "demo-\(view)")
    }

    @Test("flow list", arguments: [(80, 24), (160, 48)])
    func list(size: (Int, Int)) {
        check(FlowPane(), Fixture.FlowMorning.context(), size: size, "list")
    }

    @Test("time grid", arguments: [(80, 24), (160, 48)])
    func grid(size: (Int, Int)) {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("v")], context)
        check(pane, context, size: size, "grid")
    }

    @Test("week overview", arguments: [(80, 24), (160, 48)])
    func week(size: (Int, Int)) {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("w")], context)
        check(pane, context, size: size, "week")
    }

    /// Dr Patel called in sick with visits booked: they stay on the grid, over the shading, flagged to move; the
    /// grid cursor sits on one of them (A. Sato, waiting).
    @Test(
        "a sick call with visits booked: grid, list and week", arguments: ["grid", "list", "week"],
        [(80, 24), (160, 48)])
    func sick(view: String, size: (Int, Int)) {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context(Fixture.FlowMorning.patelSick())
        if view == "grid" { pane.press([.character("v"), .right], context) }
        if view == "week" { pane.press([.character("w")], context) }
        check(pane, context, size: size, "sick-\(view)")
    }

    @Test("booking form with a conflict", arguments: [(80, 24), (160, 48)])
    func form(size: (Int, Int)) {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("b")], context)
        pane.type("okaf", context)
        check(pane, context, size: size, "form-search")
        pane.press([.enter, .tab, .tab], context)
        pane.press([.control("u")], context)
        pane.type("10:40", context)
        check(pane, context, size: size, "form-conflict")
    }

    @Test("superbill with a refused code", arguments: [(80, 24), (160, 48)])
    func superbill(size: (Int, Int)) {
        CodeSetWarmup.load()
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("g"), .character("B")], context)
        pane.type("E11", context)
        pane.press([.tab], context)
        pane.type("I10", context)
        pane.press([.tab, .tab], context)
        pane.type("99214-25@1,2", context)
        pane.press([.tab], context)
        pane.type("36415", context)
        check(pane, context, size: size, "superbill")
    }
}
