@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit
import TestSupport

/// Whole screens and single panes, from a fixed practice and clock, compared with Golden/*.txt and *.styles.txt.
/// Panes use the hand-built fixture (something in every column); the dashboard uses the seed-42 demo practice.
@Suite struct GoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// One pane alone on a canvas, in its box, focused.
    private func paneCanvas(_ pane: any Pane, size: Size) -> Canvas {
        let theme = Theme.builtInDefault
        let context = PaneContext(
            practice: Fixture.busyDesk(), now: Fixture.now, day: Fixture.today,
            theme: theme, focused: true, user: "Ana R.")
        var canvas = Canvas(size: size)
        let inner = Box(title: pane.title, detail: pane.headline(context), focused: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: theme)
        pane.draw(into: &canvas, rect: inner, context: context)
        return canvas
    }

    @Test(arguments: sizes) func tasksPane(size: Size) {
        Golden.check(paneCanvas(TasksPane(), size: size), named: "tasks-\(size.width)x\(size.height)", in: .screens)
    }

    @Test(arguments: sizes) func claimsPane(size: Size) {
        Golden.check(paneCanvas(ClaimsPane(), size: size), named: "claims-\(size.width)x\(size.height)", in: .screens)
    }

    @Test(arguments: sizes) func rosterPane(size: Size) {
        Golden.check(paneCanvas(RosterPane(), size: size), named: "roster-\(size.width)x\(size.height)", in: .screens)
    }

    @Test(arguments: sizes) func dashboardOnTheDemoPractice(size: Size) {
        let h = Harness(Fixture.smallDemo, size: size)
        Golden.check(h.screen, named: "dashboard-\(size.width)x\(size.height)", in: .screens)
    }

    @Test func dashboardWithHelpOpen() {
        let h = Harness(size: Size(width: 80, height: 24))
        h.press(.character("2"), .character("?"))
        Golden.check(h.screen, named: "dashboard-help-80x24", in: .screens)
    }

    @Test func dashboardMedium() {
        let h = Harness(size: Size(width: 120, height: 30))
        h.press(.character("3"))
        Golden.check(h.screen, named: "dashboard-claims-120x30", in: .screens)
    }
}
