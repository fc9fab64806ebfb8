/// Makes untrusted text safe to put on a terminal: every control character (C0, DEL, C1, ESC), every
/// bidirectional override and every zero-width character becomes a visible, inert escape, so data can neither move
/// the cursor, retitle the window, reorder what the user reads, nor hide inside a look-alike name. The dashboard
/// draws data through it and the CLI writes every line through it (`CLIOutput`).
public enum Sanitizer {
    /// C0 and DEL become caret notation (`ESC` → `^[`, `TAB` → `^I`, `NUL` → `^@`, `DEL` → `^?`);
    /// C1 controls, bidi controls, line/paragraph separators and zero-width characters (ZWSP, ZWNJ, ZWJ, word
    /// joiner, BOM) become `<U+XXXX>`. ZWJ inside an emoji sequence is escaped too: a sequence then shows as its
    /// parts, which is the price of never letting an invisible character into a name.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for the scalars `clean` rewrites.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v <= 0x9F { return true }
        switch v {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v == 0x7F { return "^?" }
        if v < 0x20, let caret = Unicode.Scalar(v + 0x40) { return "^" + String(Character(caret)) }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
