import ClinicDomain
import Foundation
import Glibc

// `clinicdesk check --repair [--salvage]`: fixes what `check` found without guessing, keeping a copy of every
// byte it removes in `repair-<time>/`.
//
// Guarantees: runs under the exclusive lock; the damaged journal is cut at its first bad record, later segments,
// damaged snapshots and stale temp files are moved aside whole. When no snapshot is left that verifies, a
// verifying one from an earlier `repair-*/` copy that the journal continues is restored; when there is none, the
// report says exactly which file to restore (`stillBroken`) — a folder that does not open is never reported as
// repaired. `--salvage` then re-appends the events after the damage that still hold (JournalSalvage).

extension StoreCheck {
    /// Repairs what `check` found. `now` names the repair folder.
    public static func repair(folder: String, now: Date, salvage: Bool = false) throws(StoreError) -> CheckReport {
        let dataFolder = DataFolder(path: folder)
        do throws(StoreError) { try dataFolder.checkFormat() } catch { throw error.readPathError }
        let lock = try FileLock(path: dataFolder.lockPath, create: true)
        defer { lock.close() }
        return try lock.withLock(.exclusive) { () throws(StoreError) -> CheckReport in
            var found = try check(folder: folder)
            guard !found.isHealthy else { return found }
            let repairDir = dataFolder.file("repair-\(Int(now.timeIntervalSince1970))")
            try FileSystem.makeDirectory(repairDir, mode: 0o700)
            var actions: [String] = []
            let setAside = try setAsideDamage(found, folder: dataFolder, repairDir: repairDir, actions: &actions)
            try FileSystem.syncDirectory(repairDir)
            try FileSystem.syncDirectory(folder)

            if try !hasVerifyingSnapshot(dataFolder) {
                switch try SnapshotRestore.restore(folder: dataFolder, damagedCopiesIn: repairDir) {
                case .restored(let sentence): actions.append(sentence)
                case .impossible(let sentence):
                    found.actions = actions
                    found.stillBroken = sentence
                    return found
                }
            }
            // Verify: a writable recovery must now succeed (it also starts a fresh segment if needed).
            let loaded: LoadedState
            do throws(StoreError) {
                loaded = try Recovery.load(folder: dataFolder, writable: true, codec: EventCodec())
            } catch {
                found.actions = actions
                found.stillBroken = stillBrokenSentence(error, repairDir: repairDir)
                return found
            }
            actions += loaded.report.notes
            var lastSeq = loaded.practice.lastSeq
            if salvage {
                do throws(StoreError) {
                    // Salvaged events go in as binary records: a version-1 folder says format 2 first (as on open).
                    if try dataFolder.checkFormat() < DataFolder.formatVersion { try dataFolder.writeFormat() }
                    let outcome = try JournalSalvage.reappend(setAside, onto: loaded)
                    actions += outcome.actions
                    found.dropped = outcome.dropped
                    lastSeq = outcome.lastSeq
                } catch {
                    // A failed append is cut back (JournalCursor), so the repaired folder is as without --salvage.
                    actions.append(
                        "salvage appended nothing: \(error.sentence(.reading)); the events after the damage "
                            + "are only in \(repairDir)/")
                }
            }
            loaded.cursor.close()
            actions.append("the folder opens again at seq \(lastSeq)")
            found.actions = actions
            return found
        }
    }

    /// Moves or cuts everything `found` names, copying it into `repairDir` first. Returns the journal bytes set
    /// aside (the cut tail, then every later segment), in order, for `--salvage`.
    private static func setAsideDamage(
        _ found: CheckReport, folder dataFolder: DataFolder, repairDir: String,
        actions: inout [String]
    ) throws(StoreError) -> [SetAsideJournal] {
        let contents = try dataFolder.contents()
        func moveAside(_ name: String, why: String) throws(StoreError) {
            try FileSystem.rename(dataFolder.file(name), FileSystem.join(repairDir, name))
            actions.append("moved \(name) to \(repairDir)/ (\(why))")
        }
        for problem in found.problems where problem.kind == .strayTempFile {
            try moveAside((problem.file as NSString).lastPathComponent, why: "stray temporary file")
        }
        for problem in found.problems where problem.kind == .damagedSnapshot && problem.file != dataFolder.path {
            try moveAside((problem.file as NSString).lastPathComponent, why: "damaged snapshot")
        }
        // The first journal problem decides where the journal ends; everything after is set aside.
        let journalKinds: [CheckProblem.Kind] = [.tornTail, .corruption, .seqGap]
        guard let first = found.problems.first(where: { journalKinds.contains($0.kind) }) else { return [] }
        let name = (first.file as NSString).lastPathComponent
        guard let index = contents.segments.firstIndex(where: { $0.name == name }) else {
            throw StoreError.io(path: first.file, operation: "find", errno: ENOENT)
        }
        var offset = first.offset ?? 0
        if first.kind == .corruption && offset > 0 {
            // Cut where the damaged record's command began, so the copy holds all of that command's records.
            let scan = JournalScanner.scan(try readAll(first.file), expectedSeq: contents.segments[index].firstSeq)
            offset = min(offset, scan.validEnd)
        }
        var setAside: [SetAsideJournal] = []
        if offset > 0 {
            let file = try POSIXFile.open(first.file, flags: O_RDWR)
            defer { file.close() }
            let removed = try file.readToEnd(from: offset)
            let copyPath = FileSystem.join(repairDir, "\(name).from-\(offset)")
            let copy = try POSIXFile.open(copyPath, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            defer { copy.close() }
            try copy.write(removed, at: 0)
            try copy.fullSync()
            try file.truncate(to: offset)
            try file.fullSync()
            actions.append(
                "cut \(name) at byte offset \(offset); the \(removed.count) removed bytes are in \(copyPath)")
            setAside.append(SetAsideJournal(path: copyPath, bytes: removed))
        } else {
            setAside.append(SetAsideJournal(path: FileSystem.join(repairDir, name), bytes: try readAll(first.file)))
            try moveAside(name, why: "unusable from its first byte")
        }
        for later in contents.segments[(index + 1)...] {
            setAside.append(
                SetAsideJournal(
                    path: FileSystem.join(repairDir, later.name),
                    bytes: try readAll(dataFolder.file(later.name))))
            try moveAside(later.name, why: "follows the damage; its events cannot be replayed after the hole")
        }
        return setAside
    }

    /// Why a repaired folder still does not open, without the usual advice to run `check --repair` (it just ran).
    private static func stillBrokenSentence(_ error: StoreError, repairDir: String) -> String {
        let cause: String
        if case .corrupt(let path, let offset, let detail) = error {
            cause = "\(path) at byte offset \(offset): \(detail)"
        } else {
            cause = error.sentence(.repair)
        }
        return "the folder still does not open: \(cause). Restore the missing file(s) named here from a backup and run "
            + "`clinicdesk check --repair` again; everything this repair removed is in \(repairDir)/"
    }

    static func hasVerifyingSnapshot(_ folder: DataFolder) throws(StoreError) -> Bool {
        for snapshot in try folder.contents().snapshots.reversed()
        where SnapshotRestore.verifiedSeq(path: folder.file(snapshot.name)) != nil {
            return true
        }
        return false
    }

    static func readAll(_ path: String) throws(StoreError) -> [UInt8] {
        let file = try POSIXFile.open(path, flags: O_RDONLY)
        defer { file.close() }
        return try file.readToEnd()
    }
}

/// Journal bytes `repair` removed from the folder (a cut tail or a whole later segment) and where their copy is.
struct SetAsideJournal {
    var path: String
    var bytes: [UInt8]
}
