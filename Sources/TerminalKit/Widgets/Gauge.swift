/// A small horizontal bar for a fraction (capacity, A/R buckets), with eighth-cell precision in UTF-8.
public struct Gauge: Hashable, Sendable {
    public var fraction: Double
    public var slot: StyleSlot
    public var ascii: Bool

    public init(fraction: Double, slot: StyleSlot = .ok, ascii: Bool = false) {
        self.fraction = fraction
        self.slot = slot
        self.ascii = ascii
    }

    private static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar text for `width` columns: full blocks, one partial block, then spaces (exactly `width` wide).
    public func text(width: Int) -> String {
        guard width > 0 else { return "" }
        let f = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        if ascii {
            let filled = Int((f * Double(width)).rounded())
            return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        }
        let eighths = Int((f * Double(width * 8)).rounded())
        let full = eighths / 8
        var out = String(repeating: "█", count: full)
        if full < width {
            let partial = Self.partials[eighths % 8]
            out += partial.isEmpty ? " " : partial
            out += String(repeating: " ", count: width - full - 1)
        }
        return out
    }

    public func draw(into canvas: inout Canvas, rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        canvas.put(text(width: rect.width), x: rect.x, y: rect.y, style: theme[slot], clip: rect)
    }
}
