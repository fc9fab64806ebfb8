import ClinicDomain
import DequeModule
import Foundation
import Synchronization

// The durable store the dashboard and the CLI use: one in-memory `Practice` kept equal to what is on disk.
//
// Guarantees:
// - `execute` returns only after the command's events are written and fdatasync'd; on any error nothing was
//   acknowledged and `practice` is unchanged (docs/DATA-FORMAT.md);
// - `submit` runs the same on the store's serial I/O queue so the UI loop never blocks on fsync;
// - every process tails the journal every `pollInterval` and applies others' events, so terminals converge on
//   the same state (the order in the journal is the order of truth);
// - snapshots are written off the caller's thread from an immutable copy (Practice is a value type), every N
//   events or M minutes and on `close()`; whether one is due is decided again under `snapshot.lock` against the
//   newest snapshot on disk, so processes sharing the folder never write them closer than that; a snapshot that
//   fails is said in `takeNotes()` (the journal still holds everything).
// Sendable by construction: all mutable state lives in `Mutex`es; the engine mutex is the one owner of the
// journal descriptors and the flock within this process.

public final class Store: Sendable {
    public let folder: String
    public let mode: Mode
    public let options: Options
    /// What opening found and did (torn tail cut, damaged snapshot skipped, damage for read-only opens).
    public let recovery: RecoveryReport

    private struct Published {
        var practice: Practice
        /// A deque: once it is full every publish drops from the front, which must not move 10,000 events.
        var pending = Deque<Event>()
        var changeCount: UInt64 = 0
        var notes: [String] = []
    }

    private struct Control {
        var closed = false
        var snapshotInFlight = false
        var lastSnapshotSeq: UInt64
        var lastSnapshotTime: Date
        var writtenSnapshotSeqs: [UInt64] = []
    }

    private let engine: Mutex<StoreEngine?>
    private let published: Mutex<Published>
    private let control: Mutex<Control>
    private let ioQueue: DispatchQueue
    private let snapshotQueue: DispatchQueue

    private init(folder: String, mode: Mode, options: Options, engine: sending StoreEngine, report: RecoveryReport) {
        self.folder = folder
        self.mode = mode
        self.options = options
        recovery = report
        published = Mutex(Published(practice: engine.practice))
        control = Mutex(Control(lastSnapshotSeq: report.snapshotSeq, lastSnapshotTime: Date()))
        self.engine = Mutex(engine)
        ioQueue = DispatchQueue(label: "clinicstore.io")
        snapshotQueue = DispatchQueue(label: "clinicstore.snapshot", qos: .utility)
    }

    // MARK: opening and creating

    /// Opens an existing data folder and recovers it (see `recovery` for what was found).
    public static func open(folder: String, mode: Mode = .readWrite, options: Options = Options()) throws(StoreError)
        -> Store
    {
        let dataFolder = DataFolder(path: folder)
        try dataFolder.requireExisting() // opening never creates the folder; `create` does
        if mode == .readWrite { try dataFolder.prepareForWriting() }
        let opened: (StoreEngine, RecoveryReport)
        do throws(StoreError) {
            opened = try StoreEngine.open(folder: dataFolder, writable: mode == .readWrite)
        } catch {
            // A viewer that cannot read says what to fix, not that a command was lost.
            throw mode == .readOnly ? error.readPathError : error
        }
        let (engine, report) = opened
        let store = Store(folder: dataFolder.path, mode: mode, options: options, engine: engine, report: report)
        if options.tail { store.scheduleTick() }
        return store
    }

    public static func open(folder: URL, mode: Mode = .readWrite, options: Options = Options()) throws(StoreError)
        -> Store
    {
        try open(folder: folder.path, mode: mode, options: options)
    }

    /// Writes a new store: an initial snapshot, an empty journal segment, then FORMAT (last, so a folder with
    /// FORMAT is always complete). Refuses a folder holding anything but an empty lock file unless `replacing`,
    /// which first removes the old store's files (and only those).
    public static func create(folder: String, initial: Practice, replacing: Bool = false) throws(StoreError) {
        let dataFolder = DataFolder(path: folder)
        try dataFolder.prepareForWriting()
        let lock = try FileLock(path: dataFolder.lockPath, create: true)
        defer { lock.close() }
        try lock.withLock(.exclusive) { () throws(StoreError) in
            let contents = try dataFolder.contents()
            let occupied = contents.hasFormat || !contents.snapshots.isEmpty || !contents.segments.isEmpty
            if occupied || !contents.others.isEmpty {
                guard replacing, contents.others.allSatisfy({ $0.hasPrefix("repair-") }) else {
                    throw StoreError.folderNotEmpty(path: dataFolder.path)
                }
                try FileSystem.remove(dataFolder.formatPath)
                try FileSystem.syncDirectory(dataFolder.path)
                let names = contents.snapshots.map(\.name) + contents.segments.map(\.name) + contents.tempFiles
                for name in names { try FileSystem.remove(dataFolder.file(name)) }
            }
            try SnapshotFile.write(
                folder: dataFolder.path, seq: initial.lastSeq, body: EventCodec().snapshotBody(initial))
            try JournalCursor.createSegment(folder: dataFolder, firstSeq: initial.lastSeq + 1)
            try dataFolder.writeFormat()
        }
    }

