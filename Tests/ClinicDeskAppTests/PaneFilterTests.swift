import Foundation
@testable import ClinicDeskApp
import ClinicDomain
import Testing
import TerminalKit
import TestSupport

@Suite struct TextMatchTests {
    @Test func foldsCaseAndAccents() {
        #expect(TextMatch.fold("José Müller") == "jose muller")
        #expect(TextMatch("jose").matches("José Alvarez"))
        #expect(TextMatch("JOSÉ").matches("jose"))
        #expect(TextMatch("muller").matches(["R. Müller", "Aetna"]))
        #expect(!TextMatch("mueller").matches("Müller"))
        #expect(TextMatch("王").matches("小明 王"))
        #expect(TextMatch("  ").isEmpty)
        #expect(TextMatch("").matches("anything"))
    }
}

/// The `/` filter in every pane: incremental, accent-insensitive, n/N between the matches, Esc clears, and the
/// pane's title says "k of n".
@Suite struct PaneFilterTests {
    func wide() -> Harness { Harness(size: Size(width: 160, height: 48)) }

    func paneTitle(_ h: Harness, _ name: String) -> String {
        (0..<h.size.height).map(h.screen.row).first { $0.contains(name) } ?? ""
    }

    /// The text inside pane `index`'s frame.
    func paneText(_ h: Harness, _ index: Int) -> String {
        let frame = DashboardLayout.compute(size: h.size, paneCount: 4, focused: 0).paneFrames[index]!
        let screen = h.screen
        return (frame.y..<frame.maxY).map { y in
            (frame.x..<frame.maxX).map { screen[$0, y].grapheme }.joined()
        }.joined(separator: "\n")
    }

    @Test func flowNarrowsAsYouTypeAndEscClears() {
        let h = wide()
        let before = paneText(h, 0)
        #expect(before.contains("Alvarez") && before.contains("Müller"))
        h.press(.character("/"))
        h.type("mu")
        #expect(paneText(h, 0).contains("Müller"))
        #expect(!paneText(h, 0).contains("Alvarez"))
        #expect(paneTitle(h, "1 Flow").contains("/mu 1 of 1"))
        h.type("x")
        #expect(paneTitle(h, "1 Flow").contains("/mux 0 of 0"))
        #expect(paneText(h, 0).contains("Nothing matches /mux (Esc clears)."))
        h.press(.backspace, .enter)
        #expect(paneTitle(h, "1 Flow").contains("/mu 1 of 1"))
        h.press(.escape)
        #expect(!paneTitle(h, "1 Flow").contains("/mu"))
        #expect(paneText(h, 0).contains("Alvarez"))
    }

    @Test func nAndNMoveBetweenMatchesInsteadOfFlowsNoShow() {
        let h = wide()
        h.press(.character("/"))
        h.type("patel") // Dr Patel's visits: several rows
        h.press(.enter)
        let title = paneTitle(h, "1 Flow")
        // Flow starts on the first visit still in play: the 9:00 one is checked out.
        #expect(title.contains("/patel 2 of 3"))
        h.press(.character("n"))
        #expect(paneTitle(h, "1 Flow").contains("/patel 3 of 3"))
        #expect(!h.text.contains("(y/n)")) // not the no-show question
        h.press(.character("N"), .character("N"))
        #expect(paneTitle(h, "1 Flow").contains("/patel 1 of 3"))
    }

    @Test func tasksClaimsAndRosterFilterTheirRows() {
        let h = wide()
        h.press(.character("2"), .character("/"))
        h.type("aetna")
        #expect(paneTitle(h, "2 Tasks").contains("/aetna 1 of 2"))
        #expect(!h.text.contains("Fire drill"))
        h.press(.enter, .character("3"), .character("/"))
        h.type("muller")
        #expect(paneTitle(h, "3 Claims").contains("/muller"))
        #expect(!paneTitle(h, "3 Claims").contains(" 0 of "))
        h.press(.enter, .character("4"), .character("/"))
        h.type("lee")
        #expect(paneTitle(h, "4 Roster").contains("/lee 1 of 1"))
        // Each pane keeps its own filter.
        #expect(paneTitle(h, "2 Tasks").contains("/aetna"))
    }

    @Test func underThePrivacyMaskOnlyWhatIsShownMatches() {
        let h = wide()
        h.press(.function(11), .character("/"))
        h.type("muller")
        #expect(paneTitle(h, "1 Flow").contains("/muller 0 of 0"))
        h.press(.escape, .character("/"))
        h.type("r.m")
        #expect(paneTitle(h, "1 Flow").contains("/r.m 1 of 1"))
    }
}

@Suite struct MouseClickTests {
    @Test func aClickFocusesThePaneUnderItAndTheWheelScrolls() {
        let h = Harness(size: Size(width: 160, height: 48))
        #expect(h.app.focusedPane == "Flow")
        let layout = DashboardLayout.compute(size: h.size, paneCount: 4, focused: 0)
        let claims = layout.paneFrames[2]!
        h.app.handle(.mouse(MouseEvent(.press(button: 1), x: claims.x + 5, y: claims.y + 5)))
        #expect(h.app.focusedPane == "Claims")
        let before = h.text
        h.app.handle(.mouse(MouseEvent(.wheelDown, x: claims.x + 5, y: claims.y + 5)))
        #expect(h.text != before)
        // Outside every pane (the status line) a click changes nothing.
        h.app.handle(.mouse(MouseEvent(.press(button: 1), x: 2, y: 47)))
        #expect(h.app.focusedPane == "Claims")
    }
}
