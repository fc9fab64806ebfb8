import Foundation

/// Printable-ASCII stand-ins for what a screen shows, for terminals whose locale cannot encode anything else.
/// A stand-in always covers the same columns as the original, so a transliterated screen keeps its layout:
/// symbols map through `table`, accented letters lose their marks (Foundation's diacritic folding), and anything
/// left becomes one `?` per column (a wide CJK character is `??`).
public enum ASCIITransliteration {
    /// `grapheme` as exactly `width` printable ASCII characters (padded with spaces, e.g. a fullwidth `Ａ` → `A `).
    public static func text(for grapheme: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard let ascii = standIn(for: grapheme), ascii.utf8.count <= width else {
            return String(repeating: "?", count: width)
        }
        return ascii + String(repeating: " ", count: width - ascii.utf8.count)
    }

    private static func standIn(for grapheme: String) -> String? {
        if isPrintableASCII(grapheme) { return grapheme }
        // The first scalar decides: a symbol keeps its stand-in under a variation selector or a stray mark.
        if let first = grapheme.unicodeScalars.first, let mapped = table[first] { return String(mapped) }
        let folded = grapheme.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if isPrintableASCII(folded) { return folded }
        if let first = folded.unicodeScalars.first, let mapped = table[first] { return String(mapped) }
        return nil
    }

    private static func isPrintableASCII(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// One-column ASCII for every symbol the app draws (grep Sources for non-ASCII literals; TextFallbackTests
    /// checks each is covered), their usual neighbours, and the Latin letters diacritic folding leaves as they are.
    public static let table: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = [
            // Box drawing: lines, then every other U+2500–U+257F shape (corners, tees, crosses) below becomes "+".
            "─": "-", "━": "-", "┄": "-", "┅": "-", "┈": "-", "┉": "-", "╌": "-", "╍": "-", "═": "-",
            "╴": "-", "╶": "-", "╸": "-", "╺": "-", "╼": "-", "╾": "-",
            "│": "|", "┃": "|", "┆": "|", "┇": "|", "┊": "|", "┋": "|", "╎": "|", "╏": "|", "║": "|",
            "╵": "|", "╷": "|", "╹": "|", "╻": "|", "╽": "|", "╿": "|",
            "╱": "/", "╲": "\\", "╳": "X",
            // Blocks and shades (the time grid's free slots, gauges, the status bar on a booked slot).
            "█": "#", "▓": "#", "▒": ":", "░": ".", "▉": "#", "▊": "#", "▋": "#",
            "▌": "|", "▍": "|", "▎": "|", "▏": "|", "▐": "|", "▕": "|",
            "▀": "-", "▄": "_", "▁": "_", "▂": "_", "▃": "_", "▅": "#", "▆": "#", "▇": "#",
            // Markers and triangles.
            "▶": ">", "▸": ">", "►": ">", "▷": ">", "▹": ">", "◀": "<", "◂": "<", "◄": "<", "◁": "<", "◃": "<",
            "▲": "^", "▴": "^", "△": "^", "▵": "^", "▼": "v", "▾": "v", "▽": "v", "▿": "v",
            "✓": "+", "✔": "+", "☑": "+", "✗": "x", "✘": "x", "☒": "x", "⚠": "!",
            "•": "*", "●": "*", "◦": "o", "○": "o", "∙": "*", "■": "#", "□": "#", "▪": "*", "▫": "*",
            "◆": "*", "◇": "*", "★": "*", "☆": "*", "·": "-",
            // Arrows.
            "←": "<", "→": ">", "↑": "^", "↓": "v", "↔": "-", "↕": "|", "⇐": "<", "⇒": ">", "⇑": "^", "⇓": "v",
            "↖": "\\", "↗": "/", "↘": "\\", "↙": "/", "↵": "<",
            // Punctuation and spaces.
            "…": "~", "⋯": "~", "—": "-", "–": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
            "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "\"", "»": "\"",
            "‘": "'", "’": "'", "‚": "'", "′": "'", "‹": "<", "›": ">", "¡": "!", "¦": "|",
            "\u{A0}": " ", "\u{2002}": " ", "\u{2003}": " ", "\u{2007}": " ", "\u{2009}": " ", "\u{200A}": " ",
            "\u{202F}": " ", "\u{205F}": " ",
            // Maths, units, money, signs.
            "×": "x", "÷": "/", "≤": "<", "≥": ">", "≈": "~", "≠": "#", "±": "+", "µ": "u", "°": "o",
            "¹": "1", "²": "2", "³": "3", "€": "E", "£": "L", "¥": "Y", "¢": "c", "©": "c", "®": "R", "™": "T",
            "§": "S", "¶": "P",
            // Letters without a combining mark to fold away; one column each, so ß is "s", not "ss".
            "ß": "s", "ẞ": "S", "ı": "i", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
            "Ħ": "H", "ħ": "h", "Æ": "A", "æ": "a", "Œ": "O", "œ": "o", "Þ": "P", "þ": "p", "Ð": "D", "ð": "d",
            "Ŋ": "N", "ŋ": "n", "ĸ": "k", "ſ": "s", "Ŀ": "L", "ŀ": "l", "Ŧ": "T", "ŧ": "t", "ƒ": "f",
        ]
        for value in UInt32(0x2500)...0x257F {
            guard let scalar = Unicode.Scalar(value), table[scalar] == nil else { continue }
            table[scalar] = "+"
        }
        return table
    }()
}
