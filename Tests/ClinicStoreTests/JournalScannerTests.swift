import Testing
@testable import ClinicStore

@Suite struct JournalScannerTests {
    /// Groups of sizes 1, 2, 1, 3 starting at seq 5.
    static func sample() -> (bytes: [UInt8], boundaries: [Int], records: [JournalRecord]) {
        var bytes: [UInt8] = []
        var boundaries = [0]
        var records: [JournalRecord] = []
        var seq: UInt64 = 5
        for size in [1, 2, 1, 3] {
            for i in 0..<size {
                let r = JournalRecord(
                    seq: seq, type: i == size - 1 ? .commit : .event,
                    payload: Array("{\"event\":\(seq)}".utf8))
                RecordCodec.encode(r, into: &bytes)
                records.append(r)
                seq += 1
            }
            boundaries.append(bytes.count)
        }
        return (bytes, boundaries, records)
    }

    @Test func cleanScanReturnsEverything() {
        let s = Self.sample()
        let scan = JournalScanner.scan(s.bytes, expectedSeq: 5)
        #expect(scan.records == s.records)
        #expect(scan.tail == .clean)
        #expect(scan.validEnd == Int64(s.bytes.count))
    }

    /// A damaged length field in the middle makes a record claim to run past the end of the file; it must not pass
    /// for a torn tail, which would drop every later (acknowledged) record silently (found by scripts/torture.sh).
    @Test func aLengthFieldThatRunsPastTheEndWithRecordsAfterItIsCorruption() {
        let s = Self.sample()
        var bytes = s.bytes
        let second = s.boundaries[1] // the second group's first record
        bytes[second + 2] ^= 0x10 // its length's third byte: a length of about a megabyte
        let scan = JournalScanner.scan(bytes, expectedSeq: 5)
        guard case .corrupt(let offset, let detail) = scan.tail else {
            Issue.record("expected corruption, got \(scan.tail)")
            return
        }
        #expect(offset == Int64(second))
        #expect(detail.contains("valid record starts at byte"))
        #expect(scan.records == Array(s.records.prefix(1)), "the whole groups before the damage are kept")
    }

    @Test func truncatedAtEveryOffsetKeepsWholeGroupsOnly() {
        let s = Self.sample()
        for cut in 0..<s.bytes.count {
            let scan = JournalScanner.scan(Array(s.bytes[0..<cut]), expectedSeq: 5)
            let kept = s.boundaries.last { $0 <= cut } ?? 0
            #expect(scan.validEnd == Int64(kept), "cut at \(cut)")
            let keptGroups = s.boundaries.firstIndex(of: kept) ?? 0
            let keptRecords = Array(s.records.prefix([0, 1, 3, 4, 7][keptGroups]))
            #expect(scan.records == keptRecords, "cut at \(cut)")
            if cut == kept {
                #expect(scan.tail == .clean)
            } else if case .torn(let offset, let count, _) = scan.tail {
                #expect(offset == Int64(kept) && count == Int64(cut - kept))
            } else {
                Issue.record("cut at \(cut): expected torn tail, got \(scan.tail)")
            }
        }
    }

    @Test func bitFlipMidFileIsCorruptionAtThatRecord() {
        let s = Self.sample()
        var damaged = s.bytes
        let second = s.boundaries[1] // start of the 2-record group
        damaged[second + 20] ^= 0x04 // inside the payload of seq 6
        let scan = JournalScanner.scan(damaged, expectedSeq: 5)
        #expect(scan.records == [s.records[0]])
        #expect(scan.validEnd == Int64(second))
        guard case .corrupt(let offset, let detail) = scan.tail else {
            Issue.record("expected corruption, got \(scan.tail)"); return
        }
        #expect(offset == Int64(second))
        #expect(detail.contains("checksum"))
    }

    @Test func bitFlipInLastRecordIsATornTail() {
        let s = Self.sample()
        var damaged = s.bytes
        damaged[damaged.count - 2] ^= 0x01
        let scan = JournalScanner.scan(damaged, expectedSeq: 5)
        #expect(scan.records.count == 4)
        guard case .torn(let offset, _, _) = scan.tail else { Issue.record("got \(scan.tail)"); return }
        #expect(offset == Int64(s.boundaries[3]))
    }

    @Test func seqGapIsCorruption() {
        var bytes: [UInt8] = []
        RecordCodec.encode(JournalRecord(seq: 1, type: .commit, payload: []), into: &bytes)
        let at = bytes.count
        RecordCodec.encode(JournalRecord(seq: 3, type: .commit, payload: []), into: &bytes)
        let scan = JournalScanner.scan(bytes, expectedSeq: 1)
        #expect(scan.tail == .corrupt(offset: Int64(at), detail: "expected seq 2 but found seq 3"))
        #expect(scan.records.count == 1)
    }

    @Test func offsetsAreShiftedByStart() {
        let s = Self.sample()
        let scan = JournalScanner.scan(
            Array(s.bytes[s.boundaries[1]...]), startOffset: Int64(s.boundaries[1]),
            expectedSeq: 6)
        #expect(scan.validEnd == Int64(s.bytes.count))
        #expect(scan.records == Array(s.records[1...]))
    }
}
