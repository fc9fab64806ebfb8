import ClinicDomain
import Foundation

/// The decoders that sit behind the journal's and the snapshots' checksums, callable on raw bytes. A fuzzer
/// (scripts/fuzz.sh) cannot forge a CRC-32C, so random bytes would never get past the checksum to the decoders;
/// these entry points feed them directly — a writer bug or a checksum collision would reach them the same way.
/// Every malformed input must come back as a `StoreError`, never a crash.
public enum CheckedDecoders {
    /// A journal record's payload as an event: `binary` for record types 3/4, else the JSON of format version 1.
    /// (The store also checks the event's seq against its record's; that check is left out here so every input
    /// reaches the decoder's end.)
    public static func event(fromPayload payload: [UInt8], binary: Bool) throws(StoreError) -> Event {
        if binary {
            do throws(BinaryDecodingError) {
                return try EventBinaryCoding.decode(payload, fileOffset: 0)
            } catch {
                throw StoreError.coding(path: "payload", detail: "\(error.detail) at byte \(error.offset)")
            }
        }
        do { return try FastDates.decoder().decode(Event.self, from: Data(payload)) } catch {
            throw StoreError.coding(path: "payload", detail: "\(error)")
        }
    }

    /// The bytes a journal record of `event` carries (the binary encoding), for seed inputs and round trips.
    public static func payload(of event: Event) -> [UInt8] { EventBinaryCoding.encode(event) }

    /// A snapshot body in the binary encoding (sections, string table) as a practice.
    public static func practice(fromSnapshotBody body: [UInt8]) throws(StoreError) -> Practice {
        let result = body.withUnsafeBytes { raw in
            Result { () throws(StoreError) -> Practice in
                try SnapshotSections.decode(raw, bodyOffset: 0, path: "snapshot body")
            }
        }
        return try result.get()
    }

    /// The binary snapshot body of `practice`, for seed inputs and round trips.
    public static func snapshotBody(of practice: Practice) throws(StoreError) -> [UInt8] {
        try SnapshotSections.encode(practice)
    }
}
