/// Reads xterm mouse reports that reach the program as plain bytes instead of one KEY_MOUSE: a terminal
/// still reporting after another program turned it on, a TERM whose `kmous` does not match what the terminal
/// sends, or the tail of a report ncurses recognised but could not decode (mouse off). Without this a report's
/// bytes were read as keys, and the digits in `ESC [ < 0 ; 12 ; 3 M` switched panes.
///
/// Fed one input code at a time from an ESC (or from just after ncurses' KEY_MOUSE, `afterIntroducer`):
/// SGR `ESC [ < b ; x ; y M|m`, urxvt `ESC [ b ; x ; y M`, X10 `ESC [ M b x y` (each byte + 32).
/// Anything that turns out not to be a mouse report is handed back whole, to be read as the keys it is.
public struct MouseReportDecoder: Sendable {
    public enum Step: Equatable, Sendable {
        /// More bytes are needed.
        case pending
        case mouse(MouseEvent)
        /// A mouse report that means nothing usable (malformed, too long): dropped, never read as keys.
        case swallowed
        /// Not a mouse report: these codes, in order, are ordinary input.
        case notMouse([UInt32])
    }

    private enum State: Sendable {
        case start, escape, bracket, sgr, decimal, x10
    }

    private var state: State
    private var codes: [UInt32] = []
    /// Limit on a report's length: past it the bytes are swallowed, never replayed.
    static let maximumLength = 24

    public init() { state = .start }

    /// A decoder for what follows ncurses' KEY_MOUSE (it consumed `ESC [ M` or `ESC [ <`): a digit first is SGR,
    /// anything else the three X10 bytes.
    public static func afterIntroducer() -> MouseReportDecoder {
        var decoder = MouseReportDecoder()
        decoder.state = .bracket
        decoder.codes = [27, 91]
        decoder.introducerConsumed = true
        return decoder
    }

    private var introducerConsumed = false

    public mutating func feed(_ code: UInt32) -> Step {
        codes.append(code)
        if codes.count > Self.maximumLength { return .swallowed }
        switch state {
        case .start:
            guard code == 27 else { return .notMouse(codes) }
            state = .escape
        case .escape:
            guard code == 91 else { return .notMouse(codes) } // [
            state = .bracket
        case .bracket:
            switch code {
            case 60: state = .sgr // <
            case 77 where !introducerConsumed: state = .x10 // M
            case 48...57: state = introducerConsumed ? .sgr : .decimal
            default:
                if introducerConsumed {
                    state = .x10
                    return x10Step()
                }
                return .notMouse(codes)
            }
        case .sgr, .decimal:
            switch code {
            case 48...57, 59: break // digits and ';'
            case 77, 109: return decimalReport(released: code == 109) // M, m
            default: return state == .sgr || introducerConsumed ? .swallowed : .notMouse(codes)
            }
        case .x10:
            return x10Step()
        }
        return .pending
    }

    /// Codes fed so far, for a caller that gives up waiting (nothing more arrived): read them as keys unless
    /// they are already inside a report.
    public var unfinished: Step {
        switch state {
        case .start, .escape: return codes.isEmpty ? .pending : .notMouse(codes)
        case .bracket: return introducerConsumed ? .swallowed : .notMouse(codes)
        case .decimal: return .notMouse(codes)
        case .sgr, .x10: return .swallowed
        }
    }

    private func x10Step() -> Step {
        let body = introducerConsumed ? Array(codes.dropFirst(2)) : Array(codes.dropFirst(3))
        guard body.count == 3 else { return .pending }
        let values = body.map { Int($0) - 32 }
        guard values.allSatisfy({ $0 >= 0 }), values[1] >= 1, values[2] >= 1 else { return .swallowed }
        let kind = MouseEvent.kind(buttonCode: values[0], released: false)
        return .mouse(MouseEvent(kind, x: values[1] - 1, y: values[2] - 1))
    }

    private func decimalReport(released: Bool) -> Step {
        let start = introducerConsumed ? 2 : (state == .sgr ? 3 : 2)
        let text = String(
            decoding: codes[start..<(codes.count - 1)].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        let fields = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard fields.count == 3, let button = fields[0], let x = fields[1], let y = fields[2], x >= 1, y >= 1 else {
            return state == .decimal ? .notMouse(codes) : .swallowed
        }
        // urxvt's decimal form adds 32 to the button like X10.
        let code = state == .decimal ? button - 32 : button
        guard code >= 0 else { return .swallowed }
        return .mouse(MouseEvent(MouseEvent.kind(buttonCode: code, released: released), x: x - 1, y: y - 1))
    }
}
