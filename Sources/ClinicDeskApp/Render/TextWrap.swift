import TerminalKit

/// Greedy word wrapping by display width, for messages that must be read whole (the status area, the message
/// log). A word wider than the line is cut between graphemes rather than dropped.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var piece = word
            var pieceWidth = DisplayWidth.of(piece)
            if used > 0, used + 1 + pieceWidth <= width {
                current += " " + piece
                used += 1 + pieceWidth
                continue
            }
            if used > 0 { lines.append(current) }
            while pieceWidth > width {
                // A character wider than the whole line still goes somewhere (and the loop always moves on).
                let cut = DisplayWidth.truncate(piece, to: width, ellipsis: "")
                let head = cut.isEmpty ? String(piece.prefix(1)) : cut
                lines.append(head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
            }
            current = piece
            used = pieceWidth
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
