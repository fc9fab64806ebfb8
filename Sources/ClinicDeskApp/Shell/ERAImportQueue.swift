import ClinicDomain
import Foundation

/// Where `:import era` runs: the file is read, parsed and reconciled off the loop (`BackgroundResults`), and the
/// reconciliation waits until the loop drains it.
final class ERAImportQueue: Sendable {
    private let results = BackgroundResults<ERAImportResult>(label: "clinicdesk.era-import")

    /// Reads, parses and reconciles `request` against `practice` (the state as published when it was asked).
    func start(_ request: ERAImportRequest, practice: Practice, actor: String, now: Date) {
        results.start { ERAImportResult.prepare(request, practice: practice, actor: actor, now: now) }
    }

    /// True while an import is being read (or is read and not yet drained).
    var isBusy: Bool { results.isBusy }

    /// Every import finished since the last call, in the order they were asked.
    func drain() -> [ERAImportResult] { results.drain() }

    /// Waits until nothing is being read (tests; the loop never calls it).
    func waitUntilIdle(timeout: Duration = .seconds(10)) { results.waitUntilIdle(timeout: timeout) }
}
