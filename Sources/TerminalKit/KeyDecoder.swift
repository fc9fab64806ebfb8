import CNcurses
import CNcursesShim

/// What one `wget_wch` result means, independent of any terminal so it can be tested without a tty.
enum DecodedInput: Hashable, Sendable {
    case key(Key)
    case resize
    /// Something with no meaning to the app (mouse, unknown function key, stray C1 byte).
    case ignored
}

/// Maps raw ncurses input to keys. `isKeyCode` is true when `wget_wch` returned KEY_CODE_YES.
enum KeyDecoder {
    static func decode(_ code: UInt32, isKeyCode: Bool) -> DecodedInput {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: code)) : decodeCharacter(code)
    }

    static func decodeCharacter(_ code: UInt32) -> DecodedInput {
        switch code {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 0: return .key(.control("@"))
        case 1...26:
            guard let letter = Unicode.Scalar(code + 96) else { return .ignored }
            return .key(.control(Character(letter)))
        case 28...31:
            guard let symbol = Unicode.Scalar(code + 64) else { return .ignored }
            return .key(.control(Character(symbol)))
        case 0x80...0x9F:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> DecodedInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_SLEFT: return .key(.shiftLeft)
        case KEY_SRIGHT: return .key(.shiftRight)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        default:
            let f0 = Int32(cdshim_key_f(0))
            if code > f0, code <= f0 + 63 { return .key(.function(Int(code - f0))) }
            return .ignored
        }
    }
}
