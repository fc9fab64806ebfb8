@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The Roster pane's views alone in their box, from states built with commands, compared with
/// Golden/Roster-<name>-<width>x<height>.txt.
@Suite("Roster pane golden screens")
struct RosterGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    private func check(
        _ pane: RosterPane, _ context: PaneContext, _ name: String, _ size: Size,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Golden.check(
            RosterStates.canvas(pane, context, size: size), named: "Roster-\(name)-\(size.width)x\(size.height)",
            in: .screens, sourceLocation: sourceLocation)
    }

    @Test("today: a sick call, the receptionist on her break, nobody at the desk", arguments: sizes)
    func today(size: Size) throws {
        check(RosterPane(), RosterStates.context(try RosterStates.sickMorning()), "today", size)
    }

    @Test("the week grid with its gaps marked", arguments: sizes)
    func week(size: Size) throws {
        let context = RosterStates.context(try RosterStates.plannedWeek(), day: Fixture.today.adding(days: 1))
        var pane = RosterPane()
        _ = pane.handle(.character("w"), context: context)
        _ = pane.handle(.character("j"), context: context)
        check(pane, context, "week", size)
    }

    @Test("a provider's sick call: visits to move (one moved, one with a call task) and the gaps", arguments: sizes)
    func impact(size: Size) throws {
        var practice = try RosterStates.sickMorning()
        var context = RosterStates.context(practice)
        var pane = RosterPane()
        RosterStates.select(Fixture.FlowMorning.drPatel, in: &pane, context)
        _ = pane.handle(.character("s"), context: context) // already recorded: the impact opens all the same
        if case .command(let move, _) = pane.handle(.character("m"), context: context) { try practice.run(move) }
        context = RosterStates.context(practice)
        _ = pane.handle(.character("j"), context: context)
        if case .command(let task, _) = pane.handle(.character("p"), context: context) { try practice.run(task) }
        check(pane, RosterStates.context(practice), "impact", size)
    }

    @Test("time off: each request with what approving it breaks", arguments: sizes)
    func timeOff(size: Size) throws {
        check(RosterPane(), RosterStates.context(try RosterStates.pendingRequests()), "time-off", size)
    }

    @Test("credentials: windows, expired, licence missing, the practice's CLIA", arguments: sizes)
    func credentials(size: Size) throws {
        let context = RosterStates.context(try RosterStates.credentials())
        var pane = RosterPane()
        _ = pane.handle(.character("c"), context: context)
        check(pane, context, "credentials", size)
    }
}
