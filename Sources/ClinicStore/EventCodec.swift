import ClinicDomain
import Foundation

// Events to and from journal records, and the state to and from snapshot bodies — always through the
// domain's own stable JSON coders, so every process that replays the same records builds byte-identical state.

struct EventCodec {
    private let encoder = DomainCoding.encoder()
    private let decoder = DomainCoding.decoder()

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
