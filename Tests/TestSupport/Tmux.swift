import Foundation
import Glibc

/// Drives real terminals through tmux, as a person would: a private tmux server per test (its own socket), a shell
/// with a known prompt, `send-keys` to type, `capture-pane` to read. Everything polls for what it expects.
public final class Tmux {
    public static var available: Bool { which("tmux") != nil }

    public let socket: String
    private let tmuxPath: String

    public init() {
        socket = "clinicdesk-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        tmuxPath = Self.which("tmux") ?? "/usr/bin/tmux"
    }

    deinit { _ = try? run(["kill-server"]) }

    public static let prompt = "e2e$ "
    /// What the prompt looks like in `capture-pane` output, which drops trailing spaces.
    public static let promptMark = "e2e$"

    /// Opens a session running a plain shell with a known prompt, sized `width`×`height`.
    public func newSession(_ name: String, width: Int, height: Int) throws {
        let shell =
            "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + "PS1='\(Self.prompt)' /bin/sh"
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
        _ = try waitFor(name, timeout: 10) { $0.contains(Self.promptMark) }
    }

    /// Types a shell command line and presses Enter.
    public func type(_ name: String, line: String) throws {
        try run(["send-keys", "-t", name, "-l", line])
        try run(["send-keys", "-t", name, "Enter"])
    }

    /// Sends tmux key names (`Tab`, `BTab`, `Escape`, `q`, `C-l`).
    public func keys(_ name: String, _ keys: String...) throws {
        for key in keys { try run(["send-keys", "-t", name, key]) }
    }

    /// Sends literal text (for the `:` command line).
    public func text(_ name: String, _ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    public func resize(_ name: String, width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    public func capture(_ name: String) throws -> String {
        try run(["capture-pane", "-t", name, "-p"])
    }

    /// Polls the screen until `predicate` holds; returns the screen that satisfied it, or throws with the last one.
    @discardableResult
    public func waitFor(_ name: String, timeout: TimeInterval = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture(name)
            if predicate(screen) { return screen }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxError.timeout(screen: screen)
    }

    /// Runs one tmux client with posix_spawn + waitpid. Output goes to a file, not a pipe: a tmux server started by
    /// this call inherits the descriptor and would hold a pipe open forever. (Foundation's Process was seen to
    /// miss a client's exit under load, hanging the test.)
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(socket)-\(UInt32.random(in: 0...UInt32.max)).out").path
        defer { unlink(outputPath) }
        let argv = [tmuxPath, "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        // The test runner's threads block some signals, and a spawned process inherits that mask: a tmux server
        // that cannot be told to stop, and shells that never get its SIGHUP, would outlive the test. Start clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, tmuxPath, &actions, &attributes, &cArgs, environ) == 0 else {
            throw TmuxError.failed(arguments.joined(separator: " "))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        // WIFEXITED && WEXITSTATUS == 0
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw TmuxError.failed(arguments.joined(separator: " "))
        }
        return String(decoding: data, as: UTF8.self)
    }

    public static func which(_ tool: String) -> String? {
        let folders = ["/usr/bin", "/usr/local/bin", "/bin"]
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Quotes one word for /bin/sh.
    public static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

public enum TmuxError: Error, CustomStringConvertible {
    case timeout(screen: String)
    case failed(String)

    public var description: String {
        switch self {
        case .timeout(let screen): return "timed out waiting; the screen was:\n\(screen)"
        case .failed(let command): return "tmux \(command) failed"
        }
    }
}
