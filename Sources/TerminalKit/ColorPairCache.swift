import CNcurses
import CNcursesShim

/// Turns a `Style` into ncurses attributes and a colour pair, allocating pairs lazily and caching both,
/// so a frame with thousands of cells costs a dictionary lookup per cell.
final class ColorPairCache {
    private let colorsEnabled: Bool
    private let paletteSize: Int
    private let pairLimit: Int
    private let defaultColors: Bool
    /// Accessible mode never blinks.
    private let allowsBlink: Bool
    private var styleCache: [Style: (attr: attr_t, pair: Int16)] = [:]
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int = 1

    private struct PairKey: Hashable {
        let foreground: Int
        let background: Int
    }

    /// - Parameters:
    ///   - colorCount: COLORS after start_color (0 when colour is off).
    ///   - pairLimit: COLOR_PAIRS; capped at Int16.max because `setcchar` takes a short.
    ///   - defaultColors: whether `use_default_colors` succeeded, making -1 a valid colour.
    init(colorsEnabled: Bool, colorCount: Int, pairLimit: Int, defaultColors: Bool, allowsBlink: Bool = true) {
        self.allowsBlink = allowsBlink
        self.colorsEnabled = colorsEnabled && colorCount >= 8
        self.paletteSize = colorCount >= 256 ? 256 : (colorCount >= 16 ? 16 : 8)
        self.pairLimit = min(pairLimit, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// The style actually shown: colour dropped or reduced to what the terminal has.
    func effectiveStyle(_ style: Style) -> Style {
        colorsEnabled ? style.reduced(toPalette: paletteSize) : style.withoutColor()
    }

    func render(_ style: Style) -> (attr: attr_t, pair: Int16) {
        if let hit = styleCache[style] { return hit }
        let shown = effectiveStyle(style)
        var attr = cdshim_attr_normal()
        let a = shown.attributes
        if a.contains(.bold) { attr |= cdshim_attr_bold() }
        if a.contains(.dim) { attr |= cdshim_attr_dim() }
        if a.contains(.underline) { attr |= cdshim_attr_underline() }
        if a.contains(.reverse) { attr |= cdshim_attr_reverse() }
        if a.contains(.blink), allowsBlink { attr |= cdshim_attr_blink() }
        if a.contains(.italic) { attr |= cdshim_attr_italic() }
        let pair = colorsEnabled ? pairNumber(shown) : 0
        let result = (attr, pair)
        styleCache[style] = result
        return result
    }

    private func pairNumber(_ style: Style) -> Int16 {
        var fg = style.foreground.paletteIndex
        var bg = style.background.paletteIndex
        if !defaultColors {
            if fg < 0 { fg = 7 }
            if bg < 0 { bg = 0 }
        }
        if fg == -1 && bg == -1 { return 0 }
        let key = PairKey(foreground: fg, background: bg)
        if let existing = pairs[key] { return existing }
        // Out of pairs: fall back to the default pair rather than recycling one still on screen.
        guard nextPair < pairLimit else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, Int16(fg), Int16(bg)) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }
}
