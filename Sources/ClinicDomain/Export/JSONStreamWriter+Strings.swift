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
                if index > runStart { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                appendEscape(of: byte)
                runStart = index + 1
            }
            if utf8.count > runStart { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
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
            buffer.append("u00")
            buffer.append(Self.lowercaseHex(byte >> 4))
            buffer.append(Self.lowercaseHex(byte & 0x0F))
        }
    }

    private static func lowercaseHex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? ASCII.zero + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
