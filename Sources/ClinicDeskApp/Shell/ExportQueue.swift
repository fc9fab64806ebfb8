import ClinicDomain
import ClinicInterop
import Foundation

/// Where `:export` runs: the state as published when it was asked is streamed to the file off the loop
/// (`BackgroundResults`), so a 100 MB export of the large practice never stalls a keystroke.
final class ExportQueue: Sendable {
    struct Outcome: Sendable, Equatable {
        var line: ExportLine
        /// Bytes written, or the reason nothing was.
        var result: Result<Int, ExportFailure>
    }

    struct ExportFailure: Error, Equatable { let text: String }

    private let results = BackgroundResults<Outcome>(label: "clinicdesk.export")

    func start(_ line: ExportLine, practice: Practice, now: Date) {
        results.start {
            var written = 0
            do {
                try ExportFile.writeAtomically(to: line.path) { sink in
                    try PracticeExport.write(line.request, practice: practice, now: now) { chunk in
                        written += chunk.count
                        try sink(chunk)
                    }
                }
                return Outcome(line: line, result: .success(written))
            } catch {
                return Outcome(line: line, result: .failure(ExportFailure(text: "\(error)")))
            }
        }
    }

    var isBusy: Bool { results.isBusy }

    func drain() -> [Outcome] { results.drain() }

    /// Waits until nothing is being written (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(30)) { results.waitUntilIdle(timeout: timeout) }

    /// The status line for a finished export.
    static func message(_ outcome: Outcome) -> StatusMessage {
        switch outcome.result {
        case .success(let bytes):
            let size = bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1024 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
            return .success("Exported \(outcome.line.request.format.rawValue) to \(outcome.line.path) (\(size)).")
        case .failure(let failure):
            return .error("Export failed: \(failure.text)")
        }
    }
}
