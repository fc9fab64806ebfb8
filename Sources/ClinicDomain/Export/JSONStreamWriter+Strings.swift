/// String escaping exactly as Foundation's JSON writer does it (checked byte for byte in ExportJSONTests):
/// `"` and `\` get a backslash; backspace, form feed, newline, return and tab their short escapes; every other
/// C0 control `\u00XX` in lowercase hex. DEL, `/` (with `.withoutEscapingSlashes`) and all non-ASCII pass through
/// as UTF-8.
extension JSONStreamWriter {
    mutating func appendQuotedEscaped(_ text: String) {
        buffer.append(ASCII.quote)
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == ASCII.quote || byte == ASCII.backslash else { continue }
                if index > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                appendEscape(of: byte)
                runStart = index + 1
            }
            if utf8.count > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        buffer.append(ASCII.quote)
    }

    private mutating func appendEscape(of byte: UInt8) {
        buffer.append(ASCII.backslash)
        switch byte {
        case ASCII.quote, ASCII.backslash: buffer.append(byte)
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        case 0x0A: buffer.append(UInt8(ascii: "n"))
        case 0x0D: buffer.append(UInt8(ascii: "r"))
        case 0x09: buffer.append(UInt8(ascii: "t"))
        default:
            buffer.append(contentsOf: Self.unicodeEscapePrefix)
            buffer.append(Self.lowercaseHex[Int(byte >> 4)])
            buffer.append(Self.lowercaseHex[Int(byte & 0x0F)])
        }
    }

    /// `u00` (the backslash is already written).
    private static let unicodeEscapePrefix: [UInt8] = Array("u00".utf8)
    private static let lowercaseHex: [UInt8] = Array("0123456789abcdef".utf8)
}
