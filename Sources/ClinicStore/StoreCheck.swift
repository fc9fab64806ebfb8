import ClinicDomain
import Foundation
import Glibc

// `clinicdesk check [--repair]`: says exactly what is wrong with a data folder, and fixes what can be fixed
// without guessing.
//
// Guarantees: `check` only reads, and tells damage (bad bytes: a `problem:` that `--repair` can fix) from a file
// it cannot read (permission, I/O: thrown, worded for reading, so the caller exits 2 and says what to fix —
// repairing would set aside an intact file). A temp file whose writer is still running is not a problem.
// `repair` (StoreRepair.swift) fixes what was found, keeping a copy of every byte it removes.

public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case tornTail, corruption, seqGap, damagedSnapshot, strayTempFile, format
        /// The journal starts after the newest valid snapshot ends: events in between are in no file (restore them).
        case missingEvents
        /// A record's previous-hash does not match the record before it: the journal was altered (HashChain).
        case chainBroken
    }
    public var kind: Kind
    public var file: String
    public var offset: Int64?
    /// The first seq affected, when known.
    public var seq: UInt64?
    public var detail: String

    public var description: String {
        var where_ = file
        if let offset { where_ += " at byte offset \(offset)" }
        if let seq { where_ += " (seq \(seq))" }
        return "\(where_): \(detail)"
    }
}

public struct CheckReport: Sendable, Equatable {
    public var problems: [CheckProblem] = []
    /// One line per file that is fine, e.g. "journal-1.log: 120 events, seq 1…120".
    public var fine: [String] = []
    /// What `repair` did, one sentence each.
    public var actions: [String] = []
    /// `--salvage`: events after the damage that no longer hold, one sentence each (old seq and why).
    public var dropped: [String] = []
    /// Set when the folder still does not open after `repair`: why, and exactly what a person must restore.
    public var stillBroken: String?
    public var isHealthy: Bool { problems.isEmpty }
}

public enum StoreCheck {
    /// Reads everything and reports. A file that cannot be *read* (permission, I/O) is not damage and is not
    /// something `--repair` may touch: it throws, worded for reading, so the caller exits 2 and says what to fix.
    public static func check(folder: String) throws(StoreError) -> CheckReport {
        do throws(StoreError) {
            return try checkContents(of: DataFolder(path: folder))
        } catch {
            throw error.readPathError
        }
    }

    private static func checkContents(of dataFolder: DataFolder) throws(StoreError) -> CheckReport {
        let folder = dataFolder.path
        var report = CheckReport()
        do throws(StoreError) { try dataFolder.checkFormat() } catch {
            switch error {
            case .notAStore, .unsupportedFormat:
                report.problems.append(
                    CheckProblem(kind: .format, file: dataFolder.formatPath, detail: error.description))
                return report
            default:
                throw error
            }
        }
        let contents = try dataFolder.contents()
        for name in contents.tempFiles {
            if let pid = StaleTempFiles.writerPID(name), StaleTempFiles.isAlive(pid) {
                report.fine.append("\(name): being written by pid \(pid), which is running")
                continue
            }
            report.problems.append(
                CheckProblem(
                    kind: .strayTempFile, file: dataFolder.file(name),
                    detail: "leftover temporary file from an interrupted write"))
        }
        var validSnapshots = 0
        var newestValid: UInt64?
        for snapshot in contents.snapshots {
            let path = dataFolder.file(snapshot.name)
            do throws(StoreError) {
                let (seq, body) = try SnapshotFile.read(path: path)
                let practice = try EventCodec().practice(fromSnapshot: body, path: path)
                guard practice.lastSeq == seq else {
                    throw StoreError.coding(
                        path: path, detail: "header says seq \(seq), state says \(practice.lastSeq)")
                }
                validSnapshots += 1
                newestValid = max(newestValid ?? 0, seq)
                report.fine.append("\(snapshot.name): snapshot at seq \(seq), \(body.count) bytes")
            } catch {
                guard isContentDamage(error) else { throw error }
                var offset: Int64?
                if case .corrupt(_, let at, _) = error { offset = at }
                report.problems.append(
                    CheckProblem(
                        kind: .damagedSnapshot, file: path, offset: offset,
                        seq: snapshot.seq, detail: error.description))
            }
        }
        if validSnapshots == 0 {
            report.problems.append(
                CheckProblem(
                    kind: .damagedSnapshot, file: folder,
                    detail: "no valid snapshot: the state cannot be loaded"))
        }
        if let newestValid, let first = contents.segments.first, first.firstSeq > newestValid + 1 {
            report.problems.append(
                CheckProblem(
                    kind: .missingEvents, file: dataFolder.file(first.name), offset: 0, seq: newestValid + 1,
                    detail:
                        "the newest valid snapshot ends at seq \(newestValid) but the journal starts at seq "
                        + "\(first.firstSeq): "
                        + "events \(newestValid + 1)…\(first.firstSeq - 1) are in no file; restore the segment(s) "
                        + "holding them "
                        + "(journal-\(newestValid + 1).log …) from a backup"))
        }
        var expectedNext: UInt64?
        var chain = ChainVerification()
        for segment in contents.segments {
            let path = dataFolder.file(segment.name)
            if let expected = expectedNext, segment.firstSeq != expected {
                report.problems.append(
                    CheckProblem(
                        kind: .seqGap, file: path, offset: 0, seq: segment.firstSeq,
                        detail: "starts at seq \(segment.firstSeq) but the previous file "
                            + "ends at seq \(expected - 1)"))
            }
            let file = try POSIXFile.open(path, flags: O_RDONLY)
            let bytes = try file.readToEnd()
            file.close()
            let scan = JournalScanner.scan(bytes, expectedSeq: segment.firstSeq)
            let last = scan.records.last?.seq ?? (segment.firstSeq - 1)
            expectedNext = last + 1
            chain.verify(segment: bytes, path: path, name: segment.name)
            switch scan.tail {
            case .clean:
                let range =
                    scan.records.isEmpty ? "empty" : "\(scan.records.count) events, seq \(segment.firstSeq)…\(last)"
                report.fine.append("\(segment.name): \(range)")
            case .torn(let offset, let count, let detail):
                report.problems.append(
                    CheckProblem(
                        kind: .tornTail, file: path, offset: offset, seq: last + 1,
                        detail: "\(detail), \(count) bytes to the end of the file "
                            + "(an interrupted write; never acknowledged)"))
            case .corrupt(let offset, let detail):
                report.problems.append(
                    CheckProblem(
                        kind: .corruption, file: path, offset: offset, seq: last + 1,
                        detail: detail))
            }
        }
        if let broken = chain.broken {
            report.problems.append(
                CheckProblem(
                    kind: .chainBroken, file: broken.path, offset: broken.offset, seq: broken.seq,
                    detail: broken.detail))
        } else if let first = chain.firstChainedSeq {
            let prefix = first > 1 ? " (not chained before seq \(first): written by an earlier build)" : ""
            report.fine.append("hash chain: seq \(first)…\(chain.lastSeq) linked\(prefix)")
        } else if chain.lastSeq > 0 {
            report.fine.append("hash chain: not chained before seq \(chain.lastSeq + 1) (written by an earlier build)")
        }
        return report
    }

    /// Whether an error says the bytes are wrong (repairable) rather than that they could not be read.
    static func isContentDamage(_ error: StoreError) -> Bool {
        switch error {
        case .corrupt, .coding, .unsupportedFormat: return true
        default: return false
        }
    }
}
