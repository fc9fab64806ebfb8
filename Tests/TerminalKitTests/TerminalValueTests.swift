import Testing
@testable import TerminalKit

@Suite struct TerminalValueTests {
    @Test func headlessFeedsEventsThenHangsUpAndKeepsFrames() {
        let terminal = HeadlessTerminal(size: Size(width: 10, height: 2), events: [.key(.character("j")), .tick])
        terminal.resize(to: Size(width: 20, height: 5))
        #expect(terminal.nextEvent(timeout: 0) == .key(.character("j")))
        #expect(terminal.nextEvent(timeout: 0) == .tick)
        #expect(terminal.size == Size(width: 10, height: 2))
        #expect(terminal.nextEvent(timeout: 0) == .resize(Size(width: 20, height: 5)))
        #expect(terminal.size == Size(width: 20, height: 5))
        #expect(terminal.nextEvent(timeout: 0) == .hangup)
        #expect(terminal.nextEvent(timeout: 0) == .hangup)
        var canvas = Canvas(size: terminal.size)
        terminal.draw(canvas)
        canvas.put("x", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        #expect(terminal.frames.count == 2)
        #expect(terminal.lastFrame == canvas)
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }

    @Test func styleMergeLetsNonDefaultFieldsWin() {
        let base = Style(foreground: .red, background: .blue, attributes: .underline)
        let over = Style(background: .cyan, attributes: .bold)
        #expect(over.merged(over: base) == Style(foreground: .red, background: .cyan, attributes: [.bold, .underline]))
        #expect(Style.plain.merged(over: base) == base)
    }

    @Test func colourReduction() {
        #expect(Color.indexed(196).reduced(toPalette: 8) == .red)
        #expect(Color.indexed(46).reduced(toPalette: 8) == .green)
        #expect(Color.indexed(231).reduced(toPalette: 16) == .ansi(15))
        #expect(Color.indexed(232).reduced(toPalette: 8) == .black)
        #expect(Color.ansi(9).reduced(toPalette: 8) == .red)
        #expect(Color.indexed(196).reduced(toPalette: 256) == .indexed(196))
        #expect(Color.default.reduced(toPalette: 8) == .default)
    }

    @Test func colorModeFollowsNoColor() {
        #expect(ColorMode.fromEnvironment(["NO_COLOR": "1"]) == .none)
        #expect(ColorMode.fromEnvironment(["NO_COLOR": ""]) == .automatic)
        #expect(ColorMode.fromEnvironment([:]) == .automatic)
    }

    @Test func slotConstantsAreUniqueAndNamed() {
        #expect(StyleSlot.all.count == 50)
        #expect(Set(StyleSlot.all).count == StyleSlot.all.count)
        #expect(StyleSlot.flowWithProvider.name == "flow.withProvider")
        #expect(StyleSlot.paneBorderFocused == "pane.border.focused")
    }

    @Test func themeErrorDescription() {
        #expect(ThemeError(file: "a.toml", line: nil, key: nil, message: "m").description == "a.toml: m")
        #expect(ThemeError(file: "a.toml", line: 3, key: "k", message: "m").description == "a.toml:3: key 'k': m")
    }
}
