import TOMLKit

/// What must be refused before a TOML file reaches TOMLKit. The parser inside it (toml++) stops the whole process on
/// an assertion, rather than reporting an error, for some malformed input (`[*]`, a `[` alone, `x = [ }`, a NUL
/// after a bracket — found by scripts/fuzz.sh): a theme or keys file with a typo would kill the dashboard at start.
/// So theme and keys files go through `firstProblem` first: no control character but tab (TOML allows no other),
/// and every line in the shape ClinicDesk's files use (`TOMLShape`).
public enum TOMLInput {
    /// A file that is not TOML ClinicDesk can read: the line (when known) and what is wrong.
    public struct SyntaxError: Error {
        public let line: Int?
        public let message: String
    }

    /// The one way theme and keys files are parsed: the shape check, then TOMLKit, errors as `SyntaxError`.
    public static func table(from text: String) throws(SyntaxError) -> TOMLTable {
        if let problem = firstProblem(in: text) {
            throw SyntaxError(
                line: problem.line, message: "TOML syntax error at column \(problem.column): \(problem.message)")
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SyntaxError(line: error.source.begin.line, message: "TOML syntax error: \(error.description)")
        } catch {
            throw SyntaxError(line: nil, message: "TOML syntax error: \(error)")
        }
    }

    /// The first thing toml++ would not survive, with its 1-based line and column and what is wrong.
    public static func firstProblem(in text: String) -> (line: Int, column: Int, message: String)? {
        if let found = firstControlCharacter(in: text) { return (found.line, found.column, describe(found)) }
        // Split on any line end: in a String "\r\n" is one Character, so splitting on "\n" would miss CRLF files.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if let problem = TOMLShape.problem(inLine: line) { return (index + 1, problem.column, problem.message) }
        }
        return nil
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
