import ClinicDomain
import Foundation
import Testing

/// docs/COMMANDS.md lists every verb of the command language, so the documentation cannot fall behind the parser.
/// `RECORD=1 swift test --filter commandsDocListsEveryVerb` rewrites the verb table from `CommandLanguage.syntax`.
@Test func commandsDocListsEveryVerb() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let url = root.appendingPathComponent("docs/COMMANDS.md")
    var doc = try String(contentsOf: url, encoding: .utf8)
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
        let header = "| Usage | What it does |\n|---|---|\n"
        if let start = doc.range(of: header), let end = doc.range(of: "\n\n", range: start.upperBound..<doc.endIndex) {
            let usages =
                CommandLanguage.syntax.map { ($0.usage, $0.summary) }
                + CommandLanguage.querySyntax.map { ($0.usage, $0.summary) }
            let rows = usages.map {
                "| `" + $0.0.replacingOccurrences(of: "|", with: "\\|") + "` | " + $0.1 + " |"
            }
            doc.replaceSubrange(start.upperBound..<end.lowerBound, with: rows.joined(separator: "\n"))
            try doc.write(to: url, atomically: true, encoding: .utf8)
        }
    }
    for usage in CommandLanguage.syntax.map(\.usage) + CommandLanguage.querySyntax.map(\.usage) {
        let row = "`" + usage.replacingOccurrences(of: "|", with: "\\|") + "`"
        #expect(doc.contains(row), "docs/COMMANDS.md is missing \(usage)")
    }
}

/// Its "What a field may hold" tables say what `FieldContract.all` and `DateWindow.all` enforce.
@Test func commandsDocListsEveryFieldRule() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/COMMANDS.md"), encoding: .utf8)
    for contract in FieldContract.all {
        #expect(doc.contains("| \(contract.field) | \(contract.summary) |"), "docs/COMMANDS.md: \(contract.field)")
    }
    for window in DateWindow.all {
        #expect(doc.contains("| \(window.field) | \(window.rule) |"), "docs/COMMANDS.md: \(window.field)")
    }
}
