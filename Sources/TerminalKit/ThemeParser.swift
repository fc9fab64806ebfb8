import Foundation
import TOMLKit

/// Turns theme TOML into a `Theme`, reporting mistakes with file, line and key. TOMLKit does not keep key
/// positions, so lines are found by scanning the source for the offending key.
struct ThemeParser {
    let text: String
    let file: String

    static let colorKeys: Set<String> = ["fg", "bg", "fallback", "bg_fallback"]
    static let topLevelKeys: Set<String> = ["name", "description", "slots"]

    func parse(defaultName: String) throws(ThemeError) -> Theme {
        let root: TOMLTable
        do throws(TOMLInput.SyntaxError) {
            root = try TOMLInput.table(from: text)
        } catch {
            throw ThemeError(file: file, line: error.line, key: nil, message: error.message)
        }
        for key in root.keys where !Self.topLevelKeys.contains(key) {
            throw fail(key: key, section: nil, "unknown top-level key (expected name, description or [slots])")
        }
        var name = defaultName
        if let value = root["name"] {
            guard let string = value.string else { throw fail(key: "name", section: nil, "expected a string") }
            name = string
        }
        guard let slotsValue = root["slots"] else {
            throw ThemeError(file: file, line: nil, key: nil, message: "missing [slots] table")
        }
        guard let slots = slotsValue.table else { throw fail(key: "slots", section: nil, "expected a table") }

        var styles: [StyleSlot: Style] = [:]
        var fallbacks: [StyleSlot: Style] = [:]
        for (slotName, value) in slots {
            guard StyleSlot.allNames.contains(slotName) else {
                var message = "unknown style slot"
                if let guess = Self.suggestion(for: slotName) { message += " (did you mean '\(guess)'?)" }
                throw fail(key: slotName, section: "slots", message)
            }
            guard let table = value.table else {
                throw fail(
                    key: slotName, section: "slots", "expected an inline table like { fg = \"blue\", bold = true }")
            }
            let (style, fallback) = try parseSlot(slotName, table)
            styles[StyleSlot(slotName)] = style
            if let fallback { fallbacks[StyleSlot(slotName)] = fallback }
        }
        return Theme(name: name, styles: styles, fallbacks: fallbacks)
    }

    private func parseSlot(_ slot: String, _ table: TOMLTable) throws(ThemeError) -> (Style, Style?) {
        var style = Style()
        var fallbackFG: Color?
        var fallbackBG: Color?
        for (key, value) in table {
            if Self.colorKeys.contains(key) {
                let color = try parseColor(value, slot: slot, property: key)
                switch key {
                case "fg": style.foreground = color
                case "bg": style.background = color
                case "fallback": fallbackFG = color
                default: fallbackBG = color
                }
            } else if let attribute = TextAttributes.named.first(where: { $0.name == key })?.attribute {
                guard value.type == .bool, let on = value.bool else {
                    throw fail(key: slot, section: "slots", "'\(key)' must be true or false")
                }
                if on { style.attributes.insert(attribute) }
            } else {
                let allowed = (["fg", "bg", "fallback", "bg_fallback"] + TextAttributes.named.map(\.name)).joined(
                    separator: ", ")
                throw fail(key: slot, section: "slots", "unknown property '\(key)' (expected \(allowed))")
            }
        }
        guard fallbackFG != nil || fallbackBG != nil else { return (style, nil) }
        var fallback = style
        if let fallbackFG { fallback.foreground = fallbackFG }
        if let fallbackBG { fallback.background = fallbackBG }
        return (style, fallback)
    }

    private func parseColor(_ value: TOMLValueConvertible, slot: String, property: String) throws(ThemeError) -> Color {
        switch value.type {
        case .string:
            let raw = value.string ?? ""
            if let color = Color.namedColors[raw.lowercased()] { return color }
            let names = Color.namedColors.keys.sorted().joined(separator: ", ")
            throw fail(
                key: slot, section: "slots",
                "unknown colour '\(raw)' for '\(property)' (use a 0–255 index or one of: \(names))")
        case .int:
            guard let n = value.int, (0...255).contains(n) else {
                throw fail(key: slot, section: "slots", "colour index for '\(property)' must be 0–255")
            }
            return n < 16 ? .ansi(UInt8(n)) : .indexed(UInt8(n))
        default:
            throw fail(
                key: slot, section: "slots", "'\(property)' must be a colour name or a 0–255 index, not a \(value.type)"
            )
        }
    }

    private func fail(key: String, section: String?, _ message: String) -> ThemeError {
        ThemeError(file: file, line: Self.line(of: key, section: section, in: text), key: key, message: message)
    }

    /// The 1-based line where `key` is assigned inside `[section]` (nil: top level), or a `[section."key"]` header.
    static func line(of key: String, section: String?, in text: String) -> Int? {
        var current: String?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let header = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                    .trimmingCharacters(in: .whitespaces)
                if let section, header == "\(section).\"\(key)\"" || header == "\(section).\(key)" { return lineNumber }
                current = header
                continue
            }
            guard current == section else { continue }
            for candidate in ["\"\(key)\"", "'\(key)'", key] where line.hasPrefix(candidate) {
                let rest = line.dropFirst(candidate.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") { return lineNumber }
            }
        }
        return nil
    }

    /// The known slot closest to a misspelt one, if it is plausibly a typo.
    static func suggestion(for name: String) -> String? {
        var best: (String, Int)?
        for candidate in StyleSlot.all.map(\.name) {
            let d = editDistance(name, candidate)
            if d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        guard let best, best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
