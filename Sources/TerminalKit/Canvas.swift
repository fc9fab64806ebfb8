/// The screen as a value: a grid of cells that widgets draw into and tests read back.
/// Invariant: a cell holding a wide grapheme is always followed by a continuation cell (""), and a
/// continuation cell always follows a wide grapheme; every write repairs neighbours to keep it so.
public struct Canvas: Sendable, Equatable {
    public let size: Size
    private var cells: [Cell]

    public init(size: Size, fill: Style = .plain) {
        let clamped = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = clamped
        self.cells = Array(repeating: Cell(grapheme: " ", style: fill), count: clamped.width * clamped.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Out-of-range reads return a blank cell rather than trapping, so callers can probe freely.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Draws text starting at (x, y), clipped to `clip` (default: the whole canvas). The text is passed
    /// through `Sanitizer.clean` first, so raw data can never reach the terminal as control codes.
    /// A wide character that would straddle a clip edge is replaced by a space.
    /// Returns the columns advanced from `x`, stopping at the clip's right edge.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY, !area.isEmpty else { return 0 }
        if let advanced = putPrintableASCII(text, x: x, y: y, style: style, area: area) { return advanced }
        var column = x
        if DisplayWidth.isSimple(text) {
            // Every scalar is a grapheme or a mark on the one before: no grapheme breaking, nothing to sanitise.
            for scalar in text.unicodeScalars {
                let grapheme = scalar.isASCII ? Self.asciiGraphemes[Int(scalar.value)] : String(scalar)
                guard
                    place(grapheme, width: DisplayWidth.of(scalar: scalar), at: &column, y: y, style: style, area: area)
                else { break }
            }
        } else {
            for ch in Sanitizer.clean(text) {
                guard place(String(ch), width: DisplayWidth.of(ch), at: &column, y: y, style: style, area: area) else {
                    break
                }
            }
        }
        return max(0, min(column, area.maxX) - x)
    }

    /// Writes one grapheme at `column` and advances it; false once the clip's right edge is reached.
    private mutating func place(
        _ grapheme: String, width w: Int, at column: inout Int, y: Int, style: Style,
        area: Rect
    ) -> Bool {
        if column >= area.maxX { return false }
        if w == 0 {
            // Combining marks normally arrive inside their base Character; a stray one joins the cell before.
            attachZeroWidth(grapheme, x: column - 1, y: y, area: area)
            return true
        }
        if column < area.x {
            if w == 2, column + 1 == area.x { setNarrow(" ", x: area.x, y: y, style: style) }
            column += w
            return true
        }
        if w == 2 {
            if column + 1 >= area.maxX {
                setNarrow(" ", x: column, y: y, style: style)
                column += 1
                return false
            }
            setWide(grapheme, x: column, y: y, style: style)
        } else {
            setNarrow(grapheme, x: column, y: y, style: style)
        }
        column += w
        return true
    }

    /// Most of a frame is printable ASCII: one byte per cell, width 1, nothing to sanitise or look up. Returns nil
    /// (draw nothing) when `text` holds any other byte, for the general path.
    private mutating func putPrintableASCII(_ text: String, x: Int, y: Int, style: Style, area: Rect) -> Int? {
        guard let count = DisplayWidth.printableASCIIWidth(text) else { return nil }
        let graphemes = Self.asciiGraphemes
        let end = min(x + count, area.maxX)
        var column = x
        for byte in text.utf8 {
            if column >= end { break }
            if column >= area.x { setNarrow(graphemes[Int(byte)], x: column, y: y, style: style) }
            column += 1
        }
        return max(0, end - x)
    }

    /// One-character strings for every ASCII byte, made once.
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Fills a rectangle with one narrow grapheme (default: space).
    public mutating func fill(_ rect: Rect, style: Style, grapheme: String = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        var g = Sanitizer.clean(grapheme)
        if g.count != 1 || DisplayWidth.of(g) != 1 { g = " " }
        let cell = Cell(grapheme: g, style: style)
        for row in area.y..<area.maxY {
            // Only a wide character cut by the rect's edges leaves a half outside it to blank; inside, every
            // cell is overwritten anyway.
            detach(x: area.x, y: row)
            detach(x: area.maxX - 1, y: row)
            let start = row * size.width
            for i in (start + area.x)..<(start + area.maxX) { cells[i] = cell }
        }
    }

    /// Changes the style of cells without touching their text (a selection bar over existing content).
    /// Both halves of a wide character take the new style when either half is inside `rect`.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for col in area.x..<area.maxX {
                cells[row * size.width + col].style = style
            }
            if cells[row * size.width + area.x].isContinuation, area.x > 0 {
                cells[row * size.width + area.x - 1].style = style
            }
            let last = area.maxX - 1
            if last + 1 < size.width, cells[row * size.width + last + 1].isContinuation {
                cells[row * size.width + last + 1].style = style
            }
        }
    }

    /// Layers `style` over the existing styles in `rect` (see `Style.merged(over:)`).
    public mutating func mergeStyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for col in area.x..<area.maxX {
                let i = row * size.width + col
                cells[i].style = style.merged(over: cells[i].style)
            }
        }
    }

    /// The cells of `rect` (clipped to the canvas) as a canvas of their own, for `paste` later.
    public func copy(_ rect: Rect) -> Canvas {
        let area = rect.intersection(bounds)
        var copied: [Cell] = []
        copied.reserveCapacity(area.width * area.height)
        for row in area.y..<area.maxY {
            let from = row * size.width + area.x
            copied.append(contentsOf: cells[from..<(from + area.width)])
        }
        return Canvas(size: Size(width: area.width, height: area.height), cells: copied)
    }

    private init(size: Size, cells: [Cell]) {
        self.size = size
        self.cells = cells
    }

    /// Puts `region`'s cells back with its top-left corner at (x, y), clipped: cell for cell, without measuring or
    /// sanitising again (they were when first drawn). A wide character cut by an edge becomes a space.
    public mutating func paste(_ region: Canvas, x: Int, y: Int) {
        let area = Rect(x: x, y: y, width: region.size.width, height: region.size.height).intersection(bounds)
        guard !area.isEmpty else { return }
        let width = size.width
        let regionWidth = region.size.width
        for row in area.y..<area.maxY {
            detach(x: area.x, y: row)
            detach(x: area.maxX - 1, y: row)
        }
        cells.withUnsafeMutableBufferPointer { target in
            region.cells.withUnsafeBufferPointer { source in
                for row in area.y..<area.maxY {
                    let from = (row - y) * regionWidth + (area.x - x)
                    let to = row * width + area.x
                    for i in 0..<area.width { target[to + i] = source[from + i] }
                    if target[to].isContinuation { target[to].grapheme = " " }
                    let cutAtRight = (area.x - x) + area.width < regionWidth && source[from + area.width].isContinuation
                    if cutAtRight { target[to + area.width - 1].grapheme = " " }
                }
            }
        }
    }

    /// Copies another canvas onto this one with its top-left corner at (x, y), keeping wide characters whole.
    public mutating func blit(_ other: Canvas, x: Int, y: Int) {
        for row in 0..<other.size.height {
            var col = 0
            while col < other.size.width {
                let cell = other[col, row]
                let w = cell.isContinuation ? 1 : max(1, DisplayWidth.of(cell.grapheme))
                if !cell.isContinuation {
                    put(cell.grapheme, x: x + col, y: y + row, style: cell.style)
                }
                col += w
            }
        }
    }

    /// All rows joined by "\n"; a wide character appears once; trailing spaces are kept.
    public var text: String {
        (0..<size.height).map(row).joined(separator: "\n")
    }

    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var out = ""
        let start = y * size.width
        for i in start..<(start + size.width) { out += cells[i].grapheme }
        return out
    }

    /// A copy with every non-ASCII cell rewritten as `ascii(grapheme, width)`: `width` (1, or 2 for a wide
    /// character) printable ASCII characters that fill the grapheme's columns, keeping its style, so nothing moves.
    /// The result holds only narrow ASCII cells. Used by `TextFallback.ascii`.
    public func transliterated(_ ascii: (_ grapheme: String, _ width: Int) -> String) -> Canvas {
        var out = self
        let graphemes = Self.asciiGraphemes
        for i in cells.indices {
            let grapheme = cells[i].grapheme
            if grapheme.utf8.count == 1, let byte = grapheme.utf8.first, byte < 0x80 { continue }
            // A continuation cell is rewritten with the wide character before it.
            if grapheme.isEmpty { continue }
            let isWide = (i % size.width) + 1 < size.width && cells[i + 1].isContinuation
            let width = isWide ? 2 : 1
            var bytes = Array(ascii(grapheme, width).utf8.filter { $0 >= 0x20 && $0 < 0x7F }.prefix(width))
            while bytes.count < width { bytes.append(UInt8(ascii: "?")) }
            for (offset, byte) in bytes.enumerated() { out.cells[i + offset].grapheme = graphemes[Int(byte)] }
        }
        return out
    }

    /// Cells whose grapheme or style differ from `previous`; every cell when there is no previous frame or
    /// the size changed. Row-major order.
    public func changedCells(since previous: Canvas?) -> [(x: Int, y: Int)] {
        var out: [(x: Int, y: Int)] = []
        guard let previous, previous.size == size else {
            out.reserveCapacity(cells.count)
            for y in 0..<size.height { for x in 0..<size.width { out.append((x, y)) } }
            return out
        }
        for i in cells.indices where cells[i] != previous.cells[i] {
            out.append((i % size.width, i / size.width))
        }
        return out
    }

    // MARK: - Cell writes that keep the wide-character invariant

    private mutating func setNarrow(_ g: String, x: Int, y: Int, style: Style) {
        detach(x: x, y: y)
        cells[y * size.width + x] = Cell(grapheme: g, style: style)
    }

    private mutating func setWide(_ g: String, x: Int, y: Int, style: Style) {
        detach(x: x, y: y)
        detach(x: x + 1, y: y)
        cells[y * size.width + x] = Cell(grapheme: g, style: style)
        cells[y * size.width + x + 1] = Cell(grapheme: "", style: style)
    }

    /// Before (x, y) is overwritten, blanks the other half of any wide character it belongs to,
    /// so no orphan half-cell is left behind.
    private mutating func detach(x: Int, y: Int) {
        let i = y * size.width + x
        let cell = cells[i]
        if cell.isContinuation, x > 0 {
            cells[i - 1].grapheme = " "
        } else if x + 1 < size.width, cells[i + 1].isContinuation {
            cells[i + 1].grapheme = " "
        }
    }

    private mutating func attachZeroWidth(_ mark: String, x: Int, y: Int, area: Rect) {
        guard x >= area.x, x < area.maxX else { return }
        var i = y * size.width + x
        if cells[i].isContinuation, x > 0 { i -= 1 }
        cells[i].grapheme.append(mark)
    }
}
