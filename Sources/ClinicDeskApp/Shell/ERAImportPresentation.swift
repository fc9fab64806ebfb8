import ClinicDomain
import TerminalKit

/// How a finished `:import era` shows: the popup (or the question under it) and the status message it leaves in the
/// message log. The report's lines come from an outside file (payer names), so each is sanitized here.
enum ERAImportPresentation {
    static func mode(for result: ERAImportResult) -> Mode {
        let file = result.request.fileName
        switch result.outcome {
        case .unreadable:
            return .normal
        case .ready(let report, let command, let claims, let refusal):
            let lines = report.map { Sanitizer.clean($0) }
            if result.request.dryRun {
                return .detail(popup("ERA \(file) · dry run", lines + ["dry run: nothing posted"]))
            }
            if let refusal {
                return .detail(popup("ERA \(file) · not posted", lines + ["not posted: " + Sanitizer.clean(refusal)]))
            }
            let question = question(claims: claims, file: file)
            return .confirm(Confirmation(prompt: question, command: command, report: popup("ERA \(file)", lines)))
        }
    }

    static func message(for result: ERAImportResult) -> StatusMessage {
        let file = Sanitizer.clean(result.request.fileName)
        switch result.outcome {
        case .unreadable(let reason):
            return .error("Not imported: \(Sanitizer.clean(reason)); nothing posted.")
        case .ready(_, _, let claims, let refusal):
            let count = claims == 1 ? "1 claim" : "\(claims) claims"
            if result.request.dryRun { return .info("\(file): \(count) reconciled (dry run, nothing posted).") }
            if let refusal { return .error("Not posted (\(file)): \(Sanitizer.clean(refusal))") }
            return .info("\(file): \(count) reconciled; \(question(claims: claims, file: file)) (y/n)")
        }
    }

    /// A reconciliation popup: wide, and wrapped rather than cut (a line's end is its verdict).
    private static func popup(_ title: String, _ lines: [String]) -> DetailPopup {
        DetailPopup(title: title, lines: lines, wraps: true, width: 110)
    }

    /// "Post 3 claims from week-47.edi?"
    static func question(claims: Int, file: String) -> String {
        "Post \(claims == 1 ? "1 claim" : "\(claims) claims") from \(Sanitizer.clean(file))?"
    }
}
