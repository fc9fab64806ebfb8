/// One "key label" pair for a status bar, e.g. key "a", label "arrive".
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Shown but not available here (a verb at a read-only terminal): drawn dim.
    public var muted: Bool

    public init(_ key: String, _ label: String, muted: Bool = false) {
        self.key = key
        self.label = label
        self.muted = muted
    }

    public init(_ key: Key, _ label: String) {
        self.init(key.displayName, label)
    }
}

/// A row of key hints that drops trailing hints rather than cutting one in half when the row is narrow.
public enum KeyHints {
    /// How many of `hints` fit in `width` columns (each hint is "key label", separated by two spaces).
    public static func fittingCount(_ hints: [KeyHint], width: Int) -> Int {
        var used = 1
        var count = 0
        for hint in hints {
            let w = DisplayWidth.of(Sanitizer.clean(hint.key)) + 1 + DisplayWidth.of(Sanitizer.clean(hint.label))
            let gap = count == 0 ? 0 : 2
            if used + gap + w > width { break }
            used += gap + w
            count += 1
        }
        return count
    }

    /// Draws on the first row of `rect` in "status.bar", keys in "status.key". Returns the hints shown.
    @discardableResult
    public static func draw(_ hints: [KeyHint], into canvas: inout Canvas, rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return 0 }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let bar = theme[.statusBar]
        let keyStyle = theme[.statusKey].merged(over: bar)
        canvas.fill(row, style: bar)
        let count = fittingCount(hints, width: row.width)
        var x = row.x + 1
        for (i, hint) in hints.prefix(count).enumerated() {
            if i > 0 { x += 2 }
            let dim = theme[.textDim].merged(over: bar)
            x += canvas.put(Sanitizer.clean(hint.key), x: x, y: row.y, style: hint.muted ? dim : keyStyle, clip: row)
            x += 1
            x += canvas.put(Sanitizer.clean(hint.label), x: x, y: row.y, style: hint.muted ? dim : bar, clip: row)
        }
        return count
    }
}

/// A one-row bar with text on the left and right (title bar, status bar); the left side is truncated first.
public enum StatusBar {
    public static func draw(
        left: String, right: String = "", into canvas: inout Canvas, rect: Rect, theme: Theme,
        slot: StyleSlot = .statusBar
    ) {
        guard !rect.isEmpty else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let style = theme[slot]
        canvas.fill(row, style: style)
        let rightText = DisplayWidth.truncate(Sanitizer.clean(right), to: max(0, row.width - 2))
        let rightWidth = DisplayWidth.of(rightText)
        if rightWidth > 0 {
            canvas.put(rightText, x: row.maxX - 1 - rightWidth, y: row.y, style: style, clip: row)
        }
        let leftRoom = row.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        if leftRoom > 0 {
            canvas.put(
                DisplayWidth.truncate(Sanitizer.clean(left), to: leftRoom), x: row.x + 1, y: row.y, style: style,
                clip: row)
        }
    }
}
