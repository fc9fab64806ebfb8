import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp

/// Golden screens for the flow pane: `Golden/Flow-<name>.txt` in the test bundle; `RECORD_GOLDEN=1` rewrites
/// them in the source tree (found through #filePath) instead of comparing.
enum FlowGolden {
    static func check(_ canvas: Canvas, _ name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = canvas.text + "\n"
        let fileName = "Flow-\(name).txt"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden").appendingPathComponent(fileName)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let url = try #require(Bundle.module.url(forResource: "Golden/" + fileName, withExtension: nil)
                               ?? Bundle.module.url(forResource: "Flow-\(name)", withExtension: "txt", subdirectory: "Golden"),
                               "missing golden \(fileName): run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("""
                \(fileName) differs at line \(first + 1) (RECORD_GOLDEN=1 rewrites it):
                want: \(first < want.count ? String(want[first]) : "<end>")
                got:  \(first < got.count ? String(got[first]) : "<end>")
                --- got ---
                \(text)
                """, sourceLocation: sourceLocation)
        }
    }
}

extension FlowPane {
    /// The pane alone on a canvas of `width` × `height`.
    func render(_ context: PaneContext, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: height))
        draw(into: &canvas, rect: canvas.bounds, context: context)
        return canvas
    }

    /// Feeds keys one after another; returns the last action.
    @discardableResult
    mutating func press(_ keys: [Key], _ context: PaneContext) -> PaneAction {
        var last = PaneAction.unhandled
        for key in keys { last = handle(key, context: context) }
        return last
    }

    mutating func type(_ text: String, _ context: PaneContext) {
        for c in text { _ = handle(.character(c), context: context) }
    }
}
