import Glibc

// The one open journal segment a process reads from and appends to, and how far it has read.
//
// Guarantees: `offset` is always the end of the last *complete* group this process applied; an append writes
// exactly there (callers hold the exclusive flock and have caught up, so it is also the end of the file).
// A failed write is cut back to `offset` before the error is returned, so no partial record survives a
// disk-full error; if even that cut fails, the cursor is marked unusable and the store reloads from disk.

final class JournalCursor {
    let folder: DataFolder
    private(set) var file: POSIXFile
    private(set) var firstSeq: UInt64
    /// End of the last complete group read or written.
    private(set) var offset: Int64
    let writable: Bool

    var path: String { file.path }

    init(folder: DataFolder, firstSeq: UInt64, offset: Int64, writable: Bool) throws(StoreError) {
        self.folder = folder
        self.firstSeq = firstSeq
        self.offset = offset
        self.writable = writable
        file = try POSIXFile.open(
            folder.file(DataFolder.segmentName(firstSeq: firstSeq)),
            flags: writable ? O_RDWR : O_RDONLY)
    }

    /// Creates `journal-<firstSeq>.log` (fine if it already exists and is empty) and makes the name durable.
    static func createSegment(folder: DataFolder, firstSeq: UInt64) throws(StoreError) {
        let path = folder.file(DataFolder.segmentName(firstSeq: firstSeq))
        let file = try POSIXFile.open(path, flags: O_RDWR | O_CREAT, mode: 0o600)
        try file.fullSync()
        file.close()
        try FileSystem.syncDirectory(folder.path)
    }

    /// Bytes after `offset` (everything another process appended since, complete or not).
    func unread() throws(StoreError) -> [UInt8] {
        try file.readToEnd(from: offset)
    }

    func hasUnread() throws(StoreError) -> Bool {
        try file.size() > offset
    }

    func advance(to newOffset: Int64) { offset = newOffset }

    /// Cuts a torn tail (only under the exclusive lock): the file ends at `offset` afterwards.
    func cutTail() throws(StoreError) {
        try file.truncate(to: offset)
        try file.dataSync()
    }

    /// Writes `bytes` at `offset` and fdatasyncs. On any failure the partial bytes are cut off again.
    func append(_ bytes: [UInt8]) throws(StoreError) {
        do throws(StoreError) {
            try file.write(bytes, at: offset)
        } catch {
            try? file.truncate(to: offset) // best effort; if it fails the tail is torn and is cut on reload
            throw error
        }
        do throws(StoreError) {
            try file.dataSync()
        } catch {
            // fsyncgate: the kernel may already have dropped the dirty pages and cleared the error. Cut the
            // unacknowledged bytes so no other process applies them; the caller reloads from disk.
            try? file.truncate(to: offset)
            try? file.dataSync()
            throw error
        }
        offset += Int64(bytes.count)
    }

    /// Moves on to the segment `journal-<seq>.log` if it exists. Returns whether it did.
    func moveToSegment(startingAt seq: UInt64) throws(StoreError) -> Bool {
        let path = folder.file(DataFolder.segmentName(firstSeq: seq))
        guard let next = try POSIXFile.openIfExists(path, flags: writable ? O_RDWR : O_RDONLY) else { return false }
        file.close()
        file = next
        firstSeq = seq
        offset = 0
        return true
    }

    /// Whether our segment's name still exists (old generations are deleted after a newer snapshot).
    func segmentStillListed() -> Bool { FileSystem.exists(file.path) }

    func close() { file.close() }
}
