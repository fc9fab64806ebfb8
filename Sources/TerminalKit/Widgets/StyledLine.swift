/// One line of text in several styles — "⚠ " in the warning style, then a sentence — as spans drawn left to right.
/// Each span is a `TableCell`: raw text (sanitized here) with a theme slot or an explicit style.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [TableCell]

    public init(_ spans: [TableCell]) { self.spans = spans }

    /// One span; no slot means the style of whatever the line is drawn on.
    public init(_ text: String, slot: StyleSlot? = nil) { self.init([TableCell(text, slot: slot)]) }

    public init(stringLiteral value: String) { self.init(value) }

    /// The spans' text run together, unstyled.
    public var text: String { spans.map(\.text).joined() }

    /// Columns the line needs.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of(Sanitizer.clean($1.text)) } }

    /// Draws from (x, y), clipped to `clip`; each span's slot is layered over `base` (the surface's own style) and
    /// the span that reaches the right edge ends in "…". Returns the columns drawn.
    @discardableResult
    public func draw(into canvas: inout Canvas, x: Int, y: Int, clip: Rect, theme: Theme, base: Style) -> Int {
        var column = x
        for span in spans {
            let room = clip.maxX - column
            guard room > 0 else { break }
            let style = span.style ?? span.slot.map { theme[$0].merged(over: base) } ?? base
            column += canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(span.text), to: room), x: column, y: y,
                style: style, clip: clip)
        }
        return column - x
    }
}
