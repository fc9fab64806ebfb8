/// The characters for drawing a border.
public struct BorderCharacters: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String

    public init(
        horizontal: String, vertical: String, topLeft: String, topRight: String,
        bottomLeft: String, bottomRight: String
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    public static let unicode = BorderCharacters(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘")
    /// For locales that are not UTF-8.
    public static let ascii = BorderCharacters(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+")
}

/// A single-line frame with a title set into the top border: `┌ 1 Flow · today ─ 7 waiting ───┐`.
/// Title and detail are raw data strings; they are sanitized and truncated to fit.
public struct Box: Sendable {
    public var title: String
    /// Secondary text after the title, separated by " ─ " (counts, badges).
    public var detail: String
    public var focused: Bool
    /// Use `+-|` borders (set when `Terminal.textFallback` is `.ascii`, which maps the Unicode ones the same way).
    public var ascii: Bool
    /// Clear the interior with the "text" style before returning it.
    public var clearsInterior: Bool

    public init(
        title: String = "", detail: String = "", focused: Bool = false, ascii: Bool = false,
        clearsInterior: Bool = true
    ) {
        self.title = title
        self.detail = detail
        self.focused = focused
        self.ascii = ascii
        self.clearsInterior = clearsInterior
    }

    /// Draws the frame and returns the interior rectangle (empty if `rect` is too small for one).
    @discardableResult
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let chars = ascii ? BorderCharacters.ascii : .unicode
        let border = theme[focused ? .paneBorderFocused : .paneBorder]
        let titleStyle = theme[focused ? .paneTitleFocused : .paneTitle]
        let inner = rect.inset(by: 1)
        if clearsInterior { canvas.fill(inner, style: theme[.text]) }

        let top = rect.y
        let bottom = rect.maxY - 1
        canvas.fill(
            Rect(x: rect.x + 1, y: top, width: rect.width - 2, height: 1), style: border, grapheme: chars.horizontal)
        canvas.fill(
            Rect(x: rect.x + 1, y: bottom, width: rect.width - 2, height: 1), style: border, grapheme: chars.horizontal)
        canvas.fill(
            Rect(x: rect.x, y: top + 1, width: 1, height: rect.height - 2), style: border, grapheme: chars.vertical)
        canvas.fill(
            Rect(x: rect.maxX - 1, y: top + 1, width: 1, height: rect.height - 2), style: border,
            grapheme: chars.vertical)
        canvas.put(chars.topLeft, x: rect.x, y: top, style: border)
        canvas.put(chars.topRight, x: rect.maxX - 1, y: top, style: border)
        canvas.put(chars.bottomLeft, x: rect.x, y: bottom, style: border)
        canvas.put(chars.bottomRight, x: rect.maxX - 1, y: bottom, style: border)

        // The title sits between "┌ " and " ┐", keeping at least one border character after it.
        let room = rect.width - 5
        let cleanTitle = Sanitizer.clean(title)
        guard room > 0, !cleanTitle.isEmpty || !detail.isEmpty else { return inner }
        let shownTitle = DisplayWidth.truncate(cleanTitle, to: room)
        let titleClip = Rect(x: rect.x + 1, y: top, width: rect.width - 3, height: 1)
        var x = rect.x + 1
        x += canvas.put(" " + shownTitle + " ", x: x, y: top, style: titleStyle, clip: titleClip)
        let cleanDetail = Sanitizer.clean(detail)
        let detailRoom = rect.maxX - 2 - (x + 2) - 1
        if !cleanDetail.isEmpty, detailRoom >= 2 {
            x += 1 // keep one border character between title and detail
            canvas.put(
                " " + DisplayWidth.truncate(cleanDetail, to: detailRoom) + " ", x: x, y: top,
                style: border, clip: titleClip)
        }
        return inner
    }
}
