import ClinicDomain
import Dispatch
import Synchronization

/// The ICD-10-CM table (3.6 MB, `ICD10CM.bundled`) is read from disk on its first lookup. The dashboard starts that
/// read on a background queue when it opens, and the UI looks codes up only once it is done, so no key or frame
/// ever waits for the file: until then the superbill says the codes are still loading.
enum CodeSetWarmup {
    private static let loaded = Mutex(false)

    /// Starts loading the table off the loop (once; later calls find it loaded or loading).
    static func start() {
        DispatchQueue.global(qos: .utility).async { load() }
    }

    /// Loads the table on the calling thread: the background queue, and tests, which want it at once.
    static func load() {
        _ = ICD10CM.bundled
        loaded.withLock { $0 = true }
    }

    /// True once lookups answer without reading the disk.
    static var isReady: Bool { loaded.withLock { $0 } }
}
