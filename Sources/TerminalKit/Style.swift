/// Text attributes a terminal can render on top of colours.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let blink = TextAttributes(rawValue: 1 << 4)
    public static let italic = TextAttributes(rawValue: 1 << 5)

    /// Names used in theme files, in a stable order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("blink", .blink),
        ("italic", .italic),
    ]
}

/// Colours plus attributes for one cell.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// Layers `self` over `base`: non-default colours of `self` win; attributes are combined, so a bold
    /// cell stays bold under a selection bar.
    public func merged(over base: Style) -> Style {
        Style(
            foreground: foreground == .default ? base.foreground : foreground,
            background: background == .default ? base.background : background,
            attributes: attributes.union(base.attributes)
        )
    }

    /// The same style with colours reduced to a palette of `count` entries (8, 16 or 256).
    public func reduced(toPalette count: Int) -> Style {
        Style(
            foreground: foreground.reduced(toPalette: count), background: background.reduced(toPalette: count),
            attributes: attributes)
    }

    /// Colours dropped, attributes kept.
    public func withoutColor() -> Style {
        Style(attributes: attributes)
    }
}
