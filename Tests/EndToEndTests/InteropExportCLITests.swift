import Foundation
import Testing
import TestSupport

/// `export --format ics|csv` through the real binary: the file is private and the same bytes as stdout; an
/// option that does not fit the format is refused before anything is opened or written.
@Suite struct InteropExportCLITests {
    static let formats: [[String]] = [
        ["--format", "csv", "--table", "appointments"], ["--format", "csv", "--table", "claims"],
        ["--format", "ics", "--provider", "S-1", "--from", "2026-11-23", "--to", "2026-11-27"],
    ]

    @Test(arguments: formats)
    func eachFormatWritesTheSameBytesToAFileAsToStdout(options: [String]) throws {
        let folder = Folder("interop-out")
        try DemoClinic.create(in: folder)
        let fixed = ["--now", "2026-11-23T15:42:00Z"]
        let stdout = try CLI.run(["export", "--data", folder.path] + options + fixed)
        #expect(stdout.status == 0, "\(stdout.err)")
        #expect(!stdout.out.isEmpty)
        let target = folder.file("export.out")
        let toFile = try CLI.run(["export", "--data", folder.path, "--out", target] + options + fixed)
        #expect(toFile.status == 0, "\(toFile.err)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == stdout.out)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func optionsThatDoNotFitTheFormatAreRefusedWithExitTwo() throws {
        let folder = Folder("interop-bad")
        try DemoClinic.create(in: folder)
        let target = folder.file("never.out")
        let cases: [([String], String)] = [
            (["--format", "csv"], "needs --table"),
            (["--format", "csv", "--table", "rooms"], "--table 'rooms'"),
            (["--format", "json", "--full"], "are for --format ics"),
            (["--format", "ics", "--from", "11/23/2026"], "--from '11/23/2026'"),
            (["--format", "ics", "--provider", "Dr. Who"], "is not a staff ID"),
            (["--format", "xml"], "is not one of json, ics, csv, x12-837"),
        ]
        for (options, expected) in cases {
            let result = try CLI.run(["export", "--data", folder.path, "--out", target] + options)
            #expect(result.status == 2, "\(options): \(result.err)")
            #expect(result.err.contains(expected), "\(options): \(result.err)")
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }
}
