import ClinicDomain
import Foundation

// The single owner of a process's journal: its cursor, its flock and its authoritative copy of the state.
// `Store` keeps it inside a Mutex, so exactly one thread at a time touches the descriptors and the lock (flock
// does not exclude threads of one process).
//
// Guarantees:
// - append = exclusive flock → catch up on others' records → validate against that state → write the group →
//   fdatasync → apply → unlock. The state is changed only after fdatasync succeeded, so a failed command leaves
//   memory exactly as it was;
// - after an fsync failure the page cache is not trusted: the next command first reloads everything from disk;
// - tailing reads (shared flock) apply only whole, checksummed groups; a torn tail is cut only by a writer
//   holding the exclusive lock, because only then can no write be in progress.

final class StoreEngine {
    let folder: DataFolder
    let writable: Bool
    private let lock: FileLock
    private let codec = EventCodec()
    private(set) var practice: Practice
    private var cursor: JournalCursor
    /// Set when damage was found: the engine then refuses writes (and, if it was found while tailing, reads).
    private(set) var damage: StoreError?
    private var needsReload = false
    /// Sentences about repairs made while running (a torn tail cut by this process).
    private(set) var notes: [String] = []
    /// Hash of the record with seq `practice.lastSeq` (the hash chain's head); nil until first needed, then found
    /// once in the journal and kept up to date by catch-up and append.
    private var chainHead: ChainHash?

    private init(folder: DataFolder, writable: Bool, lock: FileLock, loaded: LoadedState) {
        self.folder = folder
        self.writable = writable
        self.lock = lock
        practice = loaded.practice
        cursor = loaded.cursor
        damage = loaded.damage
    }

    /// Opens and recovers the folder under the flock (exclusive when writable: a torn tail may be cut).
    static func open(folder: DataFolder, writable: Bool) throws(StoreError) -> (StoreEngine, RecoveryReport) {
        try folder.checkLocal()
        try folder.checkFormat()
        let lock = try FileLock(path: folder.lockPath, create: writable)
        let loaded = try lock.withLock(writable ? .exclusive : .shared) { () throws(StoreError) -> LoadedState in
            var loaded = try Recovery.load(folder: folder, writable: writable, codec: EventCodec())
            // Binary records follow: say so in FORMAT first, so an older build refuses the folder by name
            // instead of calling the new records damage.
            if writable, try folder.checkFormat() < DataFolder.formatVersion {
                try folder.writeFormat()
                loaded.report.notes.append(
                    "upgraded \(folder.path) to store format \(DataFolder.formatVersion) "
                        + "(binary records); builds before it cannot open the folder")
            }
            return loaded
        }
        return (StoreEngine(folder: folder, writable: writable, lock: lock, loaded: loaded), loaded.report)
    }

    /// Forgets everything in memory and loads again from disk (after an fsync error).
    private func reload() throws(StoreError) {
        let loaded = try lock.withLock(writable ? .exclusive : .shared) { () throws(StoreError) -> LoadedState in
            try Recovery.load(folder: folder, writable: writable, codec: codec)
        }
        cursor.close()
        cursor = loaded.cursor
        practice = loaded.practice
        damage = loaded.damage
        chainHead = nil
        notes.append(contentsOf: loaded.report.notes)
        needsReload = false
    }

    // MARK: reading others' records

    /// Applies every complete group appended since we last looked, following segment rotations.
    /// With `exclusive` (the caller holds LOCK_EX) a torn tail is cut; otherwise it is left for its writer.
    @discardableResult
    private func catchUp(exclusive: Bool) throws(StoreError) -> [Event] {
        if let damage { throw damage }
        var applied: [Event] = []
        while true {
            let bytes = try cursor.unread()
            if !bytes.isEmpty {
                let scan = JournalScanner.scan(bytes, startOffset: cursor.offset, expectedSeq: practice.lastSeq + 1)
                let events = try codec.apply(scan.records, to: &practice, path: cursor.path)
                applied.append(contentsOf: events)
                if !scan.records.isEmpty {
                    chainHead = HashChain.lastHash(of: scan, in: bytes, startOffset: cursor.offset)
                }
                cursor.advance(to: scan.validEnd)
                switch scan.tail {
                case .clean:
                    break
                case .torn(let offset, let count, let detail):
                    guard exclusive else { return applied } // its writer may still be writing it
                    try cursor.cutTail()
                    notes.append(
                        "cut \(count) bytes at byte offset \(offset) of \(cursor.path) (\(detail)): "
                            + "a write interrupted by a crash; that command was never acknowledged")
                case .corrupt(let offset, let detail):
                    let error = StoreError.corrupt(path: cursor.path, offset: offset, detail: detail)
                    damage = error
                    throw error
                }
            }
            // At the end of a clean segment: has someone started the next one?
            let next = practice.lastSeq + 1
            guard cursor.firstSeq != next, try cursor.moveToSegment(startingAt: next) else { return applied }
        }
    }

