import Foundation
import Glibc

// `check --repair` when no snapshot in the folder verifies: the state cannot be rebuilt from the journal alone,
// because the settings, staff, payers and the demo's seeded rows live only in the initial snapshot (seq 0, written
// by `Store.create`) — replaying onto an empty practice would give a different practice. So the starting state
// must come from a snapshot that verifies and that the journal continues: one kept in an earlier `repair-*/` copy
// is restored; otherwise the sentence says exactly which file to bring back from a backup.
//
// Guarantees: a restored snapshot is written like any other (temp, fsync, rename, fsync of the folder); nothing
// else is changed; an impossible case changes nothing and says so.

enum SnapshotRestore {
    enum Outcome: Equatable {
        case restored(String)
        case impossible(String)
    }

    /// The seq of a snapshot file that verifies and decodes, else nil.
    static func verifiedSeq(path: String) -> UInt64? {
        guard let (seq, body) = try? SnapshotFile.read(path: path),
            let practice = try? EventCodec().practice(fromSnapshot: body, path: path),
            practice.lastSeq == seq
        else { return nil }
        return seq
    }

    static func restore(folder: DataFolder, damagedCopiesIn repairDir: String) throws(StoreError) -> Outcome {
        let contents = try folder.contents()
        let journal = try journalRange(folder, segments: contents.segments)
        var tooOld: [String] = []
        for (dir, name, seq) in candidates(folder, repairDirs: contents.others.filter { $0.hasPrefix("repair-") }) {
            let path = FileSystem.join(folder.file(dir), name)
            if let journal, seq + 1 < journal.first {
                tooOld.append(
                    "\(dir)/\(name) verifies, but the journal starts at seq \(journal.first), so events "
                        + "\(seq + 1)…\(journal.first - 1) are missing after it")
                continue
            }
            if let journal, seq > journal.last { continue } // ahead of this journal: another history
            let (_, body) = try SnapshotFile.read(path: path)
            try SnapshotFile.write(folder: folder.path, seq: seq, body: body)
            let continued = journal.map { " and the journal continues it (seq \($0.first)…\($0.last))" } ?? ""
            return .restored("restored \(name) from \(dir)/: it verifies\(continued)")
        }
        let damaged = "The damaged snapshot is kept in \(repairDir)/."
        let rerun =
            "then run `clinicdesk check --repair --data \(folder.path)` again. Until then the folder does not open."
        let older = tooOld.isEmpty ? "" : " (" + tooOld.joined(separator: "; ") + ")"
        guard let journal else {
            return .impossible(
                "no snapshot verifies and there is no journal: restore the newest snapshot-<seq>.snap "
                    + "from a backup into \(folder.path)\(older), \(rerun) \(damaged)")
        }
        if journal.first == 1 {
            return .impossible(
                "no snapshot verifies, and the initial state the journal builds on — snapshot-0.snap, with the "
                    + "practice's settings, staff, payers and the rows it was created with — is in no repair-*/ copy"
                    + "\(older). Restore snapshot-0.snap (or any snapshot-<seq>.snap up to seq \(journal.last)) from a "
                    + "backup into \(folder.path), \(rerun) The journal (seq 1…\(journal.last)) is intact and will be "
                    + "replayed on top of it. \(damaged)")
        }
        return .impossible(
            "no snapshot verifies and the journal starts at seq \(journal.first) "
                + "(\(DataFolder.segmentName(firstSeq: journal.first))), "
                + "so the events before it are in no file here\(older). Restore a snapshot-<seq>.snap with seq "
                + "\(journal.first - 1)…\(journal.last) from a backup into \(folder.path) — or snapshot-0.snap "
                + "together "
                + "with journal-1.log and every segment up to \(DataFolder.segmentName(firstSeq: journal.first)) — "
                + "\(rerun) \(damaged)")
    }

    /// Verifying snapshots in `repair-*/` folders: newest repair first, highest seq first within one.
    private static func candidates(_ folder: DataFolder, repairDirs: [String]) -> [(String, String, UInt64)] {
        var found: [(String, String, UInt64)] = []
        let newestFirst = repairDirs.sorted { (Int($0.dropFirst(7)) ?? 0) > (Int($1.dropFirst(7)) ?? 0) }
        for dir in newestFirst {
            let names = ((try? FileSystem.list(folder.file(dir))) ?? [])
                .compactMap { name in
                    DataFolder.number(in: name, prefix: "snapshot-", suffix: ".snap").map { (name, $0) }
                }
                .sorted { $0.1 > $1.1 }
            for (name, seq) in names {
                guard verifiedSeq(path: FileSystem.join(folder.file(dir), name)) == seq else { continue }
                found.append((dir, name, seq))
            }
        }
        return found
    }

    /// First and last seq the (already repaired, contiguous) journal holds; nil without segments.
    private static func journalRange(_ folder: DataFolder, segments: [(firstSeq: UInt64, name: String)])
        throws(StoreError) -> (first: UInt64, last: UInt64)?
    {
        guard let first = segments.first else { return nil }
        var last = first.firstSeq - 1
        for segment in segments {
            let scan = JournalScanner.scan(
                try StoreCheck.readAll(folder.file(segment.name)), expectedSeq: segment.firstSeq)
            last = max(last, scan.records.last?.seq ?? (segment.firstSeq - 1))
        }
        return (first.firstSeq, last)
    }
}
