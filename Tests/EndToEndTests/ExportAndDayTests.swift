import Foundation
import Glibc
import Testing
import TestSupport

/// `export --out` writes the same bytes as stdout, privately and atomically; `day` prints a day of the same data.
@Suite struct ExportAndDayTests {
    @Test func exportToAFileMatchesStdoutIsPrivateAndLeavesNoTempFile() throws {
        let folder = Folder("export-out")
        try DemoClinic.create(in: folder)
        let stdout = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        #expect(stdout.status == 0, "\(stdout.err)")
        let target = folder.file("export.json")
        // An existing file is replaced whole, and its looser mode does not survive.
        #expect(
            FileManager.default.createFile(
                atPath: target, contents: Data("old".utf8),
                attributes: [.posixPermissions: 0o644]))
        let toFile = try CLI.run(["export", "--data", folder.path, "--out", target])
        #expect(toFile.status == 0, "\(toFile.err)")
        #expect(toFile.out.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written == stdout.out)
        #expect(written.hasSuffix("}\n"))
        let mode = try #require(FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func exportToAnUnwritablePlaceFailsClearly() throws {
        let folder = Folder("export-fail")
        try DemoClinic.create(in: folder)
        let result = try CLI.run(["export", "--data", folder.path, "--out", folder.file("missing-dir/export.json")])
        #expect(result.status == 1)
        #expect(result.err.contains("error: could not write"))
    }

    @Test func dayPrintsThatDaysAppointmentsInBoardOrder() throws {
        let folder = Folder("day")
        try DemoClinic.create(in: folder)
        let export = try CLI.run(["export", "--data", folder.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        let rows = try #require(json["appointments"] as? [[String: Any]])
        let expected = rows.filter { $0["day"] as? String == "2026-11-23" }.compactMap { $0["id"] as? String }
        let result = try CLI.run(["day", "--data", folder.path, "--date", "2026-11-23"])
        #expect(result.status == 0, "\(result.err)")
        let fields = result.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(!fields.isEmpty && fields.allSatisfy { $0.count == 7 })
        #expect(Set(fields.map { String($0[1]) }) == Set(expected))
        let starts = fields.map { String($0[0].prefix(5)) }
        #expect(starts == starts.sorted())
        #expect(
            result.out.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || $0.value >= 0x20 && $0.value != 0x7F })
        let noDay = try CLI.run(["day", "--data", folder.path, "--date", "2026-02-30"])
        #expect(noDay.status != 0 && noDay.err.contains("YYYY-MM-DD"))
    }
}
