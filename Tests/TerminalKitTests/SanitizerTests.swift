import Testing
import TerminalKit

@Suite struct SanitizerTests {
    /// Nothing that a terminal would interpret may survive.
    private func assertInert(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            let isControl = v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            let isBidi =
                [0x061C, 0x200E, 0x200F].contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            let isZeroWidth = (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF
            #expect(
                !isControl && !isBidi && !isZeroWidth,
                "raw U+\(String(v, radix: 16)) survived in \(s.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        ("\u{1B}[2J", "^[[2J"),
        ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
        ("\u{9B}31m", "<U+009B>31m"),
        ("\u{202E}evil", "<U+202E>evil"),
        ("a\u{7F}b", "a^?b"),
        ("nul\u{0}", "nul^@"),
        ("tab\there", "tab^Ihere"),
        ("line\nbreak\r", "line^Jbreak^M"),
        ("\r\n", "^M^J"),
        ("\u{2066}iso\u{2069}", "<U+2066>iso<U+2069>"),
        ("\u{200F}rtl\u{061C}", "<U+200F>rtl<U+061C>"),
        ("\u{2028}", "<U+2028>"),
        // zero-width characters: a look-alike name shows what it hides
        ("Ad\u{200B}min", "Ad<U+200B>min"),
        ("a\u{200C}b\u{200D}c", "a<U+200C>b<U+200D>c"),
        ("\u{FEFF}Lee\u{2060}", "<U+FEFF>Lee<U+2060>"),
    ])
    func escapesBecomeVisible(input: String, expected: String) {
        let cleaned = Sanitizer.clean(input)
        #expect(cleaned == expected)
        assertInert(cleaned)
    }

    @Test func ordinaryTextIsUntouched() {
        for s in ["Renée Müller", "王小明", "🚀", "e\u{301}", "$25.00 · 10:20", ""] {
            #expect(Sanitizer.clean(s) == s)
        }
    }

    @Test func cleanIsIdempotent() {
        let nasty = "\u{1B}[31m\u{9B}\u{202E}x\u{0}\u{7F}"
        #expect(Sanitizer.clean(Sanitizer.clean(nasty)) == Sanitizer.clean(nasty))
    }

    @Test func everyControlScalarIsEscaped() {
        var all = ""
        for v in UInt32(0)...0x9F { if let s = Unicode.Scalar(v) { all.unicodeScalars.append(s) } }
        assertInert(Sanitizer.clean(all))
    }
}
