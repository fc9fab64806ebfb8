import ClinicDomain
import Foundation

// `check --repair --salvage`: after the journal was cut at a bad record, the valid, acknowledged records after the
// damage are not thrown away. Each of their commands is re-validated against the repaired state
// (`Practice.refusal(toApply:)`) and re-appended with new contiguous seqs when it still holds.
//
// Guarantees: only records that checksum are considered; a command's events are kept or dropped together (a
// group missing a record — lost in the damage — is dropped whole); everything kept is appended in one write and
// one fdatasync after the repaired journal's end; every dropped command is listed with its old seq and the reason;
// the original bytes stay in repair-<time>/. Records already contained in the snapshot the state was loaded from
// (old seq ≤ that snapshot's seq) are neither re-appended nor dropped.

enum JournalSalvage {
    struct Outcome {
        var actions: [String] = []
        var dropped: [String] = []
        var lastSeq: UInt64
    }

    /// Re-appends what still holds from `setAside` onto the freshly recovered `loaded` state (under the lock).
    static func reappend(_ setAside: [SetAsideJournal], onto loaded: LoadedState) throws(StoreError) -> Outcome {
        let codec = EventCodec()
        let base = loaded.practice.lastSeq
        var practice = loaded.practice
        var outcome = Outcome(lastSeq: base)
        var bytes: [UInt8] = []
        var kept: [(old: ClosedRange<UInt64>, new: ClosedRange<UInt64>)] = []
        var alreadyInSnapshot = 0
        // The salvaged groups chain onto the last record the repair kept.
        var head = try HashChain.head(at: base, folder: loaded.cursor.folder) ?? .zero

        for source in setAside {
            for group in groups(validRecordsIn: source.bytes) {
                let oldSeqs = group.records.map(\.seq)
                guard let firstOld = oldSeqs.first, let lastOld = oldSeqs.last else { continue }
                if lastOld <= base {
                    alreadyInSnapshot += group.records.count
                    continue
                }
                if let missing = group.missing {
                    outcome.dropped.append("old seq \(firstOld)…\(lastOld) (\(source.path)): \(missing)")
                    continue
                }
                let events: [Event]
                switch revalidate(group, from: source.path, onto: practice, codec: codec) {
                case .failure(let refused):
                    outcome.dropped.append(refused.reason)
                    continue
                case .success(let held):
                    events = held
                }
                practice.apply(group: events)
                let encoded = try codec.records(for: events, after: head)
                bytes.append(contentsOf: encoded.bytes)
                head = encoded.head
                kept.append((firstOld...lastOld, (events[0].seq)...(practice.lastSeq)))
            }
        }
        if alreadyInSnapshot > 0 {
            outcome.actions.append(
                "\(alreadyInSnapshot) events after the damage are already in the repaired state "
                    + "(the snapshot it was loaded from holds them)")
        }
        guard !bytes.isEmpty, let first = kept.first, let last = kept.last else {
            outcome.actions.append("salvage: no event after the damage could be re-appended")
            return outcome
        }
        try loaded.cursor.append(bytes)
        let count = kept.reduce(0) { $0 + $1.new.count }
        outcome.actions.append(
            "salvage: re-appended \(count) events that still hold (old seq \(first.old.lowerBound)…"
                + "\(last.old.upperBound)) as seq \(first.new.lowerBound)…\(last.new.upperBound) "
                + "in \(loaded.cursor.path); \(outcome.dropped.count) command(s) no longer hold (listed as dropped)")
        outcome.lastSeq = practice.lastSeq
        return outcome
    }

    struct Refusal: Error {
        var reason: String
    }

    /// The group's events renumbered after `practice`, or why the command no longer holds (named by old seq).
    static func revalidate(
        _ group: Group, from path: String, onto practice: Practice,
        codec: EventCodec
    ) -> Result<[Event], Refusal> {
        var scratch = practice
        var events: [Event] = []
        let whole =
            group.records.count > 1
            ? " (its whole command, old seq "
                + "\(group.records[0].seq)…\(group.records[group.records.count - 1].seq), is dropped)"
            : ""
        for record in group.records {
            let old: Event
            do throws(StoreError) { old = try codec.event(from: record, path: path) } catch {
                return .failure(Refusal(reason: "old seq \(record.seq) (\(path)): \(error.sentence(.reading))\(whole)"))
            }
            if let reason = scratch.refusal(toApply: old.change) {
                return .failure(Refusal(reason: "old seq \(record.seq) (\(describe(old))): \(reason.message)\(whole)"))
            }
            let event = Event(seq: scratch.lastSeq + 1, at: old.at, actor: old.actor, change: old.change)
            scratch.apply(event)
            events.append(event)
        }
        return .success(events)
    }

    struct Group {
        var records: [JournalRecord]
        /// Why the group is incomplete (a record lost in the damage), nil when whole.
        var missing: String?
    }

    /// Every record that checksums, in file order, skipping damaged bytes, cut into command groups. A group is
    /// marked incomplete when damage cut it short, or when it follows damage that may have held its first events.
    static func groups(validRecordsIn bytes: [UInt8]) -> [Group] {
        var groups: [Group] = []
        var pending: [JournalRecord] = []
        var headLost: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                switch RecordCodec.decode(buffer, at: offset) {
                case .record(let record, let size):
                    offset += size
                    pending.append(record)
                    if record.type.isCommit {
                        groups.append(Group(records: pending, missing: headLost))
                        pending.removeAll()
                        headLost = nil
                    }
                case .incomplete:
                    offset = buffer.count
                case .invalid:
                    if !pending.isEmpty {
                        groups.append(
                            Group(records: pending, missing: "the rest of its command was lost in the damage"))
                        pending.removeAll()
                    }
                    guard let next = JournalScanner.firstValidRecord(in: buffer, after: offset) else {
                        offset = buffer.count
                        break
                    }
                    headLost =
                        lostRecordWasCommit(buffer, from: offset, to: next) == true
                        ? nil
                        : "it may continue a command whose first events were in the damaged bytes \(offset)…\(next - 1)"
                    offset = next
                }
            }
        }
        if !pending.isEmpty { groups.append(Group(records: pending, missing: "its command has no commit record")) }
        return groups
    }

    /// When the damaged bytes are exactly one record whose header still reads, its type says whether it ended a
    /// command (so what follows starts a new one); nil when that cannot be known.
    static func lostRecordWasCommit(_ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool? {
        guard end - start >= RecordCodec.headerSize else { return nil }
        let length = Int(RecordCodec.read32(buffer, start))
        guard start + RecordCodec.headerSize + length == end, let type = RecordType(rawValue: buffer[start + 16]) else {
            return nil
        }
        return type.isCommit
    }

    /// "taskMoved by S-1 at 2026-11-24T09:00:00Z": the kind of change, who, and when, for the dropped list.
    static func describe(_ event: Event) -> String {
        let kind = Mirror(reflecting: event.change).children.first?.label ?? "\(event.change)"
        return "\(kind) by \(event.actor) at \(ISO8601DateFormatter().string(from: event.at))"
    }
}
