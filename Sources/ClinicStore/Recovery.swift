import ClinicDomain
import Foundation

// Opening a folder: newest valid snapshot, then replay of the journal from snapshot.seq + 1.
//
// Guarantees (docs/DATA-FORMAT.md, recovery rules):
// - replay needs contiguous seqs from the snapshot on; a gap between files is corruption, never skipped;
// - a torn tail on the newest segment (crash mid-write: that command was never acknowledged) is cut when
//   opening writable (we hold the exclusive lock, so no write is in progress) and always reported;
// - a bad record with valid data after it refuses a writable open with file + byte offset; a read-only open
//   loads everything before the damage and reports it (so people can still look while `check --repair` waits);
// - a damaged newest snapshot falls back to the previous generation, which is kept for exactly this reason.

public struct RecoveryReport: Sendable, Equatable {
    /// seq of the snapshot the state was loaded from.
    public var snapshotSeq: UInt64 = 0
    /// Events replayed from the journal on top of it.
    public var replayedEvents = 0
    public var lastSeq: UInt64 = 0
    /// What was noticed and fixed or skipped (torn tail cut, damaged snapshot skipped), one sentence each.
    public var notes: [String] = []
    /// Set only for read-only opens of a damaged folder: why it may not be written.
    public var damage: String?

    public init() {}
}

struct LoadedState {
    var practice: Practice
    var cursor: JournalCursor
    var report: RecoveryReport
    var damage: StoreError?
}

enum Recovery {
    /// Loads the folder. The caller holds the flock (exclusive when `writable`, else shared).
    static func load(folder: DataFolder, writable: Bool, codec: EventCodec) throws(StoreError) -> LoadedState {
        var report = RecoveryReport()
        let contents = try folder.contents()
        if writable { report.notes += removeStaleTempFiles(folder: folder, names: contents.tempFiles) }

        // 1. Newest snapshot that verifies and decodes.
        var loaded: Practice?
        for snapshot in contents.snapshots.reversed() {
            let path = folder.file(snapshot.name)
            do throws(StoreError) {
                let (seq, body) = try SnapshotFile.read(path: path)
                let practice = try codec.practice(fromSnapshot: body, path: path)
                guard practice.lastSeq == seq else {
                    throw StoreError.coding(
                        path: path, detail: "header says seq \(seq), state says \(practice.lastSeq)")
                }
                loaded = practice
                report.snapshotSeq = seq
                break
            } catch {
                report.notes.append("skipped damaged snapshot \(path): \(error)")
            }
        }
        guard var practice = loaded else {
            if contents.snapshots.isEmpty {
                throw StoreError.notAStore(
                    path: folder.path,
                    detail: "it has no snapshot file (`clinicdesk check --repair "
                        + "--data \(folder.path)` says which file to restore)")
            }
            throw StoreError.corrupt(
                path: folder.file(contents.snapshots[contents.snapshots.count - 1].name),
                offset: 0, detail: "no snapshot in the folder verifies")
        }

        // 2. Segments from the one holding snapshot.seq + 1 on.
        let start = practice.lastSeq + 1
        var segments = contents.segments
        if segments.isEmpty || segments[0].firstSeq > start {
            if let first = segments.first {
                throw StoreError.corrupt(
                    path: folder.file(first.name), offset: 0,
                    detail: "the journal starts at seq \(first.firstSeq) but the snapshot ends at "
                        + "seq \(practice.lastSeq): events \(start)…\(first.firstSeq - 1) are missing")
            }
            guard writable else {
                throw StoreError.notAStore(path: folder.path, detail: "it has no journal file")
            }
            try JournalCursor.createSegment(folder: folder, firstSeq: start)
            segments = [(start, DataFolder.segmentName(firstSeq: start))]
        }
        let firstIndex = segments.lastIndex { $0.firstSeq <= start } ?? 0
        var damage: StoreError?
        var cursorSeq = segments[segments.count - 1].firstSeq
        var cursorOffset: Int64 = 0

        for index in firstIndex..<segments.count {
            let segment = segments[index]
            let path = folder.file(segment.name)
            let isLast = index == segments.count - 1
            guard let file = try POSIXFile.openIfExists(path, flags: O_RDONLY) else {
                throw StoreError.io(path: path, operation: "open", errno: ENOENT)
            }
            let bytes = try file.readToEnd()
            file.close()
            let scan = JournalScanner.scan(bytes, expectedSeq: segment.firstSeq)
            let pending = scan.records.filter { $0.seq > practice.lastSeq }
            if let first = pending.first, first.seq != practice.lastSeq + 1 {
                throw StoreError.corrupt(
                    path: path, offset: 0,
                    detail: "expected seq \(practice.lastSeq + 1) but the file continues at seq \(first.seq)")
            }
            _ = try codec.apply(pending, to: &practice, path: path)
            report.replayedEvents += pending.count
            let fileEnd = scan.records.last?.seq ?? (segment.firstSeq - 1)
            switch scan.tail {
            case .clean:
                break
            case .torn(let offset, let count, let detail) where isLast:
                if writable {
                    let cut = try POSIXFile.open(path, flags: O_RDWR)
                    try cut.truncate(to: offset)
                    try cut.dataSync()
                    cut.close()
                    report.notes.append(
                        "cut \(count) bytes at byte offset \(offset) of \(path) (\(detail)): "
                            + "a write interrupted by a crash; that command was never acknowledged")
                } else {
                    report.notes.append(
                        "ignored \(count) bytes at byte offset \(offset) of \(path) (\(detail)): "
                            + "an interrupted write, cut by the next writable open")
                }
            case .torn(let offset, _, let detail), .corrupt(let offset, let detail):
                let error = StoreError.corrupt(path: path, offset: offset, detail: detail)
                if writable { throw error }
                damage = error
                report.damage = error.description
            }
            if damage != nil {
                cursorSeq = segment.firstSeq
                cursorOffset = scan.validEnd
                break
            }
            if !isLast {
                let next = segments[index + 1].firstSeq
                if next != fileEnd + 1 && next > start {
                    let error = StoreError.corrupt(
                        path: folder.file(segments[index + 1].name), offset: 0,
                        detail: "\(segment.name) ends at seq \(fileEnd) but the next file "
                            + "starts at seq \(next)")
                    if writable { throw error }
                    damage = error
                    report.damage = error.description
                    cursorSeq = segment.firstSeq
                    cursorOffset = scan.validEnd
                    break
                }
            } else {
                cursorSeq = segment.firstSeq
                cursorOffset = scan.validEnd
                // A snapshot newer than the end of the journal (its journal was lost): continue in a new segment
                // so the next append's seq matches its file.
                if fileEnd != practice.lastSeq && writable && damage == nil {
                    if fileEnd > practice.lastSeq {
                        throw StoreError.corrupt(
                            path: path, offset: scan.validEnd,
                            detail: "journal ends at seq \(fileEnd) "
                                + "but replay stopped at seq \(practice.lastSeq)")
                    }
                    try JournalCursor.createSegment(folder: folder, firstSeq: practice.lastSeq + 1)
                    cursorSeq = practice.lastSeq + 1
                    cursorOffset = 0
                    report.notes.append(
                        "the journal ended at seq \(fileEnd), before the snapshot (seq \(practice.lastSeq)); "
                            + "started \(DataFolder.segmentName(firstSeq: cursorSeq))")
                }
            }
        }
        report.lastSeq = practice.lastSeq
        let cursor = try JournalCursor(folder: folder, firstSeq: cursorSeq, offset: cursorOffset, writable: writable)
        return LoadedState(practice: practice, cursor: cursor, report: report, damage: damage)
    }
}
