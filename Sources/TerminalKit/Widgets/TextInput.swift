/// A one-line editable field: the value and a cursor, edited by keys, drawn with a visible cursor cell.
/// Control characters typed or pasted are refused, so the value never holds anything unsafe; a `filter` refuses
/// whatever else the field cannot take (letters in a time).
public struct TextInput: Hashable, Sendable {
    public private(set) var value: String
    /// Cursor position in characters (grapheme clusters), 0…value.count.
    public private(set) var cursor: Int
    public var maxLength: Int?
    /// Show "•" for each character (PIN entry).
    public var masked: Bool
    /// Dim text shown while the value is empty (what an empty field stands for, e.g. a default).
    public var placeholder: String
    /// The characters the field accepts; nil takes any printable character.
    public var filter: CharacterFilter?

    public init(
        _ value: String = "", maxLength: Int? = nil, masked: Bool = false, placeholder: String = "",
        filter: CharacterFilter? = nil
    ) {
        let clean = String(value.filter { Self.accepts($0, filter: filter) })
        self.value = clean
        self.cursor = clean.count
        self.maxLength = maxLength
        self.masked = masked
        self.placeholder = placeholder
        self.filter = filter
    }

    private static func accepts(_ c: Character, filter: CharacterFilter?) -> Bool {
        !c.unicodeScalars.contains(where: Sanitizer.needsEscape) && filter?.allows(c) != false
    }

    /// Applies an editing key. Returns false for keys it does not handle (Enter, Esc, Tab…) so the caller
    /// can act on them.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        var chars = Array(value)
        switch key {
        case .character(let c):
            guard Self.accepts(c, filter: filter) else { return true }
            if let maxLength, chars.count >= maxLength { return true }
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(chars.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = chars.count
        case .control("u"):
            chars.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            chars.removeLast(chars.count - cursor)
        case .control("w"):
            var start = cursor
            while start > 0, chars[start - 1].isWhitespace { start -= 1 }
            while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        value = String(chars)
        return true
    }

    /// Replaces the value and puts the cursor at the end.
    public mutating func set(_ newValue: String) {
        self = TextInput(newValue, maxLength: maxLength, masked: masked, placeholder: placeholder, filter: filter)
    }

    /// Draws the field on one row of `rect`, scrolled so the cursor stays visible. The cursor cell is drawn
    /// in "input.cursor" when `focused`; an empty field shows its placeholder, under the cursor when focused.
    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let style = theme[.input]
        canvas.fill(row, style: style)
        let shown: [Character] = masked ? Array(repeating: "•", count: value.count) : Array(value)
        if shown.isEmpty && !placeholder.isEmpty {
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(placeholder), to: row.width), x: row.x, y: row.y,
                style: theme[.textDim].merged(over: style), clip: row)
        }
        // Start far enough right that the text before the cursor plus the cursor cell fits.
        var start = 0
        var widthBeforeCursor = shown[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        let cursorWidth = cursor < shown.count ? DisplayWidth.of(shown[cursor]) : 1
        while start < cursor, widthBeforeCursor + cursorWidth > row.width {
            widthBeforeCursor -= DisplayWidth.of(shown[start])
            start += 1
        }
        var x = row.x
        for i in start..<shown.count {
            let w = DisplayWidth.of(shown[i])
            if x + w > row.maxX { break }
            let cellStyle = (focused && i == cursor) ? theme[.inputCursor].merged(over: style) : style
            canvas.put(String(shown[i]), x: x, y: row.y, style: cellStyle, clip: row)
            x += w
        }
        if focused && cursor == shown.count && row.x + widthBeforeCursor < row.maxX {
            // On an empty field the cursor sits on the placeholder's first letter rather than hiding it.
            let first = shown.isEmpty ? Sanitizer.clean(placeholder).first.map(String.init) : nil
            let under = first.flatMap { DisplayWidth.of($0) == 1 ? $0 : nil } ?? " "
            canvas.put(
                under, x: row.x + widthBeforeCursor, y: row.y, style: theme[.inputCursor].merged(over: style),
                clip: row)
        }
    }
}
