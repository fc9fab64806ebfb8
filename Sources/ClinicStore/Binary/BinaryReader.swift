import Foundation

/// Why binary bytes did not decode, and where (`offset` is from the start of the file).
struct BinaryDecodingError: Error, CustomStringConvertible {
    var offset: Int
    var detail: String
    var description: String { "\(detail) at byte offset \(offset)" }
}

/// Reads what `BinaryWriter` wrote. Every read is bounds-checked; a failure names the byte offset in the file.
struct BinaryReader {
    private let buffer: UnsafeRawBufferPointer
    private(set) var position = 0
    /// Where `buffer` starts in its file, for error offsets.
    let fileOffset: Int
    /// The snapshot's string table; nil for inline strings (journal records).
    let stringTable: [String]?

    init(_ buffer: UnsafeRawBufferPointer, fileOffset: Int, strings: [String]?) {
        self.buffer = buffer
        self.fileOffset = fileOffset
        self.stringTable = strings
    }

    var isAtEnd: Bool { position >= buffer.count }
    var offsetInFile: Int { fileOffset + position }

    func failure(_ detail: String) -> BinaryDecodingError {
        BinaryDecodingError(offset: fileOffset + position, detail: detail)
    }

    mutating func byte() throws(BinaryDecodingError) -> UInt8 {
        guard position < buffer.count else { throw failure("unexpected end of data") }
        defer { position += 1 }
        return buffer[position]
    }

    mutating func bool() throws(BinaryDecodingError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other:
            position -= 1
            throw failure("\(other) is not a boolean")
        }
    }

    mutating func unsigned() throws(BinaryDecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < buffer.count else { throw failure("unexpected end of data in a number") }
            let b = buffer[position]
            position += 1
            guard shift < 64 else { throw failure("number longer than 64 bits") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(BinaryDecodingError) -> Int {
        let raw = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    /// A count or length, bounded by what is left, so a damaged number never allocates gigabytes.
    mutating func count(elementSize: Int = 1) throws(BinaryDecodingError) -> Int {
        let value = try unsigned()
        guard value <= UInt64(buffer.count - position) / UInt64(max(1, elementSize)) + 1 else {
            throw failure("count \(value) is larger than the data left")
        }
        return Int(value)
    }

    mutating func fixed32() throws(BinaryDecodingError) -> UInt32 {
        guard position + 4 <= buffer.count else { throw failure("unexpected end of data") }
        defer { position += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    mutating func fixed64() throws(BinaryDecodingError) -> UInt64 {
        guard position + 8 <= buffer.count else { throw failure("unexpected end of data") }
        defer { position += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    mutating func string() throws(BinaryDecodingError) -> String {
        if let strings = stringTable {
            let index = try unsigned()
            guard index < UInt64(strings.count) else { throw failure("string \(index) is not in the string table") }
            return strings[Int(index)]
        }
        return try inlineString()
    }

    /// Length + UTF-8 bytes, whatever the reader's mode (the string table itself is written this way).
    mutating func inlineString() throws(BinaryDecodingError) -> String {
        let length = try count()
        guard position + length <= buffer.count else { throw failure("string runs past the end of the data") }
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[position..<(position + length)])
        guard let text = String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self) else {
            throw failure("string is not valid UTF-8")
        }
        position += length
        return text
    }

    mutating func optionalString() throws(BinaryDecodingError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func date() throws(BinaryDecodingError) -> Date {
        let tagged = try int()
        let seconds = tagged & 1 == 0 ? Double(tagged >> 1) : Double(bitPattern: try fixed64())
        // NaN (never equal to itself) or an instant outside 1900–2200 is no stamp this program wrote.
        guard Self.instants.contains(seconds) else { throw failure("\(seconds) is not an instant of 1900–2200") }
        return Date(timeIntervalSince1970: seconds)
    }

    /// 1900-01-01 to 2200-01-01, in seconds since 1970.
    static let instants = -2_208_988_800.0...7_258_118_400.0

    mutating func optionalDate() throws(BinaryDecodingError) -> Date? {
        try bool() ? try date() : nil
    }

    /// A value from an append-only code list (the index is what is on disk).
    mutating func code<Value>(_ codes: [Value], _ what: String) throws(BinaryDecodingError) -> Value {
        let index = try unsigned()
        guard index < UInt64(codes.count) else {
            position -= 1
            throw failure("\(index) is not a known \(what) code")
        }
        return codes[Int(index)]
    }
}
