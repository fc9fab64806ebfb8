import Foundation
import TestSupport

extension GoldenFolder {
    /// Tests/TerminalKitTests/Golden: the widget screens, each row framed with "|" (trailing spaces matter here).
    static let widgets = GoldenFolder(
        bundle: .module,
        source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"),
        textLayout: .framed
    )
}
