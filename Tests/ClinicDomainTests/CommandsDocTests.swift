import ClinicDomain
import Foundation
import Testing

/// docs/COMMANDS.md lists every verb of the command language, so the documentation cannot fall behind the parser.
@Test func commandsDocListsEveryVerb() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/COMMANDS.md"), encoding: .utf8)
    for syntax in CommandLanguage.syntax {
        let row = "`" + syntax.usage.replacingOccurrences(of: "|", with: "\\|") + "`"
        #expect(doc.contains(row), "docs/COMMANDS.md is missing \(syntax.usage)")
    }
}
