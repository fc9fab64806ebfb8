import Foundation

/// Maps semantic style slots to styles. Panes ask for `theme[.waitLate]`, never for a colour.
public struct Theme: Sendable, Equatable {
    public let name: String
    /// The styles as written, possibly using the 256-colour palette.
    let styles: [StyleSlot: Style]
    /// Explicit 8/16-colour replacements for slots that use 256-colour indices.
    let fallbacks: [StyleSlot: Style]

    /// What the subscript returns: every slot with unset colours taken from "text".
    private let resolved: [StyleSlot: Style]
    private let textStyle: Style

    public init(name: String, styles: [StyleSlot: Style], fallbacks: [StyleSlot: Style] = [:]) {
        self.name = name
        self.styles = styles
        self.fallbacks = fallbacks
        let text = styles[.text] ?? .plain
        self.textStyle = text
        // Colours only: a theme with its own background keeps it under every slot, while attributes
        // such as bold on "text" do not leak into headers and borders.
        self.resolved = styles.mapValues {
            Style(
                foreground: $0.foreground == .default ? text.foreground : $0.foreground,
                background: $0.background == .default ? text.background : $0.background,
                attributes: $0.attributes)
        }
    }

    /// The style for `slot`. Colours the slot leaves unset come from "text"; an unset slot is "text";
    /// an unset "text" is `.plain`.
    public subscript(_ slot: StyleSlot) -> Style {
        resolved[slot] ?? textStyle
    }

    /// The slots this theme sets explicitly.
    public var definedSlots: Set<StyleSlot> { Set(styles.keys) }

    /// The compiled-in default theme (the same text as themes/default.toml), used when no file is found.
    public static let builtInDefault: Theme = {
        do {
            return try parse(toml: BuiltInThemeText.defaultTheme, name: "default", file: "<built-in default>")
        } catch {
            // Only reachable if the embedded text is broken, which a test guards against.
            return Theme(name: "default", styles: [.tableSelected: Style(attributes: .reverse)])
        }
    }()

    /// Looks for `NAME.toml` in each search path in order; the name may not contain a path separator.
    public static func load(named name: String, searchPaths: [String]) throws(ThemeError) -> Theme {
        let fileName = name + ".toml"
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw ThemeError(
                file: fileName, line: nil, key: nil, message: "invalid theme name '\(Sanitizer.clean(name))'")
        }
        for directory in searchPaths {
            let path = (directory as NSString).expandingTildeInPath + "/" + fileName
            if FileManager.default.isReadableFile(atPath: path) {
                return try load(file: path)
            }
        }
        let searched = searchPaths.isEmpty ? "no search paths given" : "searched " + searchPaths.joined(separator: ", ")
        throw ThemeError(file: fileName, line: nil, key: nil, message: "theme not found (\(searched))")
    }

    public static func load(file path: String) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ThemeError(
                file: path, line: nil, key: nil, message: "cannot read file: \(error.localizedDescription)")
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(toml: text, name: base, file: path)
    }

    /// Parses theme TOML. `name` is used when the file has no `name = "…"`; `file` is only for messages.
    public static func parse(toml text: String, name: String, file: String) throws(ThemeError) -> Theme {
        try ThemeParser(text: text, file: file).parse(defaultName: name)
    }

    /// The same theme for a terminal with `count` colours (8, 16 or 256): explicit fallbacks are used
    /// below 256 colours, other indexed colours go to the nearest basic colour.
    public func adapted(toPalette count: Int) -> Theme {
        guard count < 256 else { return self }
        var reduced: [StyleSlot: Style] = [:]
        for (slot, style) in styles {
            reduced[slot] = (fallbacks[slot] ?? style).reduced(toPalette: count)
        }
        return Theme(name: name, styles: reduced)
    }

    /// Colours dropped, attributes kept (for NO_COLOR or a terminal without colour). Slots that stood out
    /// by a background different from "text" (selection bars, alert strips) gain `.reverse` to stay visible.
    public func monochrome() -> Theme {
        let base = textStyle.background
        return Theme(
            name: name,
            styles: styles.mapValues { style in
                var attributes = style.attributes
                if style.background != .default && style.background != base { attributes.insert(.reverse) }
                return Style(attributes: attributes)
            })
    }
}
