extension Key {
    /// A key from the name a person writes in a keys file: a single character (`A`, `:`), `Space`, `Enter`,
    /// `Esc`, `Tab`, `S-Tab`, `Backspace`, `Del`, `Ins`, `Up` `Down` `Left` `Right` (or ↑ ↓ ← →), `S-Left`,
    /// `S-Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F24`, `C-x` / `Ctrl-x`. Every `displayName` reads back.
    /// Named keys ignore case; a single character does not (`a` and `A` are different keys).
    public init?(name: String) {
        if let arrow = Self.arrows[name] {
            self = arrow
            return
        }
        if name.count == 1, let c = name.first {
            guard !c.unicodeScalars.contains(where: Sanitizer.needsEscape) else { return nil }
            self = c == " " ? .character(" ") : .character(c)
            return
        }
        let lower = name.lowercased()
        for prefix in ["c-", "ctrl-", "ctrl+"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isLetter, c.isASCII else { return nil }
            self = .control(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        guard let key = Self.named[lower] else { return nil }
        self = key
    }

    /// The arrows as help draws them, read before single characters (they are one character each).
    private static let arrows: [String: Key] = [
        "↑": .up, "↓": .down, "←": .left, "→": .right, "S-←": .shiftLeft, "S-→": .shiftRight,
    ]

    private static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "bksp": .backspace,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right, "s-left": .shiftLeft, "s-right": .shiftRight,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]
}
