import Crypto
import Glibc

// The journal's hash chain: every chained record carries the SHA-256 of the whole record before it (its bytes on
// disk, header included), so changing any record — even with its CRC recomputed — breaks the link of the next.
// The first record of a journal (seq 1) links to 32 zero bytes. Records written before the chain (types 1–4)
// have hashes too, so the first chained record after them links to the last unchained one.
//
// Cost: one SHA-256 over the new record's bytes per append; the head (hash of the last record) stays in memory.

public struct ChainHash: Sendable, Hashable, CustomStringConvertible {
    public static let size = 32
    public static let zero = ChainHash(bytes: [UInt8](repeating: 0, count: size))

    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The hash of one record's bytes exactly as on disk.
    public static func of(_ record: UnsafeRawBufferPointer) -> ChainHash {
        ChainHash(bytes: Array(SHA256.hash(data: record)))
    }

    public static func of(_ record: [UInt8]) -> ChainHash {
        record.withUnsafeBytes { of($0) }
    }

    public var description: String { bytes.prefix(6).map { hex($0) }.joined() + "…" }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}

enum HashChain {
    /// The hash of the last record of a scan's complete groups, computed from the scanned bytes.
    static func lastHash(of scan: SegmentScan, in bytes: [UInt8], startOffset: Int64) -> ChainHash? {
        guard let last = scan.records.last else { return nil }
        let end = Int(scan.validEnd - startOffset)
        let start = end - last.encodedSize
        guard start >= 0, end <= bytes.count else { return nil }
        return bytes.withUnsafeBytes { ChainHash.of(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The hash of record `seq` (the chain head after it), read from the segment holding it; zero for seq 0.
    /// Used once per process before its first append, and by salvage. Nil when no file holds that record.
    static func head(at seq: UInt64, folder: DataFolder) throws(StoreError) -> ChainHash? {
        if seq == 0 { return .zero }
        guard let segment = try folder.contents().segments.last(where: { $0.firstSeq <= seq }) else { return nil }
        guard let file = try POSIXFile.openIfExists(folder.file(segment.name), flags: O_RDONLY) else { return nil }
        let bytes = try file.readToEnd()
        file.close()
        var found: ChainHash?
        walk(bytes) { record, range in
            if record.seq == seq {
                found = bytes.withUnsafeBytes { ChainHash.of(UnsafeRawBufferPointer(rebasing: $0[range])) }
                return false
            }
            return true
        }
        return found
    }

    /// Calls `body` with each valid record from the start of `bytes` and its byte range, until one is not valid or
    /// `body` returns false.
    static func walk(_ bytes: [UInt8], _ body: (JournalRecord, Range<Int>) -> Bool) {
        var offset = 0
        while offset < bytes.count, case .record(let record, let size) = RecordCodec.decode(bytes, at: offset) {
            guard body(record, offset..<(offset + size)) else { return }
            offset += size
        }
    }
}

/// What `check` found walking the chain through every segment.
struct ChainVerification {
    /// seq of the first chained record (nil: none); records before it were written before the chain.
    var firstChainedSeq: UInt64?
    /// The first broken link: the file, offset, seq and why.
    var broken: (path: String, offset: Int64, seq: UInt64, detail: String)?
    var head: ChainHash = .zero
    var lastSeq: UInt64 = 0

    /// Follows the chain through one segment's valid records (call in seq order).
    mutating func verify(segment bytes: [UInt8], path: String, name: String) {
        guard broken == nil else { return }
        HashChain.walk(bytes) { record, range in
            defer {
                head = bytes.withUnsafeBytes { ChainHash.of(UnsafeRawBufferPointer(rebasing: $0[range])) }
                lastSeq = record.seq
            }
            guard let previous = record.previousHash else {
                if firstChainedSeq != nil {
                    broken = (
                        path, Int64(range.lowerBound), record.seq,
                        "record seq \(record.seq) at \(name) offset \(range.lowerBound) is not chained, "
                            + "but records before it are (the journal was altered)"
                    )
                    return false
                }
                return true
            }
            if firstChainedSeq == nil { firstChainedSeq = record.seq }
            // A gap in the seqs is reported by the seq check (missing events); the chain resumes after it.
            guard record.seq == lastSeq + 1 else { return true }
            if previous != head {
                let what =
                    record.seq == 1
                    ? "the first record's previous-hash is not the zero hash"
                    : "its previous-hash does not match record \(record.seq - 1)"
                broken = (
                    path, Int64(range.lowerBound), record.seq,
                    "record seq \(record.seq) at \(name) offset \(range.lowerBound): \(what) (the journal was altered)"
                )
                return false
            }
            return true
        }
    }
}
