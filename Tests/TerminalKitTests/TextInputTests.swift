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

@Suite struct TextInputFilterTests {
    @Test(
        "a filter drops what the field cannot take",
        arguments: [
            (CharacterFilter.digits, "4a0 min", "40"), (.date, "2026-11-24x", "2026-11-24"), (.time, "09:4O0", "09:40"),
            (.only(["y", "n"]), "yes no", "yn"), (.digits, "٣3½", "3"),
        ])
    func filters(filter: CharacterFilter, typed: String, kept: String) {
        var input = TextInput(filter: filter)
        for ch in typed {
            let used = input.handle(.character(ch))
            #expect(used, "a refused character is still the field's key, not the caller's")
        }
        #expect(input.value == kept)
        #expect(TextInput(typed, filter: filter).value == kept)
    }

    @Test func setKeepsTheFilter() {
        var input = TextInput("10:00", filter: .time)
        input.set("11:20 am")
        #expect(input.value == "11:20")
        input.handle(.character("p"))
        #expect(input.value == "11:20")
    }

    @Test func placeholderShowsWhileEmptyFocusedOrNot() {
        let theme = Theme.builtInDefault
        var canvas = Canvas(size: Size(width: 16, height: 1))
        TextInput(placeholder: "patient called").draw(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(canvas.row(0) == "patient called  ")
        #expect(canvas[0, 0].style == theme[.inputCursor].merged(over: theme[.input]))
        #expect(canvas[1, 0].style == theme[.textDim].merged(over: theme[.input]))
        var typed = Canvas(size: Size(width: 16, height: 1))
        TextInput("no", placeholder: "patient called").draw(into: &typed, rect: typed.bounds, theme: theme)
        #expect(typed.row(0) == "no              ")
    }
}
