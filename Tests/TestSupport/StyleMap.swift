import TerminalKit

/// Every cell's style of a canvas, as the text of a golden `NAME.styles.txt`: a legend giving each distinct style
/// one symbol (`.` is the plain style; the others in order of first appearance), a `---` line, then one row of
/// symbols per canvas row, one symbol per cell, so the grid lines up with the text golden column for column (a
/// wide character's two cells both carry its symbol).
///
///     # Cell styles: one symbol per cell below the legend (a wide character's two cells share one).
///     . default on default
///     A blue on default
///     B cyan on default, bold
///     ---
///     BBBA....A
public struct StyleMap: Equatable, Sendable {
    /// Each cell's `Style.legendText`, row by row.
    public let rows: [[String]]

    static let header = "# Cell styles: one symbol per cell below the legend (a wide character's two cells share one)."
    static let separator = "---"
    static let plainSymbol: Character = "."
    /// Symbols for the styles after plain; none is `.`, `-`, `#` or a space, so no grid row reads as markup.
    static let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*+=%&@$!?~^<>/:;_")

    public init(_ canvas: Canvas) {
        rows = (0..<canvas.size.height).map { y in (0..<canvas.size.width).map { x in canvas[x, y].style.legendText } }
    }

    public var size: (width: Int, height: Int) { (rows.first?.count ?? 0, rows.count) }

    /// The styles file's text. Symbols are handed out in reading order, so equal maps give equal files.
    public var fileText: String {
        let plain = Style.plain.legendText
        var symbolOf: [String: Character] = [plain: Self.plainSymbol]
        var others: [String] = []
        for style in rows.joined() where symbolOf[style] == nil {
            symbolOf[style] = Self.symbol(number: others.count)
            others.append(style)
        }
        let usesPlain = rows.contains { $0.contains(plain) }
        let legend = (usesPlain ? [plain] : []) + others
        let legendLines = legend.map { "\(symbolOf[$0] ?? "?") \($0)" }
        let grid = rows.map { String($0.map { symbolOf[$0] ?? "?" }) }
        return ([Self.header] + legendLines + [Self.separator] + grid).joined(separator: "\n") + "\n"
    }

    /// Reads a styles file back; nil if it is not one.
    public init?(fileText: String) {
        var lines = fileText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.first == Self.header, let end = lines.firstIndex(of: Self.separator) else { return nil }
        var styleOf: [Character: String] = [:]
        for line in lines[1..<end] {
            guard let symbol = line.first, line.dropFirst().first == " " else { return nil }
            styleOf[symbol] = String(line.dropFirst(2))
        }
        var rows: [[String]] = []
        for line in lines[(end + 1)...] {
            var row: [String] = []
            for symbol in line {
                guard let style = styleOf[symbol] else { return nil }
                row.append(style)
            }
            rows.append(row)
        }
        self.rows = rows
    }

    /// The first cell, in reading order, whose style differs from `other`'s, with how many differ in all; nil when
    /// the maps are the same size and equal.
    public func firstDifference(from other: StyleMap) -> (x: Int, y: Int, mine: String, theirs: String, count: Int)? {
        var first: (x: Int, y: Int, mine: String, theirs: String)?
        var count = 0
        for (y, row) in rows.enumerated() where y < other.rows.count {
            for (x, style) in row.enumerated() where x < other.rows[y].count && other.rows[y][x] != style {
                count += 1
                if first == nil { first = (x, y, style, other.rows[y][x]) }
            }
        }
        guard let first else { return nil }
        return (first.x, first.y, first.mine, first.theirs, count)
    }

    static func symbol(number: Int) -> Character {
        precondition(number < symbols.count, "a golden canvas with more than \(symbols.count) distinct styles")
        return symbols[number]
    }

    static func rank(_ symbol: Character) -> Int { symbols.firstIndex(of: symbol) ?? symbols.count }
}
