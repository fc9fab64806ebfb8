import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

/// The claims work queue on the whole dashboard, compared with Golden/Claims-<name>-<width>x<height>.txt.
@Suite("Claims pane golden screens")
struct ClaimsGoldenTests {
    private func check(_ h: Harness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Golden.check(
            h.screen, named: "Claims-\(name)-\(h.size.width)x\(h.size.height)", in: .screens,
            sourceLocation: sourceLocation)
    }

    @Test("the queue", arguments: [(80, 24), (160, 48)])
    func queue(size: (Int, Int)) {
        let h = Harness(ClaimsPaneTests.lateDraft(), size: Size(width: size.0, height: size.1))
        h.press(.character("3"))
        check(h, "queue")
    }

    @Test("a denied claim's detail", arguments: [(80, 24), (160, 48)])
    func detail(size: (Int, Int)) {
        let h = Harness(ClaimsPaneTests.lateDraft(), size: Size(width: size.0, height: size.1))
        h.press(.character("3"), .character("j"), .enter)
        check(h, "detail")
    }

    @Test("filtered by payer", arguments: [(80, 24), (160, 48)])
    func filtered(size: (Int, Int)) {
        let h = Harness(ClaimsPaneTests.lateDraft(), size: Size(width: size.0, height: size.1))
        h.press(.character("3"), .character("P"))
        h.type("aetna")
        h.press(.enter)
        check(h, "aetna")
    }
}
