import Foundation
import TerminalKit

extension Harness {
    /// The bottom rows a long message may take (`StatusLine.maxMessageRows`), trimmed and joined with one space,
    /// so a sentence wrapped across them reads as one line.
    var statusArea: String {
        let canvas = screen
        let rows = (max(0, size.height - 3)..<size.height).map { canvas.row($0).trimmingCharacters(in: .whitespaces) }
        return rows.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
