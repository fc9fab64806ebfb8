import ClinicDomain
import ClinicStore
import Foundation

/// The dashboard's view of the durable store: commands go to the journal on the store's serial I/O queue
/// (acknowledged only after fdatasync, in the order submitted), and each tick picks up what other terminals
/// appended (the store tails the journal in the background).
public final class StorePracticeSource: PracticeSource {
    public let store: Store
    private var seenChangeCount: UInt64
    /// What opening the folder found (torn tail cut, damaged snapshot skipped), shown once in the status line.
    private var openingNotices: [String]

    public init(store: Store) {
        self.store = store
        seenChangeCount = store.changeCount
        openingNotices = store.recovery.notes + (store.recovery.damage.map { ["read-only: \($0)"] } ?? [])
    }

    public func takeNotices() -> [String] {
        defer { openingNotices = [] }
        return openingNotices + store.takeNotes()
    }

    public var practice: Practice { store.practice }

    public func submit(
        _ command: Command, actor: String, now: Date,
        completion: @escaping @Sendable (WriteOutcome) -> Void
    ) {
        // The store publishes the new state before it calls back, so the receipt never shows ahead of the change.
        store.submit(command, actor: actor, now: now) { result in
            switch result {
            case .success(let receipt):
                completion(.saved(receipt: "ok \(receipt.seq)" + (receipt.newID.map { " \($0)" } ?? "")))
            case .failure(let error):
                completion(.refused(String(describing: error)))
            }
        }
    }

    /// The journal itself, read as `clinicdesk log` reads it: complete groups only, nothing locked or written.
    public func auditTrail() -> AuditTrailReader? {
        let folder = store.folder
        return AuditTrailReader { page in
            try JournalReader.visit(folder: folder) { page.offer($0) }
        }
    }

    public func refresh() -> Bool {
        let count = store.changeCount
        _ = store.refresh()
        guard count != seenChangeCount else { return false }
        seenChangeCount = count
        return true
    }
}
