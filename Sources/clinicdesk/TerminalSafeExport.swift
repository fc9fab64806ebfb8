import ClinicInterop
import TerminalKit

/// `export` to a terminal. JSON: the same JSON value, with every character the `Sanitizer` would escape written as a
/// JSON `\uXXXX` escape instead of raw. The JSON writer already escapes C0 controls; this catches DEL, the C1 controls,
/// bidi controls and zero-width characters, which JSON lets through raw. Outside strings a JSON document is ASCII
/// punctuation, so every such character is inside a string, where the escape means exactly the same character:
/// a program reading the terminal's copy gets the same data, a person sees it inert. The text formats (iCalendar,
/// CSV) have no escape that means the same character, so there every such character, C0 controls other than tab and
/// line ends included, shows as `\u{XXXX}`: inert and visible. Used only when stdout is a terminal; a file or a pipe
/// gets the exporter's bytes untouched (byte-identical exports are a promise).
final class TerminalSafeExport {
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    /// The start of a UTF-8 sequence cut by the chunk boundary, kept for the next chunk.
    private var carry: [UInt8] = []

    /// JSON escapes its own C0 controls; the text formats do not.
    private let isJSON: Bool

    init(format: ExportRequest.Format, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        isJSON = format == .json
    }

    private func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 { return !isJSON && scalar != "\t" && scalar != "\n" && scalar != "\r" }
        return scalar.value >= 0x7F && Sanitizer.needsEscape(scalar)
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        if carry.isEmpty
            && !chunk.contains(where: { $0 >= 0x7F || (!isJSON && $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13) })
        {
            return try sink(chunk)
        }
        var bytes = carry + chunk
        carry = []
        let cut = Self.completePrefix(bytes)
        carry = Array(bytes[cut...])
        bytes.removeSubrange(cut...)
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                out.append(contentsOf: (isJSON ? "\\u\(padded)" : "\\u{\(padded)}").unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        var text = String(out)
        try text.withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
    }

    /// Writes a sequence the document ended in the middle of (never, from a well-formed exporter) as it is.
    func finish() throws {
        guard !carry.isEmpty else { return }
        let rest = carry
        carry = []
        try rest.withUnsafeBytes { try sink($0) }
    }

    /// The length of the longest prefix that does not end inside a UTF-8 sequence.
    static func completePrefix(_ bytes: [UInt8]) -> Int {
        var start = bytes.count
        var back = 0
        while start > 0 && back < 4 && bytes[start - 1] & 0xC0 == 0x80 {
            start -= 1
            back += 1
        }
        guard start > 0 else { return bytes.count }
        let lead = bytes[start - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return length > back + 1 ? start - 1 : bytes.count
    }
}
