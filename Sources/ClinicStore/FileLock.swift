import Glibc

// The inter-process lock: `flock` on the folder's `lock` file.
//
// Guarantees: while a process holds `.exclusive`, no other process appends, truncates, rotates or deletes
// journal files. flock belongs to the open file description, so it does NOT exclude other threads of the same
// process: the store funnels every use through one owner (the engine mutex). Unlike fcntl locks, it is not
// dropped when some unrelated descriptor of the same file is closed. The lock file is never replaced.
// The same class guards `snapshot.lock` (DataFolder.snapshotLockPath), which makes "is a snapshot due, and write
// it" one step across processes; it is a separate file so a snapshot being written never blocks commands.

final class FileLock {
    enum Mode { case shared, exclusive }

    let path: String
    private let file: POSIXFile

    /// Opens (creating if allowed) the lock file. Read-only opens fall back to O_RDONLY, which flock accepts.
    init(path: String, create: Bool) throws(StoreError) {
        self.path = path
        if create {
            file = try POSIXFile.open(path, flags: O_RDWR | O_CREAT, mode: 0o600)
        } else if let existing = try? POSIXFile.open(path, flags: O_RDWR) {
            file = existing
        } else {
            file = try POSIXFile.open(path, flags: O_RDONLY)
        }
    }

    /// Blocks until the lock is held.
    func lock(_ mode: Mode) throws(StoreError) {
        let op = mode == .exclusive ? LOCK_EX : LOCK_SH
        while flock(file.fd, op) != 0 {
            if errno == EINTR { continue }
            throw StoreError.from(errno: errno, path: path, operation: "lock")
        }
    }

    /// Takes the lock only if nobody holds it now; false when another open of the file holds it.
    func tryLock(_ mode: Mode) throws(StoreError) -> Bool {
        let op = (mode == .exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        while flock(file.fd, op) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw StoreError.from(errno: errno, path: path, operation: "lock")
        }
        return true
    }

    func unlock() {
        while flock(file.fd, LOCK_UN) != 0 && errno == EINTR {}
    }

    /// Runs `body` holding the lock, releasing it on every exit path.
    func withLock<T>(_ mode: Mode, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try lock(mode)
        defer { unlock() }
        return try body()
    }

    func close() { file.close() }
}
