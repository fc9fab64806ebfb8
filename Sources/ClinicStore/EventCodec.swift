import ClinicDomain
import Foundation
import Synchronization

// Events to and from journal records, and the state to and from snapshot bodies. New records and snapshots use
// the binary encodings (EventBinaryCoding, SnapshotSections): generic Codable cost ~20 µs per event and seconds
// per large snapshot. Records and snapshots written as JSON by earlier versions (the domain's stable dialect,
// DomainCoding) are still read; dates there go through FastDates.

struct EventCodec {
    private let encoder = FastDates.encoder()
    private let decoder = FastDates.decoder()

    /// Chained records for one command's events after the record whose hash is `previous`; returns the bytes and
    /// the new chain head (the hash of the last record).
    func records(for events: [Event], after previous: ChainHash) throws(StoreError) -> (bytes: [UInt8], head: ChainHash)
    {
        var out: [UInt8] = []
        var head = previous
        for (index, event) in events.enumerated() {
            let type = RecordType.chained(commit: index == events.count - 1)
            let start = out.count
            RecordCodec.encode(
                JournalRecord(seq: event.seq, type: type, payload: EventBinaryCoding.encode(event), previousHash: head),
                into: &out)
            head = out.withUnsafeBytes { ChainHash.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        }
        return (out, head)
    }

    func event(from record: JournalRecord, path: String) throws(StoreError) -> Event {
        let event: Event
        if record.type.isBinary {
            do throws(BinaryDecodingError) {
                event = try EventBinaryCoding.decode(record.payload, fileOffset: 0)
            } catch {
                throw StoreError.coding(
                    path: path,
                    detail: "record seq \(record.seq) does not decode as an event: "
                        + "\(error.detail) at byte \(error.offset) of its payload")
            }
        } else {
            do { event = try decoder.decode(Event.self, from: Data(record.payload)) } catch {
                throw StoreError.coding(
                    path: path, detail: "record seq \(record.seq) does not decode as an event: \(error)")
            }
        }
        guard event.seq == record.seq else {
            throw StoreError.coding(path: path, detail: "record seq \(record.seq) holds event seq \(event.seq)")
        }
        return event
    }

    /// Decodes many records; large batches (replay) are split across the cores, since JSON decoding is the
    /// bulk of replay time and each record decodes independently. Order is preserved.
    /// Decodes whole groups and applies them one command at a time, so the undo log sees each command once.
    func apply(_ records: [JournalRecord], to practice: inout Practice, path: String) throws(StoreError) -> [Event] {
        let events = try events(from: records, path: path)
        var start = 0
        for (index, record) in records.enumerated() where record.type.isCommit {
            practice.apply(group: Array(events[start...index]))
            start = index + 1
        }
        if start < events.count { practice.apply(group: Array(events[start...])) }
        return events
    }

    func events(from records: [JournalRecord], path: String) throws(StoreError) -> [Event] {
        let chunks = records.count >= 4_096 ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
        if chunks == 1 {
            var events: [Event] = []
            events.reserveCapacity(records.count)
            for record in records { events.append(try event(from: record, path: path)) }
            return events
        }
        let size = (records.count + chunks - 1) / chunks
        let results = Mutex<[Int: Result<[Event], StoreError>]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let codec = EventCodec()
            let range = (chunk * size)..<min(records.count, (chunk + 1) * size)
            var events: [Event] = []
            events.reserveCapacity(range.count)
            let result = Result { () throws(StoreError) -> [Event] in
                for record in records[range] { events.append(try codec.event(from: record, path: path)) }
                return events
            }
            results.withLock { $0[chunk] = result }
        }
        var all: [Event] = []
        all.reserveCapacity(records.count)
        for chunk in 0..<chunks {
            guard let result = results.withLock({ $0[chunk] }) else { continue }
            all.append(contentsOf: try result.get())
        }
        return all
    }

    func snapshotBody(_ practice: Practice) throws(StoreError) -> SnapshotBody {
        SnapshotBody(encoding: SnapshotBody.binary, storage: try SnapshotSections.encode(practice))
    }

    /// The JSON body earlier versions wrote (kept for tests of the upgrade path).
    func jsonSnapshotBody(_ practice: Practice) throws(StoreError) -> SnapshotBody {
        do { return SnapshotBody(encoding: SnapshotBody.json, storage: [UInt8](try encoder.encode(practice))) } catch {
            throw StoreError.coding(path: "snapshot", detail: "\(error)")
        }
    }

    func practice(fromSnapshot body: SnapshotBody, path: String) throws(StoreError) -> Practice {
        if body.encoding == SnapshotBody.binary {
            return try body.withBytes { raw throws(StoreError) -> Practice in
                try SnapshotSections.decode(raw, bodyOffset: SnapshotFile.headerSize, path: path)
            }
        }
        do { return try decoder.decode(Practice.self, from: body.withBytes { Data($0) }) } catch {
            throw StoreError.coding(path: path, detail: "snapshot does not decode as a practice: \(error)")
        }
    }
}
