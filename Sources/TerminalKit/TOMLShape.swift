/// The shape of TOML that ClinicDesk's files use, checked line by line before TOMLKit parses them: comments,
/// `[table]` headers, and `key = value` with strings, numbers, booleans, one-line arrays and one-line inline
/// tables. The parser inside TOMLKit (toml++) aborts the process on an assertion for some malformed input instead
/// of failing (found by scripts/fuzz.sh: `[*]`, a `[` alone, `x = [ }`), so anything outside this shape is refused
/// here with its column, and toml++ only ever sees text it handles.
struct TOMLShape {
    private let chars: [Character]
    private var at = 0

    /// The first problem of one line (without its line end): its 1-based column and what is wrong.
    static func problem(inLine line: Substring) -> (column: Int, message: String)? {
        var shape = TOMLShape(chars: Array(line.hasSuffix("\r") ? line.dropLast() : line))
        do throws(Failure) {
            try shape.line()
            return nil
        } catch {
            return (error.at + 1, error.message)
        }
    }

    private init(chars: [Character]) { self.chars = chars }

    struct Failure: Error {
        let at: Int
        let message: String
    }

    private var current: Character? { at < chars.count ? chars[at] : nil }

    private func fail(_ message: String) -> Failure { Failure(at: at, message: message) }

    // A CR belongs only at the end of a line (CRLF); toml++ trips on one anywhere else, so it is not space here.
    private mutating func skipSpace() { while current == " " || current == "\t" { at += 1 } }

    private mutating func expect(_ c: Character, _ message: String) throws(Failure) {
        guard current == c else { throw fail(message) }
        at += 1
    }

    private mutating func line() throws(Failure) {
        skipSpace()
        switch current {
        case nil, "#": return
        case "[":
            at += 1
            if current == "[" { throw fail("arrays of tables ([[…]]) are not used in ClinicDesk files") }
            skipSpace()
            try dottedKey()
            skipSpace()
            try expect("]", "expected ] to close the table header")
        default:
            try keyValue()
        }
        skipSpace()
        guard current == nil || current == "#" else { throw fail("unexpected text after the value") }
    }

    private mutating func keyValue() throws(Failure) {
        try dottedKey()
        skipSpace()
        try expect("=", "expected = after the key")
        skipSpace()
        try value()
    }

    private mutating func dottedKey() throws(Failure) {
        try key()
        skipSpace()
        while current == "." {
            at += 1
            skipSpace()
            try key()
            skipSpace()
        }
    }

    private mutating func key() throws(Failure) {
        switch current {
        case "\"": try basicString()
        case "'": try literalString()
        case let c? where c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_"):
            while let c = current, c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") { at += 1 }
        default:
            throw fail("expected a key (letters, digits, - or _, or a quoted name)")
        }
    }

    private mutating func value() throws(Failure) {
        switch current {
        case "\"": try basicString()
        case "'": try literalString()
        case "[": try array()
        case "{": try inlineTable()
        case "t", "f": try word()
        case let c? where c.isASCII && (c.isNumber || c == "+" || c == "-"): try number()
        default: throw fail("expected a value (a \"string\", a number, true or false, [a list] or { a table })")
        }
    }

    private mutating func word() throws(Failure) {
        for candidate in ["true", "false"] {
            let end = at + candidate.count
            if end <= chars.count, String(chars[at..<end]) == candidate {
                at = end
                return
            }
        }
        throw fail("expected true or false")
    }

    private mutating func number() throws(Failure) {
        if current == "+" || current == "-" { at += 1 }
        guard let c = current, c.isASCII, c.isNumber else { throw fail("expected a number") }
        while let c = current, c.isASCII && (c.isNumber || c == "_" || c == "." || c == "e" || c == "E") {
            at += 1
            if (c == "e" || c == "E") && (current == "+" || current == "-") { at += 1 }
        }
    }

    private mutating func basicString() throws(Failure) {
        at += 1
        if current == "\"" && at + 1 < chars.count && chars[at + 1] == "\"" {
            throw fail("multi-line strings are not used in ClinicDesk files")
        }
        while let c = current {
            at += 1
            switch c {
            case "\"": return
            case "\\":
                guard let escape = current else { throw fail("unfinished escape") }
                at += 1
                switch escape {
                case "b", "t", "n", "f", "r", "\"", "\\": break
                case "u", "U":
                    let count = escape == "u" ? 4 : 8
                    for _ in 0..<count {
                        guard let h = current, h.isHexDigit else { throw fail("expected \(count) hex digits") }
                        at += 1
                    }
                default: throw fail("unknown escape \\\(escape)")
                }
            default: break
            }
        }
        throw fail("the string is not closed on this line")
    }

    private mutating func literalString() throws(Failure) {
        at += 1
        if current == "'" && at + 1 < chars.count && chars[at + 1] == "'" {
            throw fail("multi-line strings are not used in ClinicDesk files")
        }
        while let c = current {
            at += 1
            if c == "'" { return }
        }
        throw fail("the string is not closed on this line")
    }

    private mutating func array() throws(Failure) {
        at += 1
        skipSpace()
        while current != "]" {
            guard current != nil else { throw fail("the list is not closed on this line (write it on one line)") }
            try value()
            skipSpace()
            if current == "," {
                at += 1
                skipSpace()
            } else if current != "]" {
                throw fail("expected , or ] in the list")
            }
        }
        at += 1
    }

    private mutating func inlineTable() throws(Failure) {
        at += 1
        skipSpace()
        if current == "}" {
            at += 1
            return
        }
        while true {
            try keyValue()
            skipSpace()
            if current == "}" {
                at += 1
                return
            }
            try expect(",", "expected , or } in the table")
            skipSpace()
        }
    }
}
