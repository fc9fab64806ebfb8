@testable import ClinicDeskApp
import ClinicDomain
import ClinicInterop
import Foundation
import TerminalKit
import Testing
import TestSupport

@Suite("The dashboard's :export")
struct ExportLineTests {
    private let today = LocalDate(year: 2026, month: 11, day: 23)

    private func parse(_ line: String) -> Result<ExportLine, ExportLineError> {
        ExportLine.parse(line.split(separator: " ").map(String.init), today: today)
    }

    @Test func parsesTheSameOptionsAsTheCommandLine() throws {
        let line = try parse("--format ics --out /tmp/day.ics --provider s-2 --from today --to 2026-11-30 --full").get()
        #expect(
            line.request
                == ExportRequest(
                    format: .ics, provider: StaffID(2), from: today, to: LocalDate(year: 2026, month: 11, day: 30),
                    fullNames: true))
        #expect(line.path == "/tmp/day.ics")
        #expect(try parse("--format csv --table staff --out s.csv").get().request.table == .staff)
    }

    @Test func badOptionsAreRefusedBeforeAnythingIsWritten() {
        let cases: [(String, String)] = [
            ("--format ics", "usage: export"),
            ("--format xml --out f", "'xml' is not an export format"),
            ("--format csv --out f", "needs --table"),
            ("--format csv --table rooms --out f", "--table 'rooms'"),
            ("--format json --out f --full", "are for --format ics"),
            ("--format ics --out f --from soon", "--from 'soon'"),
            ("--format ics --out", "--out needs a value"),
        ]
        for (line, expected) in cases {
            guard case .failure(let error) = parse(line) else {
                Issue.record("accepted: \(line)")
                continue
            }
            #expect(error.text.contains(expected), "\(line): \(error.text)")
        }
    }

    @Test func anExportIsWrittenOffTheLoopPrivateAndWhole() throws {
        let folder = Folder("export-line")
        defer { withExtendedLifetime(folder) {} }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.file("patients.csv")
        let h = Harness(size: Size(width: 160, height: 48))
        h.type(":export --format csv --table patients --out \(file)")
        h.press(.enter)
        h.app.waitForExports()
        #expect(h.statusLine.contains("Exported csv to \(file)"), "\(h.statusLine)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\r\n").count == h.source.practice.patients.count + 1)
    }

    @Test func aFolderThatIsNotThereIsAnErrorOnTheStatusLine() {
        let h = Harness(size: Size(width: 160, height: 48))
        h.type(":export --format json --out /nonexistent-folder/x.json")
        h.press(.enter)
        h.app.waitForExports()
        #expect(h.app.statusIsError)
        #expect(h.statusLine.contains("Export failed"), "\(h.statusLine)")
    }

    @Test func onlyAManagerExportsFromTheDashboard() throws {
        let practice = try RoleViewTests.practiceWithAccounts()
        let desk = RoleViewTests.harness("rita", practice: practice)
        desk.type(":export --format json --out /tmp/never-written.json")
        desk.press(.enter)
        #expect(desk.statusLine.contains("needs the manager role"), "\(desk.statusLine)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.json"))
    }
}
