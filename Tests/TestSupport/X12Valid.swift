import Foundation

/// pyx12's `x12valid`, somebody else's 837 validator (PyPI; `.ci/run` installs it). It exits 1 whether or not a
/// file is valid, so the verdict is read from its output (`<file>: OK` or `<file>: Failure`, the reasons logged above
/// it as `ERROR Line:…`) and from the 999 it writes beside the input as `<file>.997`.
public enum X12Valid {
    public static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("x12valid")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    public struct Verdict: Sendable {
        public var valid: Bool
        public var report: String
    }

    public static func check(_ text: String, named name: String) throws -> Verdict {
        let folder = Folder("x837")
        // Folder removes itself when released, which ARC may do after its last use: keep it to the end.
        defer { withExtendedLifetime(folder) {} }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = URL(fileURLWithPath: folder.file(name))
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = executable
        process.arguments = [file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: output, as: UTF8.self)
        // Beside the input it writes the 999 it would send back: accepted is `IK5*A` and `AK9*A`.
        let acknowledgment = (try? String(contentsOf: URL(fileURLWithPath: file.path + ".997"), encoding: .utf8)) ?? ""
        let accepted = acknowledgment.contains("IK5*A~") && acknowledgment.contains("AK9*A*")
        let valid = report.contains("\(file.path): OK") && !report.contains("Failure") && accepted
        return Verdict(valid: valid, report: report + acknowledgment)
    }
}
