import Foundation
import TestSupport

extension GoldenFolder {
    /// Tests/ClinicDeskAppTests/Golden: whole dashboards and single panes.
    static let screens = GoldenFolder(
        bundle: .module,
        source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden")
    )
}
