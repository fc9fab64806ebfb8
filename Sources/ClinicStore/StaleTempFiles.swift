import Glibc

// Temp files a crash left behind: `.snapshot-<seq>.tmp-<pid>-<rand>` (SnapshotFile.write) and
// `.FORMAT.tmp-<pid>` (DataFolder.writeFormat).
//
// Guarantees: a temp file is *stale* only when the pid in its name is no longer alive; a live process sharing the
// folder (or another store in this process) may be writing it right now, so its file is never touched. A name
// without a pid is never called stale here (check reports it, repair sets it aside).

enum StaleTempFiles {
    /// The writer's pid from a temp file name, or nil when the name carries none.
    static func writerPID(_ name: String) -> pid_t? {
        guard let marker = name.range(of: ".tmp-") else { return nil }
        let digits = name[marker.upperBound...].prefix { $0 != "-" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let pid = pid_t(digits), pid > 0
        else { return nil }
        return pid
    }

    /// kill(pid, 0): EPERM means it exists but belongs to someone else, which is alive too.
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    static func isStale(_ name: String) -> Bool {
        guard let pid = writerPID(name) else { return false }
        return !isAlive(pid)
    }
}

extension Recovery {
    /// Writable opens only, under the exclusive lock: removes temp files whose writer is gone and returns one
    /// recovery note per file (or per file it could not remove).
    static func removeStaleTempFiles(folder: DataFolder, names: [String]) -> [String] {
        var notes: [String] = []
        for name in names where StaleTempFiles.isStale(name) {
            let path = folder.file(name)
            let pid = StaleTempFiles.writerPID(name).map { "pid \($0)" } ?? "its writer"
            do throws(StoreError) {
                try FileSystem.remove(path)
                notes.append(
                    "removed \(path), left by \(pid), which is no longer running "
                        + "(an interrupted snapshot or format write; the journal holds every change)")
            } catch {
                notes.append("could not remove the stale temporary file \(path): \(error.sentence(.reading))")
            }
        }
        if !notes.isEmpty { try? FileSystem.syncDirectory(folder.path) }
        return notes
    }
}
