import Foundation
import Testing
import TerminalKit

/// Golden files hold `canvas.text`. `RECORD_GOLDEN=1 swift test --filter ClinicDeskAppTests` rewrites them in the
/// source tree (through #filePath); a normal run reads the copies bundled with the tests.
enum Golden {
    /// Tests/ClinicDeskAppTests/Golden in the source tree (this file sits in Tests/ClinicDeskAppTests/Support).
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = canvas.text + "\n"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            do {
                try text.write(to: sourceFolder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; run with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
            Issue.record("""
                \(name) differs at row \(firstDiff):
                want: \(firstDiff < want.count ? String(want[firstDiff]) : "<none>")
                got:  \(firstDiff < got.count ? String(got[firstDiff]) : "<none>")
                (RECORD_GOLDEN=1 to accept the new screen)
                """, sourceLocation: sourceLocation)
        }
    }
}
