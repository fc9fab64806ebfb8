/// One RFC 4180 field: quoted only when it must be (a comma, quote, CR or LF inside, or a space at either end that a
/// spreadsheet would trim), inner quotes doubled.
enum CSVField {
    static func quoted(_ value: String) -> String {
        guard needsQuotes(value) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.utf8.first, let last = value.utf8.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    }
}
