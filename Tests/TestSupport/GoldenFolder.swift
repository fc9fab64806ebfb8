import Foundation

/// Where one test target keeps its golden files. `Bundle.module` belongs to the target that declares the
/// resources, so each target names its own folder (`GoldenFolder(bundle: .module, sourceFile: #filePath, …)`).
public struct GoldenFolder: Sendable {
    /// How a golden's text file lays out the canvas rows.
    public enum TextLayout: Sendable {
        /// `canvas.text` and a final newline.
        case plain
        /// A "|" after every row, which keeps trailing spaces visible and safe from editors that strip them.
        case framed
    }

    /// The bundled copy a normal run reads (nil if the bundle has no such folder).
    public let bundled: URL?
    /// The folder in the source tree that `RECORD_GOLDEN=1` rewrites.
    public let source: URL
    public let textLayout: TextLayout

    /// - Parameters:
    ///   - bundle: the test target's `Bundle.module`, which holds `.copy(folderName)`.
    ///   - source: the same folder in the source tree.
    public init(bundle: Bundle, folderName: String = "Golden", source: URL, textLayout: TextLayout = .plain) {
        bundled = bundle.url(forResource: folderName, withExtension: nil)
        self.source = source
        self.textLayout = textLayout
    }

    public func text(of canvasText: String) -> String {
        switch textLayout {
        case .plain: canvasText + "\n"
        case .framed: canvasText.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "|\n" }.joined()
        }
    }

    /// The canvas rows back out of a golden's text (for a mismatch message).
    public func rows(of goldenText: String) -> [String] {
        var rows = goldenText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        guard textLayout == .framed else { return rows }
        return rows.map { $0.hasSuffix("|") ? String($0.dropLast()) : $0 }
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func textFileName(_ name: String) -> String { name + ".txt" }
    static func stylesFileName(_ name: String) -> String { name + ".styles.txt" }
}
