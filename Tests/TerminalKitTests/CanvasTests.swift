import Testing
@testable import TerminalKit

@Suite struct CanvasTests {
    @Test func putReturnsColumnsAndKeepsTrailingSpaces() {
        var c = Canvas(size: Size(width: 8, height: 2))
        #expect(c.put("abc", x: 1, y: 0, style: .plain) == 3)
        #expect(c.row(0) == " abc    ")
        #expect(c.text == " abc    \n        ")
    }

    @Test func wideCharactersTakeTwoCellsAndAppearOnceInText() {
        var c = Canvas(size: Size(width: 12, height: 1))
        #expect(c.put("王小明", x: 0, y: 0, style: .plain) == 6)
        #expect(c[0, 0].grapheme == "王")
        #expect(c[1, 0].grapheme == "")
        #expect(c[2, 0].grapheme == "小")
        #expect(c.row(0) == "王小明      ")
        #expect(DisplayWidth.of(c.row(0)) == 12)
    }

    @Test func rocketEmojiIsWide() {
        var c = Canvas(size: Size(width: 5, height: 1))
        #expect(c.put("🚀x", x: 0, y: 0, style: .plain) == 3)
        #expect(c.row(0) == "🚀x  ")
        #expect(c[1, 0].isContinuation)
    }

    @Test func accentedAndCombiningTextAlignLikePlainText() {
        var c = Canvas(size: Size(width: 14, height: 3))
        c.put("Renée Müller", x: 0, y: 0, style: .plain)
        c.put("Rene\u{301}e Mu\u{308}ller", x: 0, y: 1, style: .plain)
        c.put("Renee Muller", x: 0, y: 2, style: .plain)
        #expect(DisplayWidth.of(c.row(0)) == 14)
        #expect(DisplayWidth.of(c.row(1)) == 14)
        #expect(c[12, 1].grapheme == " ")
        #expect(c[3, 1].grapheme == "e\u{301}")
        #expect(c[4, 1].grapheme == "e")
    }

    @Test func tableColumnsLineUpAcrossScripts() {
        var c = Canvas(size: Size(width: 24, height: 4))
        let names = ["王小明", "Renée Müller", "🚀 Launch", "e\u{301}cole"]
        for (i, name) in names.enumerated() {
            c.put(DisplayWidth.pad(name, to: 14), x: 0, y: i, style: .plain)
            c.put("|34m", x: 14, y: i, style: .plain)
        }
        for y in 0..<4 { #expect(c[14, y].grapheme == "|") }
    }

    @Test func wideCharacterAtLastColumnBecomesSpace() {
        var c = Canvas(size: Size(width: 5, height: 1))
        let used = c.put("abcd王", x: 0, y: 0, style: .plain)
        #expect(c.row(0) == "abcd ")
        #expect(used == 5)
        #expect(!c[4, 0].isContinuation)
    }

    @Test func wideCharacterStraddlingClipEdgesBecomesSpace() {
        var c = Canvas(size: Size(width: 10, height: 1))
        c.fill(c.bounds, style: .plain, grapheme: ".")
        c.put("王小明", x: 1, y: 0, style: .plain, clip: Rect(x: 2, y: 0, width: 4, height: 1))
        // 王 straddles the left edge (cols 1-2), 小 fits (3-4), 明 straddles the right edge (5-6).
        #expect(c.row(0) == ".. 小 ....")
    }

    @Test func clipRowOutsideDrawsNothing() {
        var c = Canvas(size: Size(width: 4, height: 2))
        #expect(c.put("hi", x: 0, y: 1, style: .plain, clip: Rect(x: 0, y: 0, width: 4, height: 1)) == 0)
        #expect(c.row(1) == "    ")
        #expect(c.put("hi", x: 0, y: 5, style: .plain) == 0)
        #expect(c.put("hi", x: -1, y: 0, style: .plain) == 2) // advance from x, even when clipped on the left
        #expect(c.row(0) == "i   ")
    }

    @Test func overwritingHalfOfAWideCharLeavesNoOrphan() {
        var c = Canvas(size: Size(width: 6, height: 1))
        c.put("王小", x: 0, y: 0, style: .plain)
        c.put("x", x: 1, y: 0, style: .plain) // right half of 王
        #expect(c.row(0) == " x小  ")
        c.put("y", x: 2, y: 0, style: .plain) // left half of 小
        #expect(c.row(0) == " xy   ")
        #expect(c.changedCells(since: nil).count == 6)
        for x in 0..<6 { #expect(!c[x, 0].isContinuation) }
    }

    @Test func wideOverWideShiftedByOneRepairsBothNeighbours() {
        var c = Canvas(size: Size(width: 6, height: 1))
        c.put("王小明", x: 0, y: 0, style: .plain)
        c.put("中", x: 1, y: 0, style: .plain)
        #expect(c.row(0) == " 中 明")
        #expect(DisplayWidth.of(c.row(0)) == 6)
    }

    @Test func fillOverHalfAWideCharRepairs() {
        var c = Canvas(size: Size(width: 4, height: 1))
        c.put("王王", x: 0, y: 0, style: .plain)
        c.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .plain, grapheme: "-")
        #expect(c.row(0) == " -- ")
    }

    @Test func putSanitizesControlCharacters() {
        var c = Canvas(size: Size(width: 12, height: 1))
        c.put("a\u{1B}[2Jb", x: 0, y: 0, style: .plain)
        #expect(c.row(0) == "a^[[2Jb     ")
        c.fill(c.bounds, style: .plain, grapheme: "\u{1B}")
        #expect(c.row(0) == String(repeating: " ", count: 12))
    }

    @Test func setStyleKeepsTextAndCoversBothHalves() {
        var c = Canvas(size: Size(width: 4, height: 1))
        c.put("王ab", x: 0, y: 0, style: .plain)
        let bar = Style(foreground: .black, background: .cyan)
        c.setStyle(Rect(x: 1, y: 0, width: 2, height: 1), style: bar)
        #expect(c.row(0) == "王ab")
        #expect(c[0, 0].style == bar)
        #expect(c[3, 0].style == .plain)
    }

    @Test func changedCellsListsOnlyDifferences() {
        var a = Canvas(size: Size(width: 5, height: 2))
        a.put("hello", x: 0, y: 0, style: .plain)
        var b = a
        #expect(b.changedCells(since: a).isEmpty)
        b.put("J", x: 0, y: 1, style: .plain)
        b.setStyle(Rect(x: 4, y: 0, width: 1, height: 1), style: Style(attributes: .bold))
        let changed = b.changedCells(since: a).map { "\($0.x),\($0.y)" }
        #expect(changed == ["4,0", "0,1"])
        #expect(b.changedCells(since: Canvas(size: Size(width: 4, height: 2))).count == 10)
    }

    @Test func blitCopiesWideCharactersWhole() {
        var small = Canvas(size: Size(width: 3, height: 1))
        small.put("王x", x: 0, y: 0, style: .plain)
        var big = Canvas(size: Size(width: 6, height: 1))
        big.blit(small, x: 2, y: 0)
        #expect(big.row(0) == "  王x ")
    }

    @Test func outOfRangeReadsAreBlank() {
        let c = Canvas(size: Size(width: 2, height: 2))
        #expect(c[-1, 0] == .blank)
        #expect(c[5, 5] == .blank)
        #expect(c.row(9) == "")
    }
}
