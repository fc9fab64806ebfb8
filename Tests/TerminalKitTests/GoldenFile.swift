import Foundation
import Testing

/// Compares text with Golden/NAME.txt from the test bundle. Run with RECORD_GOLDEN=1 to (re)write the files
/// in the source tree instead (then rebuild so the bundle picks them up).
enum GoldenFile {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        // A "|" at each line end keeps trailing spaces visible and safe from editors that strip them.
        let framed = actual.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "|" }.joined(separator: "\n") + "\n"
        if isRecording {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            do {
                try framed.write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt; run with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(framed == expected, "golden \(name) differs; if the change is intended, re-record with RECORD_GOLDEN=1",
                sourceLocation: sourceLocation)
    }
}
