/// A terminal colour. `.ansi` is one of the 16 classic colours, `.indexed` one of the 256-colour palette.
public enum Color: Hashable, Sendable, Codable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)

    public static let black = Color.ansi(0)
    public static let red = Color.ansi(1)
    public static let green = Color.ansi(2)
    public static let yellow = Color.ansi(3)
    public static let blue = Color.ansi(4)
    public static let magenta = Color.ansi(5)
    public static let cyan = Color.ansi(6)
    public static let white = Color.ansi(7)

    /// Names accepted in theme files; "bright-x" is the high-intensity variant (ansi 8–15).
    public static let namedColors: [String: Color] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var table: [String: Color] = ["default": .default, "gray": .ansi(8), "grey": .ansi(8)]
        for (i, name) in base.enumerated() {
            table[name] = .ansi(UInt8(i))
            table["bright-" + name] = .ansi(UInt8(i + 8))
        }
        return table
    }()

    /// The palette index ncurses uses for this colour, or -1 for the terminal's default.
    public var paletteIndex: Int {
        switch self {
        case .default: -1
        case .ansi(let n): Int(n & 0x0F)
        case .indexed(let n): Int(n)
        }
    }

    /// The nearest colour among the first `count` palette entries (8 or 16), for terminals without 256 colours.
    public func reduced(toPalette count: Int) -> Color {
        switch self {
        case .default:
            return .default
        case .ansi(let n):
            return count >= 16 ? .ansi(n & 0x0F) : .ansi(n & 0x07)
        case .indexed(let n):
            if n < 16 { return Color.ansi(n).reduced(toPalette: count) }
            if count >= 256 { return self }
            return .ansi(Color.nearestBasic(index: Int(n), paletteSize: count))
        }
    }

    /// Approximate RGB for xterm's 256-colour palette, used only to choose a fallback.
    static func rgb(index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
            (255, 255, 255),
        ]
        if index < 16 { return basic[index] }
        if index < 232 {
            let i = index - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let level = 8 + (index - 232) * 10
        return (level, level, level)
    }

    static func nearestBasic(index: Int, paletteSize: Int) -> UInt8 {
        let (r, g, b) = rgb(index: index)
        let candidates = paletteSize >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for c in 0..<candidates {
            let (cr, cg, cb) = rgb(index: c)
            let d = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if d < bestDistance {
                bestDistance = d
                best = c
            }
        }
        return UInt8(best)
    }
}
