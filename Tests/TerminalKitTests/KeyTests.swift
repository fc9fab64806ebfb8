import CNcurses
import Testing
@testable import TerminalKit

@Suite struct KeyTests {
    @Test func displayNames() {
        #expect(Key.tab.displayName == "Tab")
        #expect(Key.backTab.displayName == "S-Tab")
        #expect(Key.up.displayName == "↑")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.function(12).displayName == "F12")
        #expect(Key.control("l").displayName == "C-l")
        #expect(Key.character("q").displayName == "q")
        #expect(Key.enter.displayName == "Enter")
        #expect(Key.escape.displayName == "Esc")
        #expect(Key.character(" ").displayName == "Space")
    }

    @Test func plainCharacterCodes() {
        #expect(KeyDecoder.decode(10, isKeyCode: false) == .key(.enter))
        #expect(KeyDecoder.decode(13, isKeyCode: false) == .key(.enter))
        #expect(KeyDecoder.decode(9, isKeyCode: false) == .key(.tab))
        #expect(KeyDecoder.decode(27, isKeyCode: false) == .key(.escape))
        #expect(KeyDecoder.decode(127, isKeyCode: false) == .key(.backspace))
        #expect(KeyDecoder.decode(8, isKeyCode: false) == .key(.backspace))
        #expect(KeyDecoder.decode(12, isKeyCode: false) == .key(.control("l")))
        #expect(KeyDecoder.decode(1, isKeyCode: false) == .key(.control("a")))
        #expect(KeyDecoder.decode(26, isKeyCode: false) == .key(.control("z")))
        #expect(KeyDecoder.decode(113, isKeyCode: false) == .key(.character("q")))
        #expect(KeyDecoder.decode(0xE9, isKeyCode: false) == .key(.character("é")))
        #expect(KeyDecoder.decode(0x738B, isKeyCode: false) == .key(.character("王")))
        #expect(KeyDecoder.decode(0x9B, isKeyCode: false) == .ignored)
        #expect(KeyDecoder.decode(0xD800, isKeyCode: false) == .ignored)
    }

    @Test func ncursesKeyCodes() {
        func key(_ code: Int32) -> DecodedInput { KeyDecoder.decode(UInt32(bitPattern: code), isKeyCode: true) }
        #expect(key(KEY_RESIZE) == .resize)
        #expect(key(KEY_BTAB) == .key(.backTab))
        #expect(key(KEY_SLEFT) == .key(.shiftLeft))
        #expect(key(KEY_SRIGHT) == .key(.shiftRight))
        #expect(key(KEY_ENTER) == .key(.enter))
        #expect(key(KEY_BACKSPACE) == .key(.backspace))
        #expect(key(KEY_DC) == .key(.delete))
        #expect(key(KEY_IC) == .key(.insert))
        #expect(key(KEY_NPAGE) == .key(.pageDown))
        #expect(key(KEY_PPAGE) == .key(.pageUp))
        #expect(key(KEY_HOME) == .key(.home))
        #expect(key(KEY_END) == .key(.end))
        #expect(key(KEY_UP) == .key(.up))
        #expect(key(KEY_F0 + 1) == .key(.function(1)))
        #expect(key(KEY_F0 + 12) == .key(.function(12)))
        #expect(key(KEY_MOUSE) == .ignored)
        // Literal values from ncurses.h, so a changed mapping cannot hide behind the same constants.
        #expect(key(0o541) == .key(.backTab))
        #expect(key(0o632) == .resize)
        #expect(key(0o410 + 5) == .key(.function(5)))
    }
}
