import Foundation
import Testing
@testable import TerminalKit

@Suite struct TextFallbackTests {
    /// `text` drawn on one row and shown as an ASCII terminal would, trailing spaces cut.
    private func shown(_ text: String, width: Int = 40) -> String {
        var canvas = Canvas(size: Size(width: width, height: 1))
        canvas.put(text, x: 0, y: 0, style: .plain)
        let row = TextFallback.ascii.apply(to: canvas).row(0)
        return String(row.reversed().drop { $0 == " " }.reversed())
    }

    @Test func everyStandInIsOnePrintableASCIICharacterForAOneColumnSymbol() {
        for (symbol, standIn) in ASCIITransliteration.table {
            #expect(DisplayWidth.of(scalar: symbol) == 1, "U+\(String(symbol.value, radix: 16)) is not one column")
            #expect(
                standIn.isASCII && standIn.asciiValue.map { $0 >= 0x20 && $0 < 0x7F } == true,
                "\(symbol) → \(standIn)")
        }
    }

    @Test(
        "the symbols the app draws",
        arguments: [
            ("┌─ Book an appointment ─┐", "+- Book an appointment -+"), ("│ x │", "| x |"), ("└──┘", "+--+"),
            ("├┤┬┴┼═", "+++++-"), ("$25 ✓", "$25 +"), ("✗ ✓out", "x +out"), ("▶10:00", ">10:00"),
            ("◂ Dr Lee ▸", "< Dr Lee >"), ("◀ ▶", "< >"), ("↑↓ pick", "^v pick"), ("←/→", "</>"), ("S-←", "S-<"),
            ("░░ booked ░░", ".. booked .."), ("▒▓█▌", ":##|"), ("⚠ overdue", "! overdue"), ("▲ 3", "^ 3"),
            ("a · b", "a - b"), ("Brenn…", "Brenn~"), ("09:00–12:00 — off", "09:00-12:00 - off"),
            ("“done” ‘x’", "\"done\" 'x'"), ("• •", "* *"), ("×2 ≤ ≥ ≈", "x2 < > ~"),
        ])
    func symbols(drawn: String, expected: String) {
        #expect(shown(drawn) == expected)
    }

    @Test(
        "letters lose their marks, one column each",
        arguments: [
            ("Renée Müller", "Renee Muller"), ("Ångström Çelik", "Angstrom Celik"), ("Dvořák Núñez", "Dvorak Nunez"),
            ("Jürgen Weiß", "Jurgen Weis"), ("Łukasz Søren", "Lukasz Soren"), ("Ngọc Anh Trần", "Ngoc Anh Tran"),
            ("Ayşe Yılmaz", "Ayse Yilmaz"), ("Siobhán Ó Súilleabháin", "Siobhan O Suilleabhain"),
            ("Rene\u{301}e Mu\u{308}ller", "Renee Muller"),
        ])
    func letters(drawn: String, expected: String) {
        #expect(shown(drawn) == expected)
    }

    @Test func whatHasNoASCIIFormIsOneQuestionMarkPerColumn() {
        #expect(shown("王小明 arrived") == "?????? arrived")
        #expect(shown("김 민준|") == "?? ????|")
        #expect(shown("🚀x") == "??x")
        #expect(shown("Ωμέγα") == "?????")
        #expect(shown("ＡＢ|") == "A B |", "fullwidth letters fold and keep both columns")
    }

    @Test func transliteratingKeepsStylesAndLeavesOnlyNarrowASCIICells() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        let warn = Style(foreground: .yellow, attributes: .bold)
        canvas.put("王✓é", x: 0, y: 0, style: warn)
        canvas.put("plain", x: 0, y: 1, style: .plain)
        let ascii = TextFallback.ascii.apply(to: canvas)
        #expect(ascii.row(0) == "??+e      ")
        #expect(ascii.row(1) == canvas.row(1))
        for x in 0..<4 { #expect(ascii[x, 0].style == warn) }
        for y in 0..<2 {
            for x in 0..<10 {
                #expect(ascii[x, y].grapheme.utf8.count == 1 && ascii[x, y].grapheme.allSatisfy { $0.isASCII })
            }
        }
        #expect(TextFallback.unicode.apply(to: canvas) == canvas)
    }

    @Test func chosenFromTheLocale() {
        #expect(TextFallback(localeIsUTF8: true) == .unicode)
        #expect(TextFallback(localeIsUTF8: false) == .ascii)
    }

    @Test func aHeadlessTerminalShowsFramesThroughItsFallback() {
        let terminal = HeadlessTerminal(size: Size(width: 6, height: 1), textFallback: .ascii)
        var canvas = Canvas(size: terminal.size)
        canvas.put("─✓ ü", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        #expect(terminal.lastFrame?.row(0) == "-+ u  ")
        #expect(HeadlessTerminal(size: terminal.size).textFallback == .unicode)
    }

    /// Every non-ASCII character in the app's string literals has a stand-in: a symbol in the table, a Latin
    /// letter that folds to ASCII; only other scripts (CJK names) may become `?`. A new symbol fails here.
    @Test func everyNonASCIICharacterInTheSourcesHasAStandIn() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var seen = Set<Character>()
        // The table itself is what is checked, not a place the app draws from.
        for case let url as URL in files
        where url.pathExtension == "swift"
            && url.lastPathComponent != "ASCIITransliteration.swift"
        {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for ch in code where !ch.isASCII { seen.insert(ch) }
            }
        }
        #expect(seen.contains("─") && seen.contains("✓"), "the scan found the app's symbols")
        for ch in seen {
            let standIn = ASCIITransliteration.text(for: String(ch), width: DisplayWidth.of(ch))
            let name = "\(ch) (U+\(String(ch.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)))"
            let isLatin = ch.unicodeScalars.allSatisfy {
                (0xC0...0x24F).contains($0.value)
                    || (0x1E00...0x1EFF).contains($0.value) || $0.properties.generalCategory == .nonspacingMark
            }
            if ch.isLetter && !isLatin { continue }
            #expect(!standIn.contains("?"), "no ASCII stand-in for \(name)")
            if ch.isLetter { #expect(standIn.allSatisfy { $0.isLetter }, "\(name) → \(standIn)") }
        }
    }
}
