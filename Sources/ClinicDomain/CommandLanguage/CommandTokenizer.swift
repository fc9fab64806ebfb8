/// Splits a command line into words the way a shell would for our purposes: whitespace separates,
/// "double" or 'single' quotes group, backslash escapes the next character inside double quotes.
public struct CommandWord: Sendable, Equatable {
    public let text: String
    /// 1-based column where the word starts, for error messages.
    public let column: Int
}

enum CommandTokenizer {
    static func words(_ line: String) throws(CommandParseError) -> [CommandWord] {
        var words: [CommandWord] = []
        var current = ""
        var start = 0
        var inWord = false
        var quote: Character?
        var quoteColumn = 0
        var escaping = false
        for (offset, ch) in line.enumerated() {
            let column = offset + 1
            if escaping { current.append(ch); escaping = false; continue }
            if let q = quote {
                if ch == "\\" && q == "\"" {
                    escaping = true
                } else if ch == q {
                    quote = nil
                } else {
                    current.append(ch)
                }
                continue
            }
            if ch == "\"" || ch == "'" {
                if !inWord { inWord = true; start = column }
                quote = ch; quoteColumn = column
            } else if ch == " " || ch == "\t" {
                if inWord { words.append(CommandWord(text: current, column: start)); current = ""; inWord = false }
            } else {
                if !inWord { inWord = true; start = column }
                current.append(ch)
            }
        }
        if quote != nil {
            throw CommandParseError("the quote at column \(quoteColumn) is never closed", column: quoteColumn)
        }
        if inWord { words.append(CommandWord(text: current, column: start)) }
        return words
    }
}

/// A command line that does not parse: says what was expected and where (column, word).
public struct CommandParseError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public let column: Int?
    public init(_ message: String, column: Int? = nil) { self.message = message; self.column = column }
    public var description: String { column.map { "column \($0): \(message)" } ?? message }
}
