import Testing
import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func characterWidths() {
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character("王")) == 2)
        #expect(DisplayWidth.of(Character("🚀")) == 2)
        #expect(DisplayWidth.of(Character("é")) == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Character("─")) == 1)
        #expect(DisplayWidth.of(Character("…")) == 1)
        #expect(DisplayWidth.of(Character("ｱ")) == 1) // halfwidth katakana
        #expect(DisplayWidth.of(Character("Ａ")) == 2) // fullwidth A
        #expect(DisplayWidth.of(Character("한")) == 2)
        #expect(DisplayWidth.of(scalar: "\u{301}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{200B}") == 0)
    }

    @Test func controlsMeasureAsTheirEscape() {
        #expect(DisplayWidth.of("\u{1B}") == 2)
        #expect(DisplayWidth.of("\u{202E}") == 8)
    }

    @Test func stringWidths() {
        #expect(DisplayWidth.of("王小明") == 6)
        #expect(DisplayWidth.of("Renée Müller") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func truncateNeverExceedsWidthAndNeverSplitsWideChars() {
        #expect(DisplayWidth.truncate("hello world", to: 5) == "hell…")
        #expect(DisplayWidth.truncate("hello", to: 5) == "hello")
        #expect(DisplayWidth.truncate("王小明", to: 5) == "王小…")
        #expect(DisplayWidth.truncate("王小明", to: 4) == "王…")
        #expect(DisplayWidth.truncate("王小明", to: 1) == "…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", to: 3, ellipsis: "...") == "...")
        #expect(DisplayWidth.truncate("abcdef", to: 2, ellipsis: "...") == "ab")
        for w in 0...8 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("🚀王a小b明", to: w)) <= w)
        }
    }

    @Test func padProducesExactWidth() {
        #expect(DisplayWidth.pad("ab", to: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("王小明", to: 5) == "王小…")
        #expect(DisplayWidth.pad("王小明", to: 4) == "王… ")
        for w in 1...10 {
            #expect(DisplayWidth.of(DisplayWidth.pad("Renée 王小明 🚀", to: w, alignment: .center)) == w)
        }
    }
}
