// Reads a journal segment's bytes into whole command groups and classifies whatever follows them.
//
// Guarantees (the recovery rules of docs/DATA-FORMAT.md):
// - only complete groups (ending in a `.commit` record) with contiguous seqs are returned;
// - an incomplete or invalid record with *no valid record anywhere after it* is a torn tail (an incomplete one with
//   a valid record after it is a damaged length field, so corruption): it is reported
//   with its offset so a writer holding the lock can cut it (Redis `aof-load-truncated`);
// - an invalid record, or a seq out of order, with a valid record after it is mid-file corruption: reported
//   with its offset and never skipped, because events after a hole cannot be applied meaningfully.

public struct SegmentScan: Sendable, Equatable {
    public enum Tail: Sendable, Equatable {
        /// The segment ends exactly after its last complete group.
        case clean
        /// Bytes from `offset` to the end form no complete group: torn write (or one still in progress).
        case torn(offset: Int64, byteCount: Int64, detail: String)
        /// Damage at `offset` with valid data after it.
        case corrupt(offset: Int64, detail: String)
    }

    /// Records of complete groups, in file order.
    public var records: [JournalRecord]
    /// Offset just past the last complete group (where the next append belongs).
    public var validEnd: Int64
    public var tail: Tail
}

public enum JournalScanner {
    /// Scans `bytes` (the segment from `startOffset` on, already read) expecting the first record to carry
    /// `expectedSeq`. `startOffset` only shifts the reported offsets.
    public static func scan(_ bytes: [UInt8], startOffset: Int64 = 0, expectedSeq: UInt64) -> SegmentScan {
        bytes.withUnsafeBytes { buffer in
            scan(buffer, startOffset: startOffset, expectedSeq: expectedSeq)
        }
    }

    public static func scan(_ buffer: UnsafeRawBufferPointer, startOffset: Int64, expectedSeq: UInt64) -> SegmentScan {
        var records: [JournalRecord] = []
        var pending: [JournalRecord] = []
        var offset = 0
        var groupStart = 0
        var expected = expectedSeq

        func result(_ tail: SegmentScan.Tail) -> SegmentScan {
            SegmentScan(records: records, validEnd: startOffset + Int64(groupStart), tail: tail)
        }

        while offset < buffer.count {
            switch RecordCodec.decode(buffer, at: offset) {
            case .record(let record, let size):
                if record.seq != expected {
                    let detail = "expected seq \(expected) but found seq \(record.seq)"
                    return result(.corrupt(offset: startOffset + Int64(offset), detail: detail))
                }
                expected += 1
                offset += size
                pending.append(record)
                if record.type.isCommit {
                    records.append(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                    groupStart = offset
                }
            case .incomplete:
                // A record that claims to run past the end is a torn write only if nothing valid follows it: a
                // damaged length field in the middle of a segment looks the same and would drop every later record
                // (found by scripts/torture.sh: a bit flip that `export` read past without a warning).
                if let later = firstValidRecord(in: buffer, after: offset) {
                    let detail =
                        "a record's length runs past the end of the file, yet a valid record starts at byte "
                        + "\(startOffset + Int64(later))"
                    return result(.corrupt(offset: startOffset + Int64(offset), detail: detail))
                }
                let detail =
                    offset == groupStart
                    ? "incomplete record" : "incomplete command group (its last record is cut short)"
                return result(
                    .torn(
                        offset: startOffset + Int64(groupStart),
                        byteCount: Int64(buffer.count - groupStart), detail: detail))
            case .invalid(let detail):
                if let later = firstValidRecord(in: buffer, after: offset) {
                    let where_ = "the next valid record starts at byte \(startOffset + Int64(later))"
                    return result(.corrupt(offset: startOffset + Int64(offset), detail: "\(detail); \(where_)"))
                }
                let what = offset == groupStart ? detail : "\(detail) inside an unfinished command group"
                return result(
                    .torn(
                        offset: startOffset + Int64(groupStart),
                        byteCount: Int64(buffer.count - groupStart), detail: what))
            }
        }
        if !pending.isEmpty {
            return result(
                .torn(
                    offset: startOffset + Int64(groupStart), byteCount: Int64(buffer.count - groupStart),
                    detail: "command group without its final record"))
        }
        return result(.clean)
    }

    /// Byte-by-byte search for any offset after `offset` where a valid record begins (only run on damage).
    static func firstValidRecord(in buffer: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var probe = offset + 1
        while probe + RecordCodec.headerSize <= buffer.count {
            if case .record = RecordCodec.decode(buffer, at: probe) { return probe }
            probe += 1
        }
        return nil
    }
}
