/// RFC 5545's text rules: TEXT escaping (§3.3.11), parameter values (§3.2) and content-line folding (§3.1).
/// Kept apart from the events so each rule is tested on its own.
enum ICalendarText {
    /// Longest content line in octets, CRLF not counted (§3.1).
    static let lineOctets = 75

    /// A TEXT value: `\` `;` `,` escaped, every line break (CRLF, CR or LF) written `\n`, and the CONTROL characters
    /// TEXT may not hold dropped (U+0000–U+0008, U+000B–U+001F, U+007F; the C1 range U+0080–U+009F too, which no
    /// calendar shows). Horizontal tab is WSP and stays.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case ";": out.append(contentsOf: #"\;"#.unicodeScalars)
            case ",": out.append(contentsOf: #"\,"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\n"#.unicodeScalars)
            // The LF of a CRLF was written with its CR.
            case "\n": if !previousWasCR { out.append(contentsOf: #"\n"#.unicodeScalars) }
            default: if !isForbiddenControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// A parameter value (TZID, CN). DQUOTE and controls are dropped: a parameter has no escapes (RFC 6868's `^'`
    /// is not widely read). Quoted only when it holds `;` `:` or `,`, which a bare paramtext may not.
    static func parameter(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\"" && !isForbiddenControl(scalar) { out.append(scalar) }
        let value = String(out)
        return value.contains(where: { $0 == ";" || $0 == ":" || $0 == "," }) ? "\"" + value + "\"" : value
    }

    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }

    /// Appends `line` folded to at most 75 octets per physical line, each ended by CRLF. Continuation lines start
    /// with one space, which counts toward their 75. A break never falls inside a UTF-8 sequence: it moves back
    /// to the sequence's first byte, so a line may be a few octets short.
    static func appendFolded(_ line: String, to out: inout [UInt8]) {
        var line = line
        line.withUTF8 { bytes in
            var start = 0
            var limit = lineOctets
            while bytes.count - start > limit {
                var end = start + limit
                // 0b10xxxxxx is a continuation byte: the break would split a character.
                while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                out.append(contentsOf: bytes[start..<end])
                out.append(contentsOf: [0x0D, 0x0A, 0x20])
                start = end
                limit = lineOctets - 1
            }
            out.append(contentsOf: bytes[start...])
            out.append(contentsOf: [0x0D, 0x0A])
        }
    }
}
