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
    /// NFS, SMB/CIFS and similar: flock and inotify are unreliable there.
    case networkFileSystem(path: String, kind: String)
    /// The store was opened with `.readOnly`, or writing was disabled after damage was found.
    case readOnlyStore(path: String, reason: String)
    /// The store was closed.
    case closed
    /// A value could not be encoded or decoded (a bug, or a file from a different program version).
    case coding(path: String, detail: String)

    public var description: String {
        switch self {
        case .rejected(let message):
            return message
        case .diskFull(let path, let detail):
            return "disk full writing \(path) (\(detail)): command not saved; free space and retry"
        case .readOnlyFileSystem(let path):
            return "the file system holding \(path) is read-only: command not saved; remount it read-write and retry"
        case .permissionDenied(let path, let operation):
            return "permission denied to \(operation) \(path): command not saved; "
                + "check the owner and mode of the data folder (it should be 0700, files 0600)"
        case .io(let path, let operation, let code):
            return "could not \(operation) \(path): \(StoreError.errnoText(code))"
        case .syncFailed(let path, let code):
            return "the disk reported an error flushing \(path) (\(StoreError.errnoText(code))): "
                + "command not saved; the store will reload from disk before the next command"
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
        case .networkFileSystem(let path, let kind):
            return "\(path) is on a network file system (\(kind)); file locks and change notification are "
                + "unreliable there, so ClinicDesk refuses it: use a local folder"
        case .readOnlyStore(let path, let reason):
            return "\(path) is open read-only (\(reason)): command not saved"
        case .closed:
            return "the store is closed: command not saved"
        case .coding(let path, let detail):
            return "could not read or write data in \(path): \(detail)"
        }
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