    /// `$XDG_DATA_HOME/clinicdesk`, else `~/.local/share/clinicdesk`.
    public static var defaultFolder: String { DataFolder.defaultPath() }

    // MARK: reading

    /// The current state (a cheap copy-on-write value).
    public var practice: Practice { published.withLock { $0.practice } }
    public var lastSeq: UInt64 { practice.lastSeq }
    /// Bumped every time the state changes (own commands or others'); cheap for a UI tick to compare.
    public var changeCount: UInt64 { published.withLock { $0.changeCount } }
    public var isWritable: Bool { mode == .readWrite && engine.withLock { $0?.damage == nil } }

    /// Events applied since the previous call — the UI loop's per-tick question "what changed?".
    /// Includes this process's own commands and others' (tailed) ones, in seq order.
    public func refresh() -> [Event] {
        published.withLock { state in
            defer { state.pending.removeAll() }
            return Array(state.pending)
        }
    }

    /// Sentences about repairs made while running (e.g. a torn tail cut by this process), since the last call.
    public func takeNotes() -> [String] {
        published.withLock { state in
            defer { state.notes.removeAll() }
            return state.notes
        }
    }

    // MARK: writing

    /// Validates and durably appends one command; returns after fdatasync. Throws without changing anything.
    public func execute(_ command: Command, actor: String, now: Date) throws(StoreError) -> Receipt {
        guard let result = executeBatch([command], actor: actor, now: now).first else { throw StoreError.closed }
        return try result.get()
    }

    /// Group commit: every accepted command is appended in one write and one fdatasync (imports, scripts).
    /// Each result says whether that command is durable; rejected commands do not stop the others.
    public func executeBatch(_ commands: [Command], actor: String, now: Date) -> [Result<Receipt, StoreError>] {
        let outcome = engine.withLock { engine -> Result<[Result<Receipt, StoreError>], StoreError> in
            guard let engine else { return .failure(.closed) }
            do throws(StoreError) {
                let (results, caughtUp) = try engine.execute(commands, actor: actor, now: now)
                let own = results.flatMap { (try? $0.get())?.events ?? [] }
                publish(engine, events: caughtUp + own)
                return .success(results)
            } catch {
                publish(engine, events: [])
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let results):
            maybeSnapshot(trigger: .events)
            return results
        case .failure(let error):
            return commands.map { _ in .failure(error) }
        }
    }

    /// Runs `execute` on the store's I/O queue and calls `completion` there: the UI loop never waits for fsync.
    public func submit(
        _ command: Command, actor: String, now: Date,
        completion: @escaping @Sendable (Result<Receipt, StoreError>) -> Void
    ) {
        ioQueue.async { [self] in
            completion(Result { () throws(StoreError) -> Receipt in try execute(command, actor: actor, now: now) })
        }
    }

    // MARK: tailing

    /// Applies what other processes appended; normally run by the background tick, callable directly.
    @discardableResult
    public func pollNow() -> [Event] {
        engine.withLock { engine -> [Event] in
            guard let engine else { return [] }
            let events = (try? engine.poll()) ?? []
            if !events.isEmpty { publish(engine, events: events) }
            return events
        }
    }

    private func scheduleTick() {
        ioQueue.asyncAfter(deadline: .now() + options.pollInterval) { [weak self] in
            guard let self, !self.control.withLock({ $0.closed }) else { return }
            self.pollNow()
            self.maybeSnapshot(trigger: .time)
            self.scheduleTick()
        }
    }

    /// Copies engine state to what readers see. Called with the engine lock held (lock order: engine → published).
    private func publish(_ engine: StoreEngine, events: [Event]) {
        let notes = engine.takeNotes()
        let practice = engine.practice
        published.withLock { state in
            if !events.isEmpty || state.practice.lastSeq != practice.lastSeq {
                state.changeCount &+= 1
            }
            state.practice = practice
            state.pending.append(contentsOf: events)
            if state.pending.count > 10_000 { state.pending.removeFirst(state.pending.count - 10_000) }
            state.notes.append(contentsOf: notes)
        }
    }

    // MARK: snapshots and closing