    /// Poll from the tailer: cheap when nothing changed (one fstat, one stat).
    func poll() throws(StoreError) -> [Event] {
        if damage != nil { return [] }
        let next = practice.lastSeq + 1
        let rotated = cursor.firstSeq != next && FileSystem.exists(folder.file(DataFolder.segmentName(firstSeq: next)))
        guard try cursor.hasUnread() || rotated else { return [] }
        return try lock.withLock(.shared) { () throws(StoreError) -> [Event] in try catchUp(exclusive: false) }
    }

    // MARK: appending

    /// Validates and appends `commands` as one write + one fdatasync (group commit). Each command is its own
    /// group of events; rejected commands are reported and skipped. Returns the events others appended first.
    func execute(_ commands: [Command], actor: String, now: Date) throws(StoreError)
        -> (results: [Result<Receipt, StoreError>], caughtUp: [Event])
    {
        guard writable else {
            throw StoreError.readOnlyStore(path: folder.path, reason: "opened read-only")
        }
        if needsReload { try reload() }
        if let damage { throw damage }
        let at = DomainCoding.wholeSecond(now)
        return try lock.withLock(.exclusive) { () throws(StoreError) -> ([Result<Receipt, StoreError>], [Event]) in
            let caughtUp = try catchUp(exclusive: true)
            // Chain onto the true last record: caught up under the exclusive lock, so nobody appends meanwhile.
            if chainHead == nil { chainHead = try HashChain.head(at: practice.lastSeq, folder: folder) ?? .zero }
            var head = chainHead ?? .zero
            var scratch = practice
            var results: [Result<Receipt, StoreError>] = []
            var bytes: [UInt8] = []
            for command in commands {
                let changes: [Change]
                do throws(DomainError) { changes = try scratch.validate(command, actor: actor, now: at) } catch {
                    results.append(.failure(.rejected(error.message)))
                    continue
                }
                let newID = scratch.newID(of: changes)
                let first = scratch.lastSeq + 1
                let events = changes.enumerated().map { index, change in
                    Event(seq: first + UInt64(index), at: at, actor: actor, change: change)
                }
                let encoded = try codec.records(for: events, after: head)
                bytes.append(contentsOf: encoded.bytes)
                head = encoded.head
                scratch.apply(group: events)
                results.append(.success(Receipt(events: events, newID: newID)))
            }
            guard !bytes.isEmpty else { return (results, caughtUp) }
            do throws(StoreError) {
                try cursor.append(bytes)
            } catch {
                if case .syncFailed = error { needsReload = true }
                let failed = results.map { result -> Result<Receipt, StoreError> in
                    if case .failure = result { return result }
                    return .failure(error)
                }
                return (failed, caughtUp)
            }
            practice = scratch
            chainHead = head
            return (results, caughtUp)
        }
    }

    // MARK: snapshots

    /// After snapshot `seq` is durable: start a new segment if the current one holds records, and delete
    /// snapshots older than the previous generation. Journal segments are the audit trail and are kept.
    func rotateAndPrune() throws(StoreError) -> [Event] {
        guard writable, damage == nil else { return [] }
        return try lock.withLock(.exclusive) { () throws(StoreError) -> [Event] in
            let caughtUp = try catchUp(exclusive: true)
            if cursor.offset > 0 {
                let next = practice.lastSeq + 1
                try JournalCursor.createSegment(folder: folder, firstSeq: next)
                _ = try cursor.moveToSegment(startingAt: next)
            }
            // snapshot-0 (the initial state) is kept too: with the segments, which are never deleted, it rebuilds
            // every later state, so `check --repair` never depends on a backup while it verifies.
            let snapshots = try folder.contents().snapshots.filter { $0.seq != 0 }
            if snapshots.count > 2 {
                for old in snapshots.dropLast(2) { try FileSystem.remove(folder.file(old.name)) }
                try FileSystem.syncDirectory(folder.path)
            }
            return caughtUp
        }
    }

    func takeNotes() -> [String] {
        defer { notes.removeAll() }
        return notes
    }

    func close() {
        cursor.close()
        lock.close()
    }
}
