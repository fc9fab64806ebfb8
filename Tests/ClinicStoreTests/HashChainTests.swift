import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

@Suite struct HashChainTests {
    /// Recomputes the CRC of the record at `offset` after an edit, so only the chain can notice it.
    static func fixCRC(_ bytes: inout [UInt8], at offset: Int) {
        let length = bytes.withUnsafeBytes { Int(RecordCodec.read32($0, offset)) }
        let crc = CRC32C.mask(CRC32C.update(0, bytes[(offset + 8)..<(offset + 17 + length)]))
        withUnsafeBytes(of: crc.littleEndian) { bytes.replaceSubrange((offset + 4)..<(offset + 8), with: $0) }
    }

    static func chainProblems(_ dir: TempFolder) throws -> [CheckProblem] {
        try StoreCheck.check(folder: dir.path).problems
    }

    @Test func appendsAreChainedAcrossWritersAndRotation() throws {
        let dir = TempFolder("chain")
        let first = try makeStore(dir)
        let second = try Store.open(folder: dir.path, options: quietOptions())
        for i in 1...6 {
            let store = i.isMultiple(of: 2) ? second : first
            _ = try store.execute(command("task add \"Task \(i)\""), actor: "S-1", now: testNow)
            if i == 3 { try first.snapshotNow() }
        }
        first.close()
        second.close()
        #expect(dir.segmentNames().count == 2)
        let report = try StoreCheck.check(folder: dir.path)
        #expect(report.problems == [])
        #expect(report.fine.contains("hash chain: seq 1…6 linked"))
    }

    @Test func anEditedRecordWithItsCRCRecomputedIsNamed() throws {
        let dir = TempFolder("chain")
        let boundaries = try RecoveryTests.journal(dir, count: 5)
        var bytes = dir.bytes("journal-1.log")
        // Change the last payload byte of seq 3 (a letter of its task title) and make its CRC right again.
        bytes[boundaries[3] - 1] ^= 0x01
        Self.fixCRC(&bytes, at: boundaries[2])
        dir.write("journal-1.log", bytes)
        let problems = try Self.chainProblems(dir)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.kind == .chainBroken)
        #expect(problem.seq == 4)
        #expect(problem.offset == Int64(boundaries[3]))
        #expect(
            problem.detail
                == "record seq 4 at journal-1.log offset \(boundaries[3]): its previous-hash does not match "
                + "record 3 (the journal was altered)")
    }

    @Test func aDeletedRecordIsFoundEvenWhenLaterOnesAreRenumbered() throws {
        let dir = TempFolder("chain")
        let boundaries = try RecoveryTests.journal(dir, count: 5)
        var bytes = dir.bytes("journal-1.log")
        bytes.removeSubrange(boundaries[2]..<boundaries[3])
        // Plain deletion: a seq gap.
        dir.write("journal-1.log", bytes)
        let gap = try #require(try Self.chainProblems(dir).first)
        #expect(gap.offset == Int64(boundaries[2]))
        #expect(gap.seq == 3)
        // Renumber seq 4 and 5 down (with CRCs fixed): only the chain notices.
        var offset = boundaries[2]
        while offset < bytes.count {
            let length = bytes.withUnsafeBytes { Int(RecordCodec.read32($0, offset)) }
            let seq = bytes.withUnsafeBytes { RecordCodec.read64($0, offset + 8) } - 1
            withUnsafeBytes(of: seq.littleEndian) { bytes.replaceSubrange((offset + 8)..<(offset + 16), with: $0) }
            Self.fixCRC(&bytes, at: offset)
            offset += RecordCodec.headerSize + length
        }
        dir.write("journal-1.log", bytes)
        let problems = try Self.chainProblems(dir)
        #expect(problems.map(\.kind) == [.chainBroken])
        #expect(problems.first?.seq == 3)
        #expect(problems.first?.offset == Int64(boundaries[2]))
    }

    @Test func anUnchainedPrefixIsReportedNotBroken() throws {
        let dir = TempFolder("chain")
        _ = try RecoveryTests.journal(dir, count: 2)
        // Rewrite the two records as an earlier build wrote them (types 3/4, no previous-hash).
        var legacy: [UInt8] = []
        HashChain.walk(dir.bytes("journal-1.log")) { record, _ in
            RecordCodec.encode(
                JournalRecord(seq: record.seq, type: .binaryCommit, payload: record.payload), into: &legacy)
            return true
        }
        dir.write("journal-1.log", legacy)
        let store = try Store.open(folder: dir.path, options: quietOptions())
        _ = try store.execute(command("task add \"Task 3\""), actor: "S-1", now: testNow)
        store.close()
        let report = try StoreCheck.check(folder: dir.path)
        #expect(report.problems == [])
        #expect(
            report.fine.contains("hash chain: seq 3…3 linked (not chained before seq 3: written by an earlier build)"))
        // The first chained record links to the last unchained one: altering that one is still found.
        var bytes = dir.bytes("journal-1.log")
        bytes[legacy.count - 1] ^= 0x01
        var lastLegacy = 0
        HashChain.walk(legacy) { record, range in
            if record.seq == 2 { lastLegacy = range.lowerBound }
            return true
        }
        Self.fixCRC(&bytes, at: lastLegacy)
        dir.write("journal-1.log", bytes)
        #expect(try Self.chainProblems(dir).map(\.seq) == [3])
    }

    @Test func appendingCostsOneHashOfTheNewRecord() throws {
        // The head stays in memory: the record's previous-hash is the hash of the bytes just before it.
        let dir = TempFolder("chain")
        let boundaries = try RecoveryTests.journal(dir, count: 3)
        let bytes = dir.bytes("journal-1.log")
        guard case .record(let third, _) = RecordCodec.decode(bytes, at: boundaries[2]) else {
            Issue.record("seq 3 does not decode"); return
        }
        #expect(third.previousHash == ChainHash.of(Array(bytes[boundaries[1]..<boundaries[2]])))
        #expect(third.type == .chainedCommit)
    }
}
