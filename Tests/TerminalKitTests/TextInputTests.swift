import Testing
import TerminalKit

@Suite struct TextInputTests {
    private func typed(_ text: String, into input: inout TextInput) {
        for ch in text { input.handle(.character(ch)) }
    }

    @Test func typingIncludingUTF8() {
        var input = TextInput()
        typed("Renée 王", into: &input)
        #expect(input.value == "Renée 王")
        #expect(input.cursor == 7)
    }

    @Test func cursorMovementAndMidStringEdits() {
        var input = TextInput("abcd")
        input.handle(.left)
        input.handle(.left)
        input.handle(.character("X"))
        #expect(input.value == "abXcd")
        input.handle(.backspace)
        #expect(input.value == "abcd")
        input.handle(.delete)
        #expect(input.value == "abd")
        input.handle(.home)
        input.handle(.backspace)
        #expect(input.value == "abd")
        #expect(input.cursor == 0)
        input.handle(.end)
        input.handle(.right)
        #expect(input.cursor == 3)
        input.handle(.delete)
        #expect(input.value == "abd")
    }

    @Test func killCommands() {
        var input = TextInput("Dr Lee follow up")
        input.handle(.control("w"))
        #expect(input.value == "Dr Lee follow ")
        input.handle(.control("w"))
        #expect(input.value == "Dr Lee ")
        input.handle(.left)
        input.handle(.left)
        input.handle(.control("u"))
        #expect(input.value == "e ")
        #expect(input.cursor == 0)
        input.handle(.control("k"))
        #expect(input.value == "")
    }

    @Test func refusesControlCharactersAndRespectsMaxLength() {
        var input = TextInput(maxLength: 4)
        typed("a\u{1B}b\u{9B}c\u{202E}de", into: &input)
        #expect(input.value == "abcd")
        #expect(TextInput("x\u{1B}[2Jy").value == "x[2Jy")
    }

    @Test func unhandledKeysAreReported() {
        var input = TextInput("x")
        #expect(input.handle(.enter) == false)
        #expect(input.handle(.escape) == false)
        #expect(input.handle(.tab) == false)
        #expect(input.handle(.left) == true)
    }

    @Test func drawShowsCursorCellAndScrolls() {
        let theme = Theme.builtInDefault
        var canvas = Canvas(size: Size(width: 8, height: 1))
        var input = TextInput("王小明 arrived")
        input.draw(into: &canvas, rect: canvas.bounds, theme: theme)
        // Cursor at the end: the text is scrolled so the cursor cell is the last column.
        #expect(canvas.row(0) == "arrived ")
        #expect(canvas[7, 0].style == theme[.inputCursor].merged(over: theme[.input]))
        #expect(canvas[6, 0].style == theme[.input])
        input.handle(.home)
        canvas = Canvas(size: Size(width: 8, height: 1))
        input.draw(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(canvas.row(0) == "王小明 a")
        #expect(canvas[0, 0].style == theme[.inputCursor].merged(over: theme[.input]))
        #expect(canvas[2, 0].style == theme[.input])
    }

    @Test func maskedDrawHidesValue() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        TextInput("1234", masked: true).draw(into: &canvas, rect: canvas.bounds, theme: .builtInDefault, focused: false)
        #expect(canvas.row(0) == "••••  ")
        #expect(!canvas.text.contains("1"))
    }
}
