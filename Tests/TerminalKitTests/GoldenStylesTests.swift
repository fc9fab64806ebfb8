import Testing
import TerminalKit
import TestSupport

/// The golden styles format (`StyleMap`): every cell's style survives the file, and a mismatch names the cell.
@Suite struct GoldenStylesTests {
    let bold = Style(foreground: .cyan, attributes: .bold)
    let bar = Style(foreground: .black, background: .ansi(14), attributes: [.bold, .reverse])

    /// " 王b" with the wide character (cells 1–2) on a bar, the last cell bold cyan; a second row left plain.
    var canvas: Canvas {
        var canvas = Canvas(size: Size(width: 4, height: 2))
        canvas.put("王", x: 1, y: 0, style: bar)
        canvas.put("b", x: 3, y: 0, style: bold)
        return canvas
    }

    @Test func theFileGivesEachCellOneSymbolAndALegend() {
        #expect(
            StyleMap(canvas).fileText == """
                # Cell styles: one symbol per cell below the legend (a wide character's two cells share one).
                . default on default
                A black on bright-cyan, bold reverse
                B cyan on default, bold
                ---
                .AAB
                ....

                """)
    }

    @Test func aFileReadsBackToTheSameStyles() throws {
        let map = StyleMap(canvas)
        #expect(try #require(StyleMap(fileText: map.fileText)) == map)
        #expect(StyleMap(fileText: "not a styles file") == nil)
    }

    @Test func colourWordsAreTheThemeFilesOwn() {
        #expect(
            Style(foreground: .indexed(214), background: .ansi(1), attributes: [.dim, .underline]).legendText
                == "214 on red, dim underline")
        #expect(Style.plain.legendText == "default on default")
    }

    @Test func aMismatchSaysRowColumnWantAndGot() {
        var changed = canvas
        changed.put("b", x: 3, y: 0, style: Style(foreground: .red))
        changed.put("x", x: 0, y: 1, style: bold)
        let message = Golden.stylesMismatch("tiny", want: StyleMap(canvas), got: StyleMap(changed), canvas: changed)
        #expect(message.contains("tiny styles differ at row 0, column 3"), "\(message)")
        #expect(message.contains("\"b\""))
        #expect(message.contains("2 cells in all"))
        #expect(message.contains("want: cyan on default, bold\n"))
        #expect(message.contains("got:  red on default"))
    }

    @Test func aResizedScreenIsNamedAsSuch() {
        let wider = Canvas(size: Size(width: 5, height: 2))
        let message = Golden.stylesMismatch("tiny", want: StyleMap(canvas), got: StyleMap(wider), canvas: wider)
        #expect(message.contains("want 4×2 cells, got 5×2"), "\(message)")
    }

    @Test func aTextMismatchSaysTheRow() {
        let message = Golden.textMismatch("tiny", want: ["ab", "cd"], got: ["ab", "ce"])
        #expect(message.contains("tiny text differs at row 1"))
        #expect(message.contains("want: cd\ngot:  ce"))
    }
}
