import Foundation
import Glibc

// When a snapshot is due, judged against the newest snapshot *on disk* (any process may have written it), and
// how a failed one is reported.
//
// Guarantees: `isDue` is pure; `Store` asks it while holding `snapshot.lock`, so between two snapshots of one
// folder there are always at least `snapshotEveryEvents` events (events rule), `snapshotInterval` seconds (time
// rule) or `snapshotOnCloseMinimumEvents` events (clean close), whichever process wrote them.

enum SnapshotPolicy {
    enum Trigger: Sendable, Equatable { case events, time, close }

    struct OnDisk: Sendable, Equatable {
        var seq: UInt64
        /// When it was renamed into place (its mtime).
        var written: Date
    }

    /// The newest `snapshot-<seq>.snap` by seq, whether or not it verifies (a damaged one still says another
    /// process just tried; recovery falls back past it).
    static func newestOnDisk(_ folder: DataFolder) throws(StoreError) -> OnDisk? {
        guard let newest = try folder.contents().snapshots.last else { return nil }
        var st = stat()
        guard stat(folder.file(newest.name), &st) == 0 else { return nil } // pruned meanwhile: none to compare
        let written = Date(
            timeIntervalSince1970: TimeInterval(st.st_mtim.tv_sec) + TimeInterval(st.st_mtim.tv_nsec) / 1e9)
        return OnDisk(seq: newest.seq, written: written)
    }

    static func isDue(
        seq: UInt64, newestOnDisk newest: OnDisk?, trigger: Trigger, options: Store.Options,
        now: Date
    ) -> Bool {
        guard let newest else { return true }
        guard seq > newest.seq else { return false }
        let since = seq - newest.seq
        switch trigger {
        case .events: return since >= options.snapshotEveryEvents
        case .time: return now.timeIntervalSince(newest.written) >= options.snapshotInterval
        case .close: return since >= max(1, options.snapshotOnCloseMinimumEvents)
        }
    }

    /// The sentence for a snapshot that could not be written (or, when `written`, whose journal rotation or
    /// pruning failed afterwards): where, why, and that nothing was lost.
    static func failureNote(_ error: StoreError, seq: UInt64, folder: String, written: Bool) -> String {
        let what =
            written
            ? "wrote \(SnapshotFile.fileName(seq: seq)) in \(folder) but could not start a new journal segment or "
                + "remove older snapshots"
            : "could not write \(SnapshotFile.fileName(seq: seq)) in \(folder)"
        return "\(what): \(error.sentence(.reading)); the journal still holds every change, so nothing is lost "
            + "(opening just replays more events until a snapshot succeeds)"
    }
}
