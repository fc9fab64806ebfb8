import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The `:` lines kept across runs: `$XDG_STATE_HOME/clinicdesk/history` (else `~/.local/state/clinicdesk/history`),
/// one line each, mode 0600, the last `limit` kept. Read once before the loop; each new line is appended on a
/// serial queue of its own, so a key never waits on the disk. Lines that could hold a secret (`user …`, where PINs
/// are managed) are never written.
public final class CommandHistoryFile: Sendable {
    static let limit = 500
    let path: String
    /// One queue for every history file, so a load after an append (two dashboards in one process, tests) reads it.
    private static let queue = DispatchQueue(label: "clinicdesk.history")
    private var queue: DispatchQueue { Self.queue }

    init(path: String) { self.path = path }

    /// Where the history lives for this environment; nil without XDG_STATE_HOME or HOME.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/clinicdesk/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/clinicdesk/history"
    }

    /// Whether a line may be written down.
    static func mayKeep(_ line: String) -> Bool {
        let first = line.split(separator: " ").first?.lowercased() ?? ""
        return !line.isEmpty && first != "user" && !line.lowercased().contains("--pin")
    }

    /// The last `limit` lines (oldest first); the file is trimmed to them. Missing or unreadable: none.
    func load() -> [String] {
        guard let data = queue.sync(execute: { FileManager.default.contents(atPath: path) }) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let kept = Array(lines.suffix(Self.limit))
        if kept.count < lines.count { write(kept) }
        return kept
    }

    /// Appends `line` off the caller's thread.
    func append(_ line: String) {
        let clean = line.replacingOccurrences(of: "\n", with: " ")
        guard Self.mayKeep(clean) else { return }
        let path = self.path
        queue.async { Self.appendNow(clean + "\n", to: path) }
    }

    /// Waits for appends in flight (tests, and the last line at quit).
    func flush() { queue.sync {} }

    private static func appendNow(_ text: String, to path: String) {
        makeFolder(for: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
    }

    private func write(_ lines: [String]) {
        let path = self.path
        let text = lines.map { $0 + "\n" }.joined()
        queue.sync {
            let temporary = path + ".tmp"
            Self.makeFolder(for: path)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return }
            _ = fchmod(fd, 0o600)
            _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
            rename(temporary, path)
        }
    }

    private static func makeFolder(for path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
