/// How to place text inside a wider field.
public enum Alignment: Sendable {
    case left, right, center
}

/// Terminal column widths from a compiled-in Unicode table, so results do not depend on the process locale.
public enum DisplayWidth {
    /// 0 for combining marks and format characters, 2 for wide (CJK, emoji presentation), else 1.
    /// A grapheme's width is its base scalar's width, which is what ncurses (via wcwidth) advances by.
    /// Control and bidi characters count as the width of their `Sanitizer` escape, so measuring raw text
    /// agrees with what the canvas finally shows.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        if scalars.contains(where: Sanitizer.needsEscape) {
            return of(Sanitizer.clean(String(character)))
        }
        guard let first = scalars.first else { return 0 }
        if character.isASCII { return 1 }
        return of(scalar: first)
    }

    public static func of(_ text: String) -> Int {
        // Printable ASCII, most of what is measured: one column per byte.
        if let width = printableASCIIWidth(text) { return width }
        if isSimple(text) { return text.unicodeScalars.reduce(0) { $0 + of(scalar: $1) } }
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// Width of a single code point, ignoring grapheme context.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return (v < 0x20 || (v >= 0x7F && v < 0xA0)) ? 0 : 1 }
        if contains(WidthTables.zeroWidth, v) { return 0 }
        if contains(WidthTables.doubleWidth, v) { return 2 }
        return 1
    }

    /// Cuts `text` so its width is at most `width`, ending in `ellipsis` when something was cut.
    /// Never splits a grapheme; if even the ellipsis does not fit, it is dropped.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if let length = printableASCIIWidth(text) {
            if length <= width { return text }
        } else if of(text) <= width {
            return text
        }
        let ellipsisWidth = of(ellipsis)
        let useEllipsis = ellipsisWidth <= width
        let budget = useEllipsis ? width - ellipsisWidth : width
        var out = ""
        if printableASCIIWidth(text) != nil {
            out = String(decoding: text.utf8.prefix(budget), as: UTF8.self)
        } else {
            out = truncatedGraphemes(text, budget: budget)
        }
        guard useEllipsis else { return out }
        // "Maple …" reads worse than "Maple…"; the space is dropped, not counted.
        while out.last?.isWhitespace == true { out.removeLast() }
        return out + ellipsis
    }

    /// The longest prefix of whole graphemes at most `budget` columns wide.
    private static func truncatedGraphemes(_ text: String, budget: Int) -> String {
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        return out
    }

    /// Truncates (with "…") and pads with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width)
        let gap = width - of(cut)
        guard gap > 0 else { return cut }
        switch alignment {
        case .left:
            return cut + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// True when every scalar of `text` is its own grapheme or a combining mark on the one before, needs no
    /// sanitising, and has a plain table width: Latin, Greek, Cyrillic, punctuation, arrows, box drawing, shapes
    /// and symbols, kana, CJK, Hangul syllables, fullwidth forms, single emoji. Such text can be measured and drawn
    /// scalar by scalar, skipping grapheme breaking; anything else (ZWJ sequences, flags, skin tones, variation
    /// selectors, jamo, Indic spacing marks, controls, bidi) takes the grapheme path.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isSimple(scalar: $0.value) }
    }

    static func isSimple(scalar v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0x36F, 0x370...0x52F: return true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2100...0x2BFF: return true
        case 0x3000...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFFEF: return true
        case 0x1F3FB...0x1F3FF: return false
        case 0x1F300...0x1FAFF: return true
        default: return false
        }
    }

    /// The byte count when every byte is printable ASCII, else nil.
    static func printableASCIIWidth(_ text: String) -> Int? {
        let utf8 = text.utf8
        let isPrintable = { (byte: UInt8) in byte >= 0x20 && byte < 0x7F }
        let printable =
            utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPrintable) } ?? utf8.allSatisfy(isPrintable)
        return printable ? utf8.count : nil
    }

    private static func contains(_ table: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
        var lo = 0
        var hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let (a, b) = table[mid]
            if value < a {
                hi = mid - 1
            } else if value > b {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
