/// One screen cell. A wide character occupies its own cell plus the next one, whose grapheme is "".
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var style: Style

    public init(grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { grapheme.isEmpty }
    public static let blank = Cell()
}
