import Foundation

/// `undo [SEQ]`: puts back the rows one of your own recent command groups touched, as a new event (the journal is
/// never rewritten). Refused, with the reason, when it is someone else's, when it records a fact outside the
/// practice (an ERA posting, claims sent in a file), when a later change touched the same items (or refers to a
/// row it added), or when the rows put back would break a rule (a slot taken since, an overlapping shift).
/// Undoing an undo redoes. Only your own: a manager undoing someone else's change is for the roles table to allow.
extension Practice {
    func validateUndo(_ seq: UInt64?, actor: String) throws(DomainError) -> [Change] {
        let entry = try undoTarget(seq, actor: actor)
        guard entry.actor == actor else {
            throw DomainError(
                "Seq \(entry.firstSeq) (\(entry.summary)) is \(entry.actor)'s change: only \(entry.actor) can undo it.")
        }
        if let reason = entry.irreversible { throw DomainError(reason) }
        try checkNothingLaterDepends(on: entry)
        try checkRestorable(entry.before)
        return [.rowsRestored(undoing: entry.firstSeq, entry.before)]
    }

    /// The group `seq` belongs to, or the actor's newest.
    private func undoTarget(_ seq: UInt64?, actor: String) throws(DomainError) -> UndoEntry {
        guard let seq else {
            guard let newest = undoLog.entries(by: actor).first else {
                throw DomainError("\(actor) has no recent change to undo.")
            }
            return newest
        }
        guard seq <= lastSeq, seq > 0 else { throw DomainError("There is no change \(seq): the last is \(lastSeq).") }
        guard let entry = undoLog.entry(containing: seq) else {
            throw DomainError(
                "Seq \(seq) is older than the last \(UndoLog.capacity) changes: it can no longer be undone.")
        }
        return entry
    }

    private func checkNothingLaterDepends(on entry: UndoEntry) throws(DomainError) {
        let written = Set(entry.written)
        let added = Set(entry.added)
        for later in changesInEffect(after: entry.lastSeq) {
            guard let item = later.written.first(where: written.contains) ?? later.read.first(where: added.contains)
            else { continue }
            let time = clock.timeOfDay(of: later.at)
            throw DomainError(
                "\(item) changed since: \(later.summary) by \(later.actor) at \(time) (seq \(later.firstSeq)). "
                    + "Undo that first.")
        }
    }

    /// The groups after `seq` whose changes still stand: a change and the undo that took it back cancel out (an
    /// undo of something older, or a redo, stands).
    private func changesInEffect(after seq: UInt64) -> [UndoEntry] {
        var standing: [UndoEntry] = []
        for later in undoLog.entries(after: seq) {
            if let undid = later.undid, let index = standing.firstIndex(where: { $0.firstSeq == undid }) {
                standing.remove(at: index)
            } else {
                standing.append(later)
            }
        }
        return standing
    }

    /// The rows put back must still fit beside everything else: a slot nobody took since, no overlapping shift.
    private func checkRestorable(_ images: [RowImage]) throws(DomainError) {
        var scratch = self
        scratch.restore(images)
        for image in images {
            switch image {
            case .appointment(let id, let row?) where row.holdsSlot && !row.overbooked:
                let clash = scratch.conflicts(
                    provider: row.provider, patient: row.patient, day: row.day, start: row.start,
                    minutes: row.minutes, ignoring: id
                ).first { $0.kind == .providerOverlap || $0.kind == .patientDoubleBooked }
                if let clash {
                    throw DomainError(
                        "Undoing would put \(id) back at \(row.day) \(row.start), but \(clash.message). "
                            + "Move or cancel that first.")
                }
            case .shift(let id, let row?):
                if let other = scratch.clash(with: row, ignoring: [id]) {
                    throw DomainError(
                        "Undoing would put \(id) back at \(row.day) \(row.start)–\(row.end), but it overlaps "
                            + "\(other.id) \(other.start)–\(other.end). Remove or edit that first.")
                }
            default:
                continue
            }
        }
    }
}
