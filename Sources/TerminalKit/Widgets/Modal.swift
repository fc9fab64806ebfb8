/// A centred popup over whatever is already on the canvas or a part of it (help, confirmations, forms). Everything
/// under it is cleared, so no half-covered wide character or stray text shows through.
/// Title, body and footer are raw strings; they are sanitized and truncated here.
public struct Modal: Sendable {
    public var title: String
    /// The body, one line per row, each in its own styles (plain lines are drawn in "popup.text").
    public var content: [StyledLine]
    /// A hint on the bottom border, e.g. "Enter confirm · Esc cancel".
    public var footer: String
    /// Interior width to ask for; nil sizes to the content. Always capped to the canvas.
    public var preferredWidth: Int?
    public var ascii: Bool

    public init(title: String, lines: [String], footer: String = "", preferredWidth: Int? = nil, ascii: Bool = false) {
        self.init(
            title: title, content: lines.map { StyledLine($0) }, footer: footer, preferredWidth: preferredWidth,
            ascii: ascii)
    }

    public init(
        title: String, content: [StyledLine], footer: String = "", preferredWidth: Int? = nil,
        ascii: Bool = false
    ) {
        self.title = title
        self.content = content
        self.footer = footer
        self.preferredWidth = preferredWidth
        self.ascii = ascii
    }

    /// The body as plain text, one string per row.
    public var lines: [String] {
        get { content.map(\.text) }
        set { content = newValue.map { StyledLine($0) } }
    }

    /// Where the popup goes on a canvas of `size` (border included).
    public func frame(in size: Size) -> Rect { frame(in: Rect(x: 0, y: 0, width: size.width, height: size.height)) }

    /// Where the popup goes when centred in `area` (a pane, say), border included; never larger than `area`.
    public func frame(in area: Rect) -> Rect {
        let contentWidth = max(
            content.map(\.width).max() ?? 0,
            DisplayWidth.of(Sanitizer.clean(title)) + 2,
            DisplayWidth.of(Sanitizer.clean(footer)) + 2
        )
        let inner = min(preferredWidth ?? contentWidth, max(0, area.width - 4))
        let width = max(0, min(inner + 4, area.width))
        let height = max(0, min(content.count + 2, area.height))
        return Rect(
            x: area.x + max(0, (area.width - width) / 2), y: area.y + max(0, (area.height - height) / 2),
            width: width, height: height)
    }

    /// Draws the popup centred on the canvas; returns the interior (inside the border and a one-column margin)
    /// for extra content.
    @discardableResult
    public func draw(into canvas: inout Canvas, theme: Theme) -> Rect {
        draw(into: &canvas, in: canvas.bounds, theme: theme)
    }

    /// Draws the popup centred in `area`; returns the interior, as `draw(into:theme:)` does.
    @discardableResult
    public func draw(into canvas: inout Canvas, in area: Rect, theme: Theme) -> Rect {
        let rect = frame(in: area)
        guard rect.width >= 4, rect.height >= 2 else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let body = theme[.popupText]
        canvas.fill(rect, style: body)
        let chars = ascii ? BorderCharacters.ascii : .unicode
        let border = theme[.popupBorder]
        canvas.fill(
            Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), style: border, grapheme: chars.horizontal)
        canvas.fill(
            Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), style: border,
            grapheme: chars.horizontal)
        canvas.fill(
            Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), style: border, grapheme: chars.vertical)
        canvas.fill(
            Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), style: border,
            grapheme: chars.vertical)
        canvas.put(chars.topLeft, x: rect.x, y: rect.y, style: border)
        canvas.put(chars.topRight, x: rect.maxX - 1, y: rect.y, style: border)
        canvas.put(chars.bottomLeft, x: rect.x, y: rect.maxY - 1, style: border)
        canvas.put(chars.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: border)

        let edge = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        let room = rect.width - 4
        if !title.isEmpty {
            canvas.put(
                " " + DisplayWidth.truncate(Sanitizer.clean(title), to: room) + " ", x: rect.x + 1, y: rect.y,
                style: border.merged(over: Style(attributes: .bold)), clip: edge)
        }
        if !footer.isEmpty {
            let text = " " + DisplayWidth.truncate(Sanitizer.clean(footer), to: room) + " "
            canvas.put(text, x: rect.maxX - 1 - DisplayWidth.of(text), y: rect.maxY - 1, style: border, clip: edge)
        }
        let interior = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        for (i, line) in content.enumerated() where i < interior.height {
            // The last row that fits says there is more, rather than showing a line cut from its context.
            let shown = i == interior.height - 1 && content.count > interior.height ? StyledLine("…") : line
            shown.draw(into: &canvas, x: interior.x, y: interior.y + i, clip: interior, theme: theme, base: body)
        }
        return interior
    }
}
