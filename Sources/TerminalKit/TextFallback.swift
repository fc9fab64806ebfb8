/// What a terminal does with text it cannot show, decided once when it opens and applied to every frame at the
/// terminal edge, so no widget or pane has to remember it.
public enum TextFallback: Sendable, Hashable {
    /// The locale encodes Unicode: frames go out as drawn.
    case unicode
    /// The locale cannot (LANG=C, a Latin-1 locale): every cell becomes printable ASCII of the same width
    /// (`ASCIITransliteration`), borders `+-|`, marks `+ x > !`, accented letters folded, the rest `?`.
    case ascii

    /// ncurses can only send what the locale's codeset encodes; anything else it would print as `?` or garbage.
    public init(localeIsUTF8: Bool) {
        self = localeIsUTF8 ? .unicode : .ascii
    }

    /// `canvas` as this terminal shows it.
    public func apply(to canvas: Canvas) -> Canvas {
        switch self {
        case .unicode:
            return canvas
        case .ascii:
            // A frame repeats the same few symbols hundreds of times; each is worked out once per frame.
            var known: [String: String] = [:]
            return canvas.transliterated { grapheme, width in
                if let text = known[grapheme], text.utf8.count == width { return text }
                let text = ASCIITransliteration.text(for: grapheme, width: width)
                known[grapheme] = text
                return text
            }
        }
    }
}
