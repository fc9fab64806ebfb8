import ClinicDomain
import Foundation
import Glibc

// `clinicdesk check [--repair]`: says exactly what is wrong with a data folder, and fixes what can be fixed
// without guessing.
//
// Guarantees: `check` only reads. `repair` holds the exclusive lock, and before it removes or cuts anything it
// copies those bytes into `repair-<timestamp>/` inside the folder (0700/0600), so nothing is ever thrown away:
// a damaged journal is cut at the first bad record (events after a hole cannot be applied meaningfully; their
// bytes are kept for a human), later segments and damaged snapshots are moved aside, stray temp files too.
// After repairing it opens the folder again and reports the result.

public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case tornTail, corruption, seqGap, damagedSnapshot, strayTempFile, format }
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
    public var isHealthy: Bool { problems.isEmpty }
}

public enum StoreCheck {
    public static func check(folder: String) throws(StoreError) -> CheckReport {
        let dataFolder = DataFolder(path: folder)
        var report = CheckReport()
        do throws(StoreError) { try dataFolder.checkFormat() } catch {
            report.problems.append(CheckProblem(kind: .format, file: dataFolder.formatPath, detail: error.description))
            return report
        }
        let contents = try dataFolder.contents()
        for name in contents.tempFiles {
            report.problems.append(CheckProblem(kind: .strayTempFile, file: dataFolder.file(name),
                                                detail: "leftover temporary file from an interrupted write"))
        }
        var validSnapshots = 0
        for snapshot in contents.snapshots {
            let path = dataFolder.file(snapshot.name)
            do throws(StoreError) {
                let (seq, body) = try SnapshotFile.read(path: path)
                let practice = try EventCodec().practice(fromSnapshot: body, path: path)
                guard practice.lastSeq == seq else {
                    throw StoreError.coding(path: path, detail: "header says seq \(seq), state says \(practice.lastSeq)")
                }
                validSnapshots += 1
                report.fine.append("\(snapshot.name): snapshot at seq \(seq), \(body.count) bytes")
            } catch {
                var offset: Int64?
                if case .corrupt(_, let at, _) = error { offset = at }
                report.problems.append(CheckProblem(kind: .damagedSnapshot, file: path, offset: offset,
                                                    seq: snapshot.seq, detail: error.description))
            }
        }
        if validSnapshots == 0 {
            report.problems.append(CheckProblem(kind: .damagedSnapshot, file: folder,
                                                detail: "no valid snapshot: the state cannot be loaded"))
        }
        var expectedNext: UInt64?
        for segment in contents.segments {
            let path = dataFolder.file(segment.name)
            if let expected = expectedNext, segment.firstSeq != expected {
                report.problems.append(CheckProblem(kind: .seqGap, file: path, offset: 0, seq: segment.firstSeq,
                                                    detail: "starts at seq \(segment.firstSeq) but the previous file "
                                                        + "ends at seq \(expected - 1)"))
            }
            let file = try POSIXFile.open(path, flags: O_RDONLY)
            let bytes = try file.readToEnd()
            file.close()
            let scan = JournalScanner.scan(bytes, expectedSeq: segment.firstSeq)
            let last = scan.records.last?.seq ?? (segment.firstSeq - 1)
            expectedNext = last + 1
            switch scan.tail {
            case .clean:
                let range = scan.records.isEmpty ? "empty" : "\(scan.records.count) events, seq \(segment.firstSeq)…\(last)"
                report.fine.append("\(segment.name): \(range)")
            case .torn(let offset, let count, let detail):
                report.problems.append(CheckProblem(kind: .tornTail, file: path, offset: offset, seq: last + 1,
                                                    detail: "\(detail), \(count) bytes to the end of the file "
                                                        + "(an interrupted write; never acknowledged)"))
            case .corrupt(let offset, let detail):
                report.problems.append(CheckProblem(kind: .corruption, file: path, offset: offset, seq: last + 1,
                                                    detail: detail))
            }
        }
        return report
    }

    /// Repairs what `check` found, keeping a copy of everything removed. `now` names the repair folder.
    public static func repair(folder: String, now: Date) throws(StoreError) -> CheckReport {
        let dataFolder = DataFolder(path: folder)
        try dataFolder.checkFormat()
        let lock = try FileLock(path: dataFolder.lockPath, create: true)
        defer { lock.close() }
        return try lock.withLock(.exclusive) { () throws(StoreError) -> CheckReport in
            var found = try check(folder: folder)
            guard !found.isHealthy else { return found }
            let stamp = Int(now.timeIntervalSince1970)
            let repairDir = dataFolder.file("repair-\(stamp)")
            try FileSystem.makeDirectory(repairDir, mode: 0o700)
            let contents = try dataFolder.contents()
            var actions: [String] = []

            func moveAside(_ name: String, why: String) throws(StoreError) {
                try FileSystem.rename(dataFolder.file(name), FileSystem.join(repairDir, name))
                actions.append("moved \(name) to \(repairDir)/ (\(why))")
            }
            for name in contents.tempFiles { try moveAside(name, why: "stray temporary file") }
            for problem in found.problems where problem.kind == .damagedSnapshot && problem.file != folder {
                try moveAside((problem.file as NSString).lastPathComponent, why: "damaged snapshot")
            }
            // The first journal problem decides where the journal ends; everything after is set aside.
            let journalKinds: [CheckProblem.Kind] = [.tornTail, .corruption, .seqGap]
            if let first = found.problems.first(where: { journalKinds.contains($0.kind) }) {
                let name = (first.file as NSString).lastPathComponent
                let offset = first.offset ?? 0
                guard let index = contents.segments.firstIndex(where: { $0.name == name }) else {
                    throw StoreError.io(path: first.file, operation: "find", errno: ENOENT)
                }
                if offset > 0 {
                    let file = try POSIXFile.open(first.file, flags: O_RDWR)
                    let removed = try file.readToEnd(from: offset)
                    let copyPath = FileSystem.join(repairDir, "\(name).from-\(offset)")
                    let copy = try POSIXFile.open(copyPath, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
                    try copy.write(removed, at: 0)
                    try copy.fullSync()
                    copy.close()
                    try file.truncate(to: offset)
                    try file.fullSync()
                    file.close()
                    actions.append("cut \(name) at byte offset \(offset); the \(removed.count) removed bytes are in \(copyPath)")
                } else {
                    try moveAside(name, why: "unusable from its first byte")
                }
                for later in contents.segments[(index + 1)...] {
                    try moveAside(later.name, why: "follows the damage; its events cannot be replayed after the hole")
                }
            }
            try FileSystem.syncDirectory(repairDir)
            try FileSystem.syncDirectory(folder)
            // Verify: a writable recovery must now succeed (it also starts a fresh segment if needed).
            let loaded = try Recovery.load(folder: dataFolder, writable: true, codec: EventCodec())
            loaded.cursor.close()
            actions.append("the folder opens again at seq \(loaded.practice.lastSeq)")
            found.actions = actions + loaded.report.notes
            return found
        }
    }
}
