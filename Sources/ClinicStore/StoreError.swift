import Glibc

// Every way the store can refuse, as a value that says what happened, where, and what to do next.
//
// Guarantees: when any of these is thrown from `execute`/`submit`, nothing was acknowledged and the in-memory
// state is exactly what it was before the call; the next command may succeed once the cause is gone.

public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The domain refused the command (illegal transition, unknown ID, …); the message names item and rule.
    case rejected(String)
    /// ENOSPC / EFBIG / EDQUOT while writing `path`.
    case diskFull(path: String, detail: String)
    /// EROFS: the file system holding `path` is mounted read-only.
    case readOnlyFileSystem(path: String)
    /// EACCES / EPERM doing `operation` on `path`.
    case permissionDenied(path: String, operation: String)
    /// Any other system call failure.
    case io(path: String, operation: String, errno: Int32)
    /// fsync/fdatasync failed: the kernel may have dropped dirty pages, so the page cache cannot be trusted.
    case syncFailed(path: String, errno: Int32)
    /// A record or snapshot failed its checks with valid data after it: the file is damaged mid-way.
    case corrupt(path: String, offset: Int64, detail: String)
    /// The folder's FORMAT names a version this build cannot read.
    case unsupportedFormat(path: String, found: String, supported: Int)
    /// The folder holds files but no FORMAT file: not a ClinicDesk data folder (or a damaged one).
    case notAStore(path: String, detail: String)
    /// `create` was asked to write into a folder that already holds a store or other files.
    case folderNotEmpty(path: String)
    /// The data folder does not exist. Opening never creates one; only `Store.create` (`clinicdesk demo`) does.
    case noSuchFolder(path: String)
    /// NFS, SMB/CIFS and similar: flock and inotify are unreliable there.
    case networkFileSystem(path: String, kind: String)
    /// The store was opened with `.readOnly`, or writing was disabled after damage was found.
    case readOnlyStore(path: String, reason: String)
    /// The store was closed.
    case closed
    /// A value could not be encoded or decoded (a bug, or a file from a different program version).
    case coding(path: String, detail: String)

    /// Worded for the write path (a command was refused), which is where most store errors reach people.
    /// Read paths (`export`, `check`, viewers) use `sentence(.reading)`; `Store.open(mode: .readOnly)` and
    /// `check` already throw read-path errors (`readPathError`), whose description never mentions a command.
    public var description: String { sentence(.command) }

    /// What the caller was doing when the error happened: it decides what the sentence says was not done.
    public enum Context: Sendable, Equatable {
        /// Executing a command: "command not saved".
        case command
        /// Opening or checking a folder without writing anything.
        case reading
        /// `check --repair`.
        case repair
        /// Creating a store (`demo`).
        case create
    }

    /// The error as one sentence fit for `context`: what happened, where, what was (not) done, what to do.
    public func sentence(_ context: Context) -> String {
        let notDone = Self.consequence(context).map { ": \($0); " } ?? "; "
        switch self {
        case .rejected(let message):
            return message
        case .diskFull(let path, let detail):
            return "disk full writing \(path) (\(detail))\(notDone)free space and retry"
        case .readOnlyFileSystem(let path):
            return "the file system holding \(path) is read-only\(notDone)remount it read-write and retry"
        case .permissionDenied(let path, let operation) where Self.readOperations.contains(operation):
            return "cannot \(operation) \(path): permission denied; run clinicdesk as its owner\(Self.ownerText(path)) "
                + "or fix its mode (" + (operation == "list" ? "chmod 700" : "chmod 600") + ")"
        case .permissionDenied(let path, let operation):
            return "permission denied to \(operation) \(path)\(notDone)"
                + "check the owner and mode of the data folder (it should be 0700, files 0600)"
        case .io(let path, let operation, let code):
            return "could not \(operation) \(path): \(StoreError.errnoText(code))"
        case .syncFailed(let path, let code):
            let reload =
                context == .command
                ? "the store will reload from disk before the next command" : "retry once the disk is healthy"
            return "the disk reported an error flushing \(path) (\(StoreError.errnoText(code)))\(notDone)\(reload)"
        case .corrupt(let path, let offset, let detail):
            return "\(path) is damaged at byte offset \(offset): \(detail); "
                + "run `clinicdesk check --data <folder>` for details and `clinicdesk check --repair` to fix it "
                + "(a copy of anything removed is kept)"
        case .unsupportedFormat(let path, let found, let supported):
            return "\(path) says format \"\(found)\", but this clinicdesk reads format \(supported): "
                + "use the clinicdesk version that wrote this folder"
        case .notAStore(let path, let detail):
            return "\(path) is not a ClinicDesk data folder: \(detail)"
        case .folderNotEmpty(let path):
            return "\(path) is not empty: refusing to overwrite it (use --force to replace a store)"
        case .noSuchFolder(let path):
            return "no such folder: \(path) (create one with `clinicdesk demo --data \(path)`)"
        case .networkFileSystem(let path, let kind):
            return "\(path) is on a network file system (\(kind)); file locks and change notification are "
                + "unreliable there, so ClinicDesk refuses it: use a local folder"
        case .readOnlyStore(let path, let reason):
            return "\(path) is open read-only (\(reason))" + (context == .command ? ": command not saved" : "")
        case .closed:
            return "the store is closed" + (context == .command ? ": command not saved" : "")
        case .coding(let path, let detail):
            return "could not read or write data in \(path): \(detail)"
        }
    }

    private static func consequence(_ context: Context) -> String? {
        switch context {
        case .command: return "command not saved"
        case .reading: return nil
        case .repair:
            return "the repair stopped part-way (anything it set aside is in the newest repair-<time>/ folder)"
        case .create: return "the store was not created"
        }
    }

    /// Operations that only read: their permission errors say what to fix, never that a command was lost.
    static let readOperations: Set<String> = ["read", "list"]

    /// " (uid N)" when the file can be stat'ed (looked up when the sentence is made, which is when it is shown).
    private static func ownerText(_ path: String) -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return "" }
        return " (uid \(st.st_uid))"
    }

    /// The same failure seen from a path that only reads (a read-only open, `check`): a permission error there
    /// is about reading, so it says "cannot read …" and what to fix instead of "command not saved".
    public var readPathError: StoreError {
        guard case .permissionDenied(let path, let operation) = self, !Self.readOperations.contains(operation) else {
            return self
        }
        return .permissionDenied(path: path, operation: FileSystem.isDirectory(path) ? "list" : "read")
    }

    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return "\(String(cString: text)) (errno \(code))"
    }

    /// Maps a failed system call to the most specific case.
    static func from(errno code: Int32, path: String, operation: String) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(path: path, detail: "no space left on device")
        case EFBIG: return .diskFull(path: path, detail: "file too large for the file-size limit")
        case EROFS: return .readOnlyFileSystem(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path, operation: operation)
        default: return .io(path: path, operation: operation, errno: code)
        }
    }
}
