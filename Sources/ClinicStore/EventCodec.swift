import ClinicDomain
import Foundation
import Synchronization

// Events to and from journal records, and the state to and from snapshot bodies — always through the
// domain's own stable JSON dialect (DomainCoding), so every process that replays the same records builds
// byte-identical state. Dates go through FastDates: same text, without the slow ISO-8601 formatter.

struct EventCodec {
    private let encoder = FastDates.encoder()
    private let decoder = FastDates.decoder()

    func records(for events: [Event]) throws(StoreError) -> [UInt8] {
        var out: [UInt8] = []
        for (index, event) in events.enumerated() {
            let payload: Data
            do { payload = try encoder.encode(event) } catch {
                throw StoreError.coding(path: "event \(event.seq)", detail: "\(error)")
            }
            let type: RecordType = index == events.count - 1 ? .commit : .event
            RecordCodec.encode(JournalRecord(seq: event.seq, type: type, payload: [UInt8](payload)), into: &out)
        }
        return out
    }

    func event(from record: JournalRecord, path: String) throws(StoreError) -> Event {
        let event: Event
        do { event = try decoder.decode(Event.self, from: Data(record.payload)) } catch {
            throw StoreError.coding(path: path, detail: "record seq \(record.seq) does not decode as an event: \(error)")
        }
        guard event.seq == record.seq else {
            throw StoreError.coding(path: path, detail: "record seq \(record.seq) holds event seq \(event.seq)")
        }
        return event
    }

    /// Decodes many records; large batches (replay) are split across the cores, since JSON decoding is the
    /// bulk of replay time and each record decodes independently. Order is preserved.
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

    func snapshotBody(_ practice: Practice) throws(StoreError) -> Data {
        do { return try encoder.encode(practice) } catch {
            throw StoreError.coding(path: "snapshot", detail: "\(error)")
        }
    }

    func practice(fromSnapshot body: Data, path: String) throws(StoreError) -> Practice {
        do { return try decoder.decode(Practice.self, from: body) } catch {
            throw StoreError.coding(path: path, detail: "snapshot does not decode as a practice: \(error)")
        }
    }
}
