import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

@Suite struct RecordCodecTests {
    @Test func roundTrip() {
        let record = JournalRecord(seq: 0x0102_0304_0506_0708, type: .commit, payload: Array("{\"a\":1}".utf8))
        let bytes = RecordCodec.encode(record)
        #expect(bytes.count == RecordCodec.headerSize + 7)
        // little-endian length first, then seq at offset 8
        #expect(Array(bytes[0..<4]) == [7, 0, 0, 0])
        #expect(Array(bytes[8..<16]) == [8, 7, 6, 5, 4, 3, 2, 1])
        #expect(bytes[16] == RecordType.commit.rawValue)
        #expect(RecordCodec.decode(bytes, at: 0) == .record(record, size: bytes.count))
    }

    @Test func emptyPayloadIsValid() {
        let record = JournalRecord(seq: 1, type: .event, payload: [])
        #expect(RecordCodec.decode(RecordCodec.encode(record), at: 0) == .record(record, size: 17))
    }

    @Test func everyShorterPrefixIsIncomplete() {
        let bytes = RecordCodec.encode(JournalRecord(seq: 9, type: .commit, payload: Array("hello".utf8)))
        for cut in 0..<bytes.count {
            #expect(RecordCodec.decode(Array(bytes[0..<cut]), at: 0) == .incomplete)
        }
    }

    @Test func everySingleBitFlipIsDetected() {
        let bytes = RecordCodec.encode(JournalRecord(seq: 42, type: .commit, payload: Array("payload!".utf8)))
        for bit in 0..<(bytes.count * 8) {
            var damaged = bytes
            damaged[bit / 8] ^= UInt8(1 << (bit % 8))
            switch RecordCodec.decode(damaged, at: 0) {
            case .record: Issue.record("flip of bit \(bit) went undetected")
            case .incomplete, .invalid: break
            }
        }
    }

    @Test func hugeLengthIsRejectedWithoutReading() {
        var bytes = RecordCodec.encode(JournalRecord(seq: 1, type: .commit, payload: [1, 2, 3]))
        bytes[3] = 0x7F
        guard case .invalid(let detail) = RecordCodec.decode(bytes, at: 0) else {
            Issue.record("expected invalid"); return
        }
        #expect(detail.contains("exceeds the maximum"))
    }
}

/// The decoders behind the checksums refuse what scripts/fuzz.sh found they accepted or trapped on.
@Suite struct CheckedDecoderFindingsTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus/record").path

    @Test(arguments: ["finding-day-int-min.bin", "finding-nan-instant.bin"])
    func aFindingIsAnErrorNotACrash(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.corpus + "/" + name))
        #expect(throws: StoreError.self) {
            _ = try CheckedDecoders.event(fromPayload: Array(bytes.dropFirst()), binary: true)
        }
    }

    @Test func aRealEventRoundTrips() throws {
        let event = Event(
            seq: 7, at: Date(timeIntervalSince1970: 1_795_444_920), actor: "ana",
            change: .paperworkCompleted(PatientID(3)))
        #expect(try CheckedDecoders.event(fromPayload: CheckedDecoders.payload(of: event), binary: true) == event)
    }
}
