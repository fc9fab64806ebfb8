import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

@Suite("Flow pane golden screens")
struct FlowGoldenTests {
    /// The shared demo morning: the small practice, seed 42, Monday 2026-11-23 at 10:42 in New York.
    static let demo = Fixture.FlowMorning.context(Fixture.smallDemo)

    @Test("demo: list, grid and week", arguments: ["list", "grid", "week"], [(80, 24), (160, 48)])
    func demo(view: String, size: (Int, Int)) throws {
        var pane = FlowPane()
        if view == "grid" { pane.press([.character("v")], Self.demo) }
        if view == "week" { pane.press([.character("w")], Self.demo) }
        try FlowGolden.check(pane.render(Self.demo, width: size.0, height: size.1), "demo-\(view)-\(size.0)x\(size.1)")
    }

    @Test("flow list", arguments: [(80, 24), (160, 48)])
    func list(size: (Int, Int)) throws {
        let pane = FlowPane()
        try FlowGolden.check(pane.render(Fixture.FlowMorning.context(), width: size.0, height: size.1), "list-\(size.0)x\(size.1)")
    }

    @Test("time grid", arguments: [(80, 24), (160, 48)])
    func grid(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("v")], context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "grid-\(size.0)x\(size.1)")
    }

    @Test("week overview", arguments: [(80, 24), (160, 48)])
    func week(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("w")], context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "week-\(size.0)x\(size.1)")
    }

    @Test("booking form with a conflict", arguments: [(80, 24), (160, 48)])
    func form(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context()
        pane.press([.character("b")], context)
        pane.type("okaf", context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "form-search-\(size.0)x\(size.1)")
        pane.press([.enter, .tab, .tab], context)
        pane.press([.control("u")], context)
        pane.type("10:40", context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "form-conflict-\(size.0)x\(size.1)")
    }
}
