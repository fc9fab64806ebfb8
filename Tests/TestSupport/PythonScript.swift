import Foundation

/// A script of scripts/ run by an interpreter somebody else maintains (Python's csv, icalendar):
/// its stdout, or its stderr as the error.
public enum PythonScript {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether `python` can import `module` (a quick child process; cache the answer in a static).
    public static func canImport(_ module: String, python: String = "python3") -> Bool {
        guard let result = try? CLI.run(["-c", "import \(module)"], prefix: [], executable: resolve(python)) else {
            return false
        }
        return result.status == 0
    }

    /// Runs scripts/`name` on `arguments` and returns what it printed.
    public static func run(_ name: String, _ arguments: [String], python: String = "python3") throws -> String {
        let script = root.appendingPathComponent("scripts/\(name)").path
        let result = try CLI.run([script] + arguments, executable: resolve(python))
        guard result.status == 0 else { throw Failure(description: "\(name): \(result.err)") }
        return result.out
    }

    /// An absolute interpreter path: `CLI.run` starts a bare name through /usr/bin/env only as a prefix.
    private static func resolve(_ python: String) -> String {
        if python.hasPrefix("/") { return python }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(python)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/\(python)"
    }
}