    private func maybeSnapshot(trigger: SnapshotPolicy.Trigger) {
        guard mode == .readWrite else { return }
        let seq = lastSeq
        let start = control.withLock { c -> Bool in
            guard !c.closed, !c.snapshotInFlight, seq > c.lastSnapshotSeq else { return false }
            let due =
                trigger == .events
                ? seq - c.lastSnapshotSeq >= options.snapshotEveryEvents
                : Date().timeIntervalSince(c.lastSnapshotTime) >= options.snapshotInterval
            if due { c.snapshotInFlight = true }
            return due
        }
        guard start else { return }
        let copy = practice
        snapshotQueue.async { [self] in
            snapshotIfStillDue(copy, trigger: trigger)
            control.withLock { $0.snapshotInFlight = false }
        }
    }

    /// Decides and writes under `snapshot.lock` (non-blocking), so two processes sharing the folder never both
    /// write: whoever holds it re-reads the newest snapshot on disk and writes only if one is still due; whoever
    /// finds it held skips (the holder is writing one right now). A failure becomes a note, never silence.
    private func snapshotIfStillDue(_ copy: Practice, trigger: SnapshotPolicy.Trigger) {
        let dataFolder = DataFolder(path: folder)
        do throws(StoreError) {
            let lock = try FileLock(path: dataFolder.snapshotLockPath, create: true)
            defer { lock.close() }
            guard try lock.tryLock(.exclusive) else { return }
            defer { lock.unlock() }
            let newest = try SnapshotPolicy.newestOnDisk(dataFolder)
            guard
                SnapshotPolicy.isDue(
                    seq: copy.lastSeq, newestOnDisk: newest, trigger: trigger, options: options,
                    now: Date())
            else {
                if let newest { control.withLock { $0.lastSnapshotSeq = max($0.lastSnapshotSeq, newest.seq) } }
                return
            }
            try writeSnapshot(of: copy)
        } catch {
            // Retry only after another full interval, not on every command.
            control.withLock { c in
                c.lastSnapshotSeq = max(c.lastSnapshotSeq, copy.lastSeq)
                c.lastSnapshotTime = Date()
            }
            let written = FileSystem.exists(dataFolder.file(SnapshotFile.fileName(seq: copy.lastSeq)))
            let note = SnapshotPolicy.failureNote(error, seq: copy.lastSeq, folder: dataFolder.path, written: written)
            published.withLock { $0.notes.append(note) }
        }
    }

    /// Writes a snapshot of the current state now (on the calling thread) and rotates the journal. Waits for a
    /// snapshot another process is writing, then writes regardless of the policy.
    public func snapshotNow() throws(StoreError) {
        let lock = try FileLock(path: DataFolder(path: folder).snapshotLockPath, create: true)
        defer { lock.close() }
        try lock.withLock(.exclusive) { () throws(StoreError) in try writeSnapshot(of: practice) }
    }

    /// The caller holds `snapshot.lock`.
    private func writeSnapshot(of state: Practice) throws(StoreError) {
        guard mode == .readWrite else { throw StoreError.readOnlyStore(path: folder, reason: "opened read-only") }
        let body = try EventCodec().snapshotBody(state)
        try SnapshotFile.write(folder: folder, seq: state.lastSeq, body: body)
        control.withLock { c in
            c.lastSnapshotSeq = max(c.lastSnapshotSeq, state.lastSeq)
            c.lastSnapshotTime = Date()
            c.writtenSnapshotSeqs.append(state.lastSeq)
            if c.writtenSnapshotSeqs.count > 100 { c.writtenSnapshotSeqs.removeFirst() }
        }
        try engine.withLock { engine throws(StoreError) in
            guard let engine else { return }
            let events = try engine.rotateAndPrune()
            if !events.isEmpty { publish(engine, events: events) }
        }
    }

    /// Seqs of the (last 100) snapshots this instance wrote, oldest first (tests compare them across writers).
    var writtenSnapshotSeqs: [UInt64] { control.withLock { $0.writtenSnapshotSeqs } }

    /// Returns once every snapshot already queued has finished (tests poll nothing: they wait for this).
    func waitForQueuedSnapshots() { snapshotQueue.sync {} }

    /// Stops tailing, waits for queued work, snapshots if enough changed (clean exit), releases files.
    /// Call it from the owning thread, never from a `submit` completion (those run on the I/O queue it drains).
    public func close() {
        let alreadyClosed = control.withLock { c -> Bool in
            defer { c.closed = true }
            return c.closed
        }
        if alreadyClosed { return }
        ioQueue.sync {}
        snapshotQueue.sync {}
        let (seq, lastSnapshot) = (lastSeq, control.withLock { $0.lastSnapshotSeq })
        if options.snapshotOnClose, isWritable, seq > lastSnapshot,
            seq - lastSnapshot >= max(1, options.snapshotOnCloseMinimumEvents)
        {
            snapshotIfStillDue(practice, trigger: .close)
        }
        engine.withLock { engine in
            engine?.close()
            engine = nil
        }
    }

    deinit {
        engine.withLock { $0?.close() }
    }
}
