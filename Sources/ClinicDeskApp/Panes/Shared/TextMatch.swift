import Foundation
import TerminalKit

/// The one way the `/` filter compares what was typed with what a row shows: case and accents do not matter
/// ("jose" finds "José", "OBRIEN" finds "O’Brien"'s letters), and the needle is a substring of the row's visible
/// text. Letters fold as the ASCII fallback folds them (`ASCIITransliteration`), so what LANG=C shows as "Jose"
/// is what matches.
public struct TextMatch: Hashable, Sendable {
    /// The typed text, folded once.
    public let needle: String

    public init(_ typed: String) { needle = Self.fold(typed.trimmingCharacters(in: .whitespaces)) }

    public var isEmpty: Bool { needle.isEmpty }

    /// True when every field is searched and one holds the needle, or the needle spans the fields joined by spaces.
    public func matches(_ fields: [String]) -> Bool {
        guard !isEmpty else { return true }
        return Self.fold(fields.joined(separator: " ")).contains(needle)
    }

    public func matches(_ text: String) -> Bool { isEmpty || Self.fold(text).contains(needle) }

    /// Lower-case ASCII where a letter has one, the rest kept: plain ASCII (most rows) takes the fast path.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            let grapheme = String(character)
            if grapheme.utf8.count == 1 {
                out += grapheme.lowercased()
                continue
            }
            let ascii = ASCIITransliteration.text(for: grapheme, width: 1)
            out += ascii == "?" ? grapheme.lowercased() : ascii.lowercased()
        }
        return out
    }
}
