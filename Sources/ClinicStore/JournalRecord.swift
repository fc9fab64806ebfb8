// One journal record on disk:
//
//   [u32 len][u32 masked CRC-32C over seq+type+payload][u64 seq][u8 type][payload: len bytes]   little-endian
//
// Chained records (types 5 and 6) start their payload with the 32-byte SHA-256 of the record before them
// (HashChain.swift); `len` and the CRC cover it like the rest of the payload.
//
// Guarantees: a record is either entirely valid (length within bounds, checksum matches) or reported as
// incomplete (it runs past the end of the file: a torn write or one still in progress) or invalid (checksum,
// bounds or type wrong). A corrupt length can never trigger a huge read: `maxPayload` bounds it.
// One command's events are written as a *group*: every record but the last has type `.event`, the last has
// type `.commit`. Replay applies only whole groups, so a command is never half-applied.

public enum RecordType: UInt8, Sendable {
    /// An event (JSON payload) with more events of the same command following. Read, no longer written.
    case event = 1
    /// The last (or only) event of a command (JSON payload): the group is complete. Read, no longer written.
    case commit = 2
    /// An event in the binary event encoding (`EventBinaryCoding`) with more of the same command following.
    case binaryEvent = 3
    /// The last (or only) binary event of a command.
    case binaryCommit = 4
    /// A binary event after the previous record's hash (the hash chain), more of the same command following.
    case chainedEvent = 5
    /// The last (or only) chained binary event of a command. Written now.
    case chainedCommit = 6

    /// Ends a command's group.
    public var isCommit: Bool { self == .commit || self == .binaryCommit || self == .chainedCommit }
    public var isBinary: Bool { rawValue >= 3 }
    public var isChained: Bool { self == .chainedEvent || self == .chainedCommit }

    static func binary(commit: Bool) -> RecordType { commit ? .binaryCommit : .binaryEvent }
    static func chained(commit: Bool) -> RecordType { commit ? .chainedCommit : .chainedEvent }
}

public struct JournalRecord: Sendable, Equatable {
    public var seq: UInt64
    public var type: RecordType
    /// The event's bytes (after the previous-hash for chained records).
    public var payload: [UInt8]
    /// Chained records only: the hash of the record before this one.
    public var previousHash: ChainHash?

    public init(seq: UInt64, type: RecordType, payload: [UInt8], previousHash: ChainHash? = nil) {
        self.seq = seq
        self.type = type
        self.payload = payload
        self.previousHash = type.isChained ? (previousHash ?? .zero) : nil
    }

    /// Bytes on disk: header, previous-hash (chained), payload.
    public var encodedSize: Int { RecordCodec.headerSize + payload.count + (type.isChained ? ChainHash.size : 0) }
}

public enum RecordCodec {
    public static let headerSize = 17
    /// Largest payload accepted (4 MiB); an event is normally a few hundred bytes.
    public static let maxPayload = 4 << 20

    /// What is found at an offset in a journal buffer.
    public enum Decoded: Equatable {
        /// A valid record spanning `size` bytes.
        case record(JournalRecord, size: Int)
        /// The bytes end before the record does: a torn write, or a write still in progress.
        case incomplete
        /// Checks failed; `detail` says which.
        case invalid(detail: String)
    }

    public static func encode(_ record: JournalRecord, into out: inout [UInt8]) {
        let previous = record.previousHash?.bytes ?? []
        append32(UInt32(previous.count + record.payload.count), to: &out)
        var crc = CRC32C.update(0, bytes64(record.seq))
        crc = CRC32C.update(crc, CollectionOfOne(record.type.rawValue))
        crc = CRC32C.update(crc, previous)
        crc = CRC32C.update(crc, record.payload)
        append32(CRC32C.mask(crc), to: &out)
        out.append(contentsOf: bytes64(record.seq))
        out.append(record.type.rawValue)
        out.append(contentsOf: previous)
        out.append(contentsOf: record.payload)
    }

    public static func encode(_ record: JournalRecord) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(headerSize + record.payload.count)
        encode(record, into: &out)
        return out
    }

    /// Decodes the record starting at `offset` in `buffer`.
    public static func decode(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> Decoded {
        let available = buffer.count - offset
        if available < headerSize {
            // A run of zero bytes at the end (pre-allocated, never written) is an incomplete record too.
            return .incomplete
        }
        let length = Int(read32(buffer, offset))
        if length > maxPayload {
            return .invalid(detail: "record length \(length) exceeds the maximum \(maxPayload)")
        }
        if available < headerSize + length { return .incomplete }
        let stored = read32(buffer, offset + 4)
        let crcStart = offset + 8
        let crc = CRC32C.update(0, UnsafeRawBufferPointer(rebasing: buffer[crcStart..<(crcStart + 9 + length)]))
        if CRC32C.mask(crc) != stored {
            return .invalid(detail: "checksum mismatch")
        }
        let seq = read64(buffer, offset + 8)
        guard let type = RecordType(rawValue: buffer[offset + 16]) else {
            return .invalid(detail: "unknown record type \(buffer[offset + 16])")
        }
        var payloadStart = offset + headerSize
        var previous: ChainHash?
        if type.isChained {
            guard length >= ChainHash.size else {
                return .invalid(detail: "chained record of \(length) bytes is shorter than its previous-hash")
            }
            let hashEnd = payloadStart + ChainHash.size
            previous = ChainHash(bytes: [UInt8](UnsafeRawBufferPointer(rebasing: buffer[payloadStart..<hashEnd])))
            payloadStart = hashEnd
        }
        let payloadEnd = offset + headerSize + length
        let payload = [UInt8](UnsafeRawBufferPointer(rebasing: buffer[payloadStart..<payloadEnd]))
        return .record(
            JournalRecord(seq: seq, type: type, payload: payload, previousHash: previous), size: headerSize + length)
    }

    public static func decode(_ bytes: [UInt8], at offset: Int) -> Decoded {
        bytes.withUnsafeBytes { decode($0, at: offset) }
    }

    // MARK: little-endian helpers

    static func append32(_ value: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    static func bytes64(_ value: UInt64) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    static func read32(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        var value: UInt32 = 0
        withUnsafeMutableBytes(of: &value) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 4]))
        }
        return UInt32(littleEndian: value)
    }

    static func read64(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 8]))
        }
        return UInt64(littleEndian: value)
    }
}
