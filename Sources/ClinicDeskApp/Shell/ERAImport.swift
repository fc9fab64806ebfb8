import ClinicDomain
import ClinicX12
import Foundation

/// `:import era FILE [--dry-run] [--skip-unmatched]`: what was asked.
struct ERAImportRequest: Equatable, Sendable {
    var path: String
    var dryRun = false
    var skipUnmatched = false

    /// The file's name, for sentences ("post 3 claims from week-47.edi?").
    var fileName: String { (path as NSString).lastPathComponent }

    /// As large as the command line's `import --format era` takes: a big payer's weekly 835 runs to a few MB.
    static let maximumBytes = 64 << 20
}

/// An 835 read, parsed and reconciled against the practice, ready to ask about; or why not.
struct ERAImportResult: Equatable, Sendable {
    enum Outcome: Equatable, Sendable {
        /// The parser's (or the file system's) sentence: segment number and ID for a malformed file.
        case unreadable(String)
        /// Read and reconciled: the report's lines, the command that posts it and the claims it carries; `refusal`
        /// is what the rules would say against posting (then nothing is asked).
        case ready(report: [String], command: Command, claims: Int, refusal: String?)
    }

    let request: ERAImportRequest
    let outcome: Outcome

    /// Reads and works out everything the question needs. Runs on a background queue: the file read, the parse
    /// and the report (which looks up every claim) never hold up a key or a frame.
    static func prepare(_ request: ERAImportRequest, practice: Practice, actor: String, now: Date) -> ERAImportResult {
        let remittance: Remittance
        do {
            let path = (request.path as NSString).expandingTildeInPath
            remittance = try ERAFile.read(path: path, maximumBytes: ERAImportRequest.maximumBytes)
        } catch {
            return ERAImportResult(request: request, outcome: .unreadable(String(describing: error)))
        }
        let report = RemittanceReport(remittance, practice: practice)
        let posts = RemittancePosting.posts(remittance, skipUnmatched: request.skipUnmatched)
        let command = Command.postRemittances(posts)
        let refusal = request.dryRun ? nil : practice.refusal(of: command, actor: actor, now: now)
        let claims = posts.reduce(0) { $0 + $1.claims.count }
        return ERAImportResult(
            request: request, outcome: .ready(report: report.lines, command: command, claims: claims, refusal: refusal))
    }
}
