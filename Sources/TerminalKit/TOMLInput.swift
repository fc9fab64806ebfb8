/// What must be refused before a TOML file reaches TOMLKit. The parser inside it (toml++) stops the whole process on
/// an assertion, rather than reporting an error, when a table header does not start with a key (`[*]`, or a NUL
/// after the bracket) — found by scripts/fuzz.sh; a theme or keys file with a typo would kill the dashboard at
/// start. TOML allows no control character but tab anyway, so those are refused too. Theme and keys files go
/// through `firstProblem` first.
public enum TOMLInput {
    /// The first thing toml++ would not survive, with its 1-based line and column and what is wrong.
    public static func firstProblem(in text: String) -> (line: Int, column: Int, message: String)? {
        if let found = firstControlCharacter(in: text) { return (found.line, found.column, describe(found)) }
        var inMultilineString = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Lines inside a """ or ''' string are text, not headers (an odd count of delimiters flips it).
            let delimiters =
                line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            defer { if delimiters % 2 == 1 { inMultilineString.toggle() } }
            guard !inMultilineString else { continue }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.first == "[" else { continue }
            var rest = trimmed.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            let afterSpace = rest.drop { $0 == " " || $0 == "\t" }
            // The key must follow on the same line: the bracket alone at the end of a line trips toml++ as well.
            if let first = afterSpace.first,
                first == "]" || first == "\"" || first == "'" || isBareKeyCharacter(first)
            {
                continue
            }
            let column = line.count - afterSpace.count + 1
            return (
                index + 1, column, "a table header must start with a key (letters, digits, - or _, or a quoted name)"
            )
        }
        return nil
    }

    private static func isBareKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }

    /// The first control character other than tab, CR and LF, with its 1-based line and column.
    public static func firstControlCharacter(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            let value = scalar.value
            if value != 0x09 && value != 0x0D && (value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)) {
                return (line, column, scalar)
            }
            column += 1
        }
        return nil
    }

    /// "control character U+0000 at column 2 (TOML allows only tab)".
    public static func describe(_ found: (line: Int, column: Int, scalar: Unicode.Scalar)) -> String {
        let hex = String(found.scalar.value, radix: 16, uppercase: true)
        return "control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at column "
            + "\(found.column) (TOML allows only tab)"
    }
}
