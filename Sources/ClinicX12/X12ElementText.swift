import Foundation

/// What may go into an X12 data element we write. Names and addresses are free text typed at a desk, so they are
/// cleaned the way claims customarily carry them; identifiers mean something to the payer, so they are refused
/// rather than changed. Either way a value longer than the element's maximum is refused, never cut.
enum X12ElementText {
    /// The X12 basic character set less the four separators we write (`*`, `:`, `^`, `~`): what every receiver
    /// reads, whatever character set it declares.
    static func isBasic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "0"..."9", " ": true
        case "!", "\"", "&", "'", "(", ")", "+", ",", "-", ".", "/", ";", "?", "=": true
        default: false
        }
    }

    /// Printable ASCII (the 5010 extended set) less the separators: what an identifier may hold.
    static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x21, scalar.value <= 0x7E else { return false }
        return !"*:^~".unicodeScalars.contains(scalar)
    }

    /// Upper-cased, accents folded (`José` → `JOSE`), every other character outside the basic set (separators,
    /// controls, `#`, emoji) a space, runs of spaces collapsed, ends trimmed.
    static func cleaned(_ raw: String) -> String {
        let folded = raw.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).uppercased()
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == " " || !isBasic(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Free text for an element of `minimum...maximum` characters, cleaned.
    static func text(
        _ raw: String, _ place: Claim837Error.Place, field: String, minimum: Int = 1, maximum: Int
    ) throws(Claim837Error) -> String {
        let value = cleaned(raw)
        if value.isEmpty {
            throw Claim837Error(place, field: field, "\(field) is empty (after removing characters X12 cannot carry)")
        }
        if value.count < minimum {
            throw Claim837Error(place, field: field, "\(field) '\(value)' is shorter than \(minimum) characters")
        }
        if value.count > maximum {
            throw Claim837Error(
                place, field: field, "\(field) has \(value.count) characters; at most \(maximum) fit the element")
        }
        return value
    }

    /// An identifier as given: refused when empty, out of `minimum...maximum`, or holding a space, a separator,
    /// a control or a character outside ASCII.
    static func identifier(
        _ raw: String, _ place: Claim837Error.Place, field: String, minimum: Int = 1, maximum: Int
    ) throws(Claim837Error) -> String {
        if raw.isEmpty { throw Claim837Error(place, field: field, "\(field) is empty") }
        if let bad = raw.unicodeScalars.first(where: { !isIdentifierCharacter($0) }) {
            throw Claim837Error(
                place, field: field, "\(field) contains \(describe(bad)), which an X12 identifier cannot hold")
        }
        let length = raw.unicodeScalars.count
        if length < minimum || length > maximum {
            let range = minimum == maximum ? "exactly \(minimum)" : "\(minimum) to \(maximum)"
            throw Claim837Error(place, field: field, "\(field) has \(length) characters; \(range) allowed")
        }
        return raw
    }

    /// The digits of `raw` when it is only digits and the given punctuation (`(555) 201-4400`, `12-3456789`).
    static func digits(_ raw: String, ignoring punctuation: String) -> String? {
        var out = ""
        for scalar in raw.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !punctuation.unicodeScalars.contains(scalar) {
                return nil
            }
        }
        return out
    }

    /// `'*'`, or `U+0007` for what would not print.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value >= 0x21, scalar.value <= 0x7E { return "'\(Character(scalar))'" }
        if scalar == " " { return "a space" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
