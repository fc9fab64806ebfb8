import ClinicDomain
import Foundation
import Testing
import ClinicDemo
import TerminalKit
@testable import ClinicDeskApp

@Suite("Flow pane golden screens")
struct FlowGoldenTests {
    /// The shared demo morning: the small practice, seed 42, Monday 2026-11-23 at 10:42 in New York.
    static var demo: PaneContext {
        let zone = TimeZone(identifier: FlowFixture.zone) ?? .gmt
        let practice = DemoPractice.generate(size: .small, seed: 42, today: FlowFixture.today, now: FlowFixture.now,
                                             timeZone: zone)
        return FlowFixture.context(practice)
    }

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
        try FlowGolden.check(pane.render(FlowFixture.context(), width: size.0, height: size.1), "list-\(size.0)x\(size.1)")
    }

    @Test("time grid", arguments: [(80, 24), (160, 48)])
    func grid(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = FlowFixture.context()
        pane.press([.character("v")], context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "grid-\(size.0)x\(size.1)")
    }

    @Test("week overview", arguments: [(80, 24), (160, 48)])
    func week(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = FlowFixture.context()
        pane.press([.character("w")], context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "week-\(size.0)x\(size.1)")
    }

    @Test("booking form with a conflict", arguments: [(80, 24), (160, 48)])
    func form(size: (Int, Int)) throws {
        var pane = FlowPane()
        let context = FlowFixture.context()
        pane.press([.character("b")], context)
        pane.type("okaf", context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "form-search-\(size.0)x\(size.1)")
        pane.press([.enter, .tab, .tab], context)
        pane.press([.control("u")], context)
        pane.type("10:40", context)
        try FlowGolden.check(pane.render(context, width: size.0, height: size.1), "form-conflict-\(size.0)x\(size.1)")
    }
}
