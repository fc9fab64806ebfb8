import TerminalKit

/// How a style reads in a golden styles file: "fg on bg" in the theme files' colour words, then the attributes,
/// e.g. `cyan on default, bold underline` or `231 on 24`. Distinct styles always read differently.
extension Style {
    public var legendText: String {
        let colors = "\(foreground.legendText) on \(background.legendText)"
        let names = TextAttributes.named.filter { attributes.contains($0.attribute) }.map(\.name)
        let unnamed = attributes.subtracting(TextAttributes(TextAttributes.named.map(\.attribute)))
        let words = names + (unnamed.isEmpty ? [] : ["attributes(\(unnamed.rawValue))"])
        return words.isEmpty ? colors : colors + ", " + words.joined(separator: " ")
    }
}

extension Color {
    /// Theme-file words: `default`, `red`, `bright-red`; a 256-colour index as its number.
    public var legendText: String {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        switch self {
        case .default: return "default"
        case .ansi(let n) where n < 8: return names[Int(n)]
        case .ansi(let n) where n < 16: return "bright-" + names[Int(n) - 8]
        case .ansi(let n): return "ansi(\(n))"
        case .indexed(let n): return "\(n)"
        }
    }
}
