import ClinicDomain

/// Text written in chunks to a sink, so an export of the large practice is never one string in memory: rows append
/// their UTF-8 here and every `chunkSize` bytes go out. The iCalendar and CSV writers share it.
public struct ExportStream: ~Copyable {
    public typealias Sink = JSONStreamWriter.Sink

    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private let sink: Sink

    public init(chunkSize: Int = JSONStreamWriter.defaultChunkSize, sink: @escaping Sink) {
        self.chunkSize = chunkSize
        self.sink = sink
        buffer.reserveCapacity(chunkSize + 4096)
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    public mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    public mutating func write(bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// Sends the buffer once it holds a chunk; call between rows.
    public mutating func flushIfFull() throws {
        if buffer.count >= chunkSize { try flush() }
    }

    /// Sends what is left. The stream is spent after this.
    public mutating func finish() throws { try flush() }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
