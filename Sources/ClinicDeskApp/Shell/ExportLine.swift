import ClinicDomain
import ClinicInterop
import Foundation

/// `:export --format FORMAT --out FILE [--table T] [--provider S-2] [--from DATE] [--to DATE] [--full]`: the same
/// options as `clinicdesk export`, except that `--out` is required (the screen is not a place for a file).
struct ExportLine: Equatable, Sendable {
    var request: ExportRequest
    var path: String

    static let usage =
        "usage: export --format json|ics|csv --out FILE [--table T] [--provider S-2] [--from D] [--to D] [--full]"

    /// The line's words after `export`; `today` resolves `--from today` and friends.
    static func parse(_ words: [String], today: LocalDate) -> Result<ExportLine, ExportLineError> {
        var format: ExportRequest.Format?
        var request = ExportRequest(format: .json)
        var path: String?
        var index = 0
        func value(_ option: String) -> String? {
            index += 1
            return index < words.count ? words[index] : nil
        }
        while index < words.count {
            let word = words[index]
            switch word {
            case "--full": request.fullNames = true
            case "--format", "--out", "--table", "--provider", "--from", "--to":
                guard let text = value(word) else { return .failure(.init("\(word) needs a value (\(usage))")) }
                switch word {
                case "--format":
                    guard let known = ExportRequest.Format(rawValue: text.lowercased()) else {
                        let names = ExportRequest.Format.allCases.map(\.rawValue).joined(separator: ", ")
                        return .failure(.init("'\(text)' is not an export format (\(names))"))
                    }
                    format = known
                case "--out": path = text
                case "--table":
                    guard let table = CSVTable(rawValue: text.lowercased()) else {
                        let names = CSVTable.allCases.map(\.rawValue).joined(separator: ", ")
                        return .failure(.init("--table '\(text)' is not one of \(names)"))
                    }
                    request.table = table
                case "--provider":
                    guard let id = StaffID(text.uppercased()) else {
                        return .failure(.init("--provider '\(text)' is not a staff ID (like S-2)"))
                    }
                    request.provider = id
                default:
                    let day = text.lowercased() == "today" ? today : LocalDate(text)
                    guard let day else { return .failure(.init("\(word) '\(text)' is not a YYYY-MM-DD date")) }
                    if word == "--from" { request.from = day } else { request.to = day }
                }
            default:
                return .failure(.init("'\(word)' is not an option of export (\(usage))"))
            }
            index += 1
        }
        guard let format, let path else { return .failure(.init(usage)) }
        request.format = format
        if let problem = request.problem { return .failure(.init(problem)) }
        return .success(ExportLine(request: request, path: (path as NSString).expandingTildeInPath))
    }

    var fileName: String { (path as NSString).lastPathComponent }
}

struct ExportLineError: Error, Equatable {
    let text: String
    init(_ text: String) { self.text = text }
}
