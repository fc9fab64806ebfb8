/// A streaming JSON emitter whose bytes match Foundation's `JSONEncoder` with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`: two-space indent, `"key" : value`, empty containers as
/// `[`, blank line, `]`. Callers write keys in sorted order themselves; the writer only lays the bytes out.
///
/// Bytes collect in a buffer and go to `sink` in chunks of about `chunkSize`, so the document never exists whole
/// and the domain stays free of I/O. Only `flushIfFull()` and `finish()` can throw (whatever the sink throws).
public struct JSONStreamWriter: ~Copyable {
    /// Receives each chunk; the pointer is valid only during the call.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    public static let defaultChunkSize = 64 * 1024

    var buffer: ByteBuffer
    private let chunkSize: Int
    private let sink: Sink
    /// One entry per open container: has it received an element yet?
    private var containerHasElements: [Bool] = []
    /// A key was just written, so the next value follows it on the same line.
    private var valueFollowsKey = false

    public init(chunkSize: Int = JSONStreamWriter.defaultChunkSize, sink: @escaping Sink) {
        self.chunkSize = max(1, chunkSize)
        self.sink = sink
        // Room for one chunk plus a row or two past the threshold, so a chunk rarely regrows the buffer.
        buffer = ByteBuffer(capacity: self.chunkSize + 16 * 1024)
        containerHasElements.reserveCapacity(16)
    }

    /// How deep the writer is: 0 at the top, 1 inside the outermost container.
    var depth: Int { containerHasElements.count }

    // MARK: Containers

    public mutating func beginObject() { beginContainer(ASCII.openBrace) }
    public mutating func endObject() { endContainer(ASCII.closeBrace) }
    public mutating func beginArray() { beginContainer(ASCII.openBracket) }
    public mutating func endArray() { endContainer(ASCII.closeBracket) }

    private mutating func beginContainer(_ open: UInt8) {
        startValue()
        buffer.append(open)
        containerHasElements.append(false)
    }

    private mutating func endContainer(_ close: UInt8) {
        let hadElements = containerHasElements.removeLast()
        // Foundation writes a newline after the opening bracket even when nothing follows: `[\n\n  ]`.
        if !hadElements { buffer.append(ASCII.newline) }
        buffer.append(ASCII.newline)
        writeIndent(depth)
        buffer.append(close)
    }

    /// Writes what separates this value from the previous one: nothing after a key, else `,` / newline + indent.
    @inline(__always)
    mutating func startValue() {
        if valueFollowsKey {
            valueFollowsKey = false
            return
        }
        startElement()
    }

    private mutating func startElement() {
        guard let last = containerHasElements.indices.last else { return }
        if containerHasElements[last] { buffer.append(ASCII.comma) } else { containerHasElements[last] = true }
        buffer.append(ASCII.newline)
        writeIndent(depth)
    }

    // MARK: Keys

    /// A key known at compile time. It must need no escaping (plain ASCII letters, as every Codable key here is).
    public mutating func key(_ name: StaticString) {
        startElement()
        buffer.append(ASCII.quote)
        buffer.append(name)
        buffer.append("\" : ")
        valueFollowsKey = true
    }

    /// A key from data (a dictionary's), escaped like any string.
    public mutating func key(data name: String) {
        startElement()
        appendQuotedEscaped(name)
        buffer.append(" : ")
        valueFollowsKey = true
    }

    // MARK: Scalars

    public mutating func string(_ value: String) {
        startValue()
        appendQuotedEscaped(value)
    }

    public mutating func int(_ value: Int) {
        startValue()
        appendDecimal(value)
    }

    public mutating func uint(_ value: UInt64) {
        startValue()
        appendDecimal(magnitude: value, negative: false)
    }

    public mutating func bool(_ value: Bool) {
        startValue()
        buffer.append(value ? "true" : "false")
    }

    /// A value Foundation already encoded pretty-printed at the top level, moved to this depth: every newline in
    /// it is structural (strings carry `\n` escaped), so indenting each line re-nests it exactly. The blank line
    /// inside an empty container stays blank, as Foundation writes it.
    public mutating func preformatted(_ json: some Sequence<UInt8>) {
        startValue()
        let indent = depth
        var atLineStart = false
        for byte in json {
            if atLineStart && byte != ASCII.newline { writeIndent(indent) }
            atLineStart = byte == ASCII.newline
            buffer.append(byte)
        }
    }

    // MARK: Output

    /// Hands the buffer to the sink once it holds a chunk. Call between rows.
    public mutating func flushIfFull() throws {
        if buffer.count >= chunkSize { try flush() }
    }

    /// Hands over whatever is left.
    public mutating func finish() throws {
        if !buffer.isEmpty { try flush() }
    }

    /// Appends raw bytes outside any JSON value (the document's trailing newline).
    public mutating func raw(_ byte: UInt8) { buffer.append(byte) }

    private mutating func flush() throws {
        try sink(buffer.bytes)
        buffer.removeAll()
    }

    // MARK: Bytes

    @inline(__always)
    mutating func writeIndent(_ level: Int) {
        buffer.append(repeating: ASCII.space, count: level * 2)
    }

    mutating func appendDecimal(_ value: Int) {
        appendDecimal(magnitude: UInt64(value.magnitude), negative: value < 0)
    }

    /// Digits straight into the buffer (UInt64.max has 20), no String made.
    mutating func appendDecimal(magnitude: UInt64, negative: Bool) {
        var digits = 1
        var limit: UInt64 = 10
        while digits < 20 && magnitude >= limit { digits += 1; limit &*= 10 }
        let sign = negative ? 1 : 0
        let out = buffer.reserve(sign + digits)
        if negative { out.pointee = ASCII.minus }
        var rest = magnitude
        var position = sign + digits
        repeat {
            position -= 1
            out[position] = ASCII.zero &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while position > sign
        buffer.commit(sign + digits)
    }
}

/// The bytes the writer needs by name.
enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let zero = UInt8(ascii: "0")
}
