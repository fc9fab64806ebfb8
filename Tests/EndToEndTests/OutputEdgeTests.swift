import Foundation
import Testing
import TestSupport

/// Issue 9 through the real binary: nothing the CLI writes can drive the terminal (every line goes through
/// `CLIOutput`, which sanitizes), opening a missing folder never creates it, and `log --since` is exclusive.
@Suite struct OutputEdgeTests {
    /// Scalars that must never reach a terminal raw: C0 but the line break (and the tab between fields, for the
    /// tab-separated `log` and `day`), DEL, C1, bidi and zero-width controls.
    static func rawControls(in text: String, tabs: Bool = false) -> [String] {
        text.unicodeScalars.filter { scalar in
            let v = scalar.value
            if v == 0x0A || (tabs && v == 0x09) { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x2060, 0xFEFF].contains(v)
                || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        .map { "U+" + String($0.value, radix: 16) }
    }

    static func demo(_ name: String) throws -> Folder {
        let folder = Folder(name)
        try CLI.run(["demo", "--data", folder.path])
        return folder
    }

    static func exec(_ folder: Folder, _ line: String) throws -> CLI.Result {
        try CLI.run(["exec", "--data", folder.path, "--user", "S-1", "--now", CLI.now, line])
    }

    @Test(arguments: [
        ("task move T-\u{1B}]0;pwned\u{07} doing", "T-^[]0;pwned^G"),
        ("\u{9B}31m task add x", "<U+009B>31m"),
        ("task add x --column to\u{200B}day", "to<U+200B>day"),
        ("task add x --column \u{202E}yadot", "<U+202E>yadot"),
        ("task add x --owner S-\u{FEFF}1\u{2060}", "S-<U+FEFF>1<U+2060>"),
        ("task add x --column a\nb", "a^Jb"),
    ])
    func execErrorsEchoTheInputVisibly(line: String, shown: String) throws {
        let folder = try Self.demo("echo")
        let result = try Self.exec(folder, line)
        #expect(result.status == 1)
        #expect(result.err.contains(shown), "\(result.err.debugDescription)")
        #expect(Self.rawControls(in: result.err).isEmpty, "\(result.err.debugDescription)")
        #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err.debugDescription)")
    }

    @Test func argumentParserErrorsAreSanitizedToo() throws {
        let folder = try Self.demo("parser")
        for arguments in [
            ["day", "--data", folder.path, "--date", "2026-\u{1B}[2J"],
            ["demo", "--data", folder.file("x"), "--bogus\u{9B}\u{200D}"],
            ["log", "--data", folder.path, "--since", "1\u{07}"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status != 0)
            #expect(result.err.contains("Usage:"), "the usage keeps its lines: \(result.err)")
            #expect(Self.rawControls(in: result.err).isEmpty, "\(arguments): \(result.err.debugDescription)")
        }
    }

    @Test func aDamagedFormatFileIsQuotedVisibly() throws {
        let folder = try Self.demo("format")
        try "clinicdesk-store \u{1B}]0;pwned\u{07}\u{9B}2J".write(
            toFile: folder.file("FORMAT"), atomically: true, encoding: .utf8)
        for arguments in [
            ["exec", "--data", folder.path, "--now", CLI.now, "task add x"], ["check", "--data", folder.path],
            ["export", "--data", folder.path], ["day", "--data", folder.path], ["log", "--data", folder.path],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            let said = result.out + result.err
            #expect(said.contains("^[]0;pwned^G<U+009B>2J"), "\(arguments): \(said.debugDescription)")
            #expect(Self.rawControls(in: said).isEmpty, "\(arguments): \(said.debugDescription)")
        }
    }

    @Test func logAndDayShowDataVisiblyOneRecordPerLine() throws {
        let folder = try Self.demo("logday")
        let actor = "ev\u{1B}]0;x\u{07}\nil\u{200B}"
        let added = try CLI.run(
            ["exec", "--data", folder.path, "--user", actor, "--now", CLI.now, "task add \"gloves\""])
        #expect(added.status == 0, "\(added.err)")
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(log.status == 0)
        #expect(Self.rawControls(in: log.out, tabs: true).isEmpty, "\(log.out.debugDescription)")
        #expect(log.lines.count == 1, "a newline in the actor does not make a line: \(log.out.debugDescription)")
        let fields = log.lines[0].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4 && fields[2] == "ev^[]0;x^G^Jil<U+200B>", "\(fields)")

        let patient = try CLI.run([
            "exec", "--data", folder.path, "--now", CLI.now,
            "patient add --given \"Re\u{200D}n\u{E9}e\" --family \"M\u{200C}ller\" --dob 1980-01-02 --phone 555-0100",
        ])
        #expect(patient.status == 0, "\(patient.err)")
        let id = patient.lines.first?.split(separator: " ").last.map(String.init) ?? "?"
        let day = Fixture.today.adding(days: 1)
        let booked = try CLI.run([
            "exec", "--data", folder.path, "--now", CLI.now,
            "appt book --patient \(id) --provider S-1 --at \"\(day) 18:40\" --reason \"a\u{200B}b\" --override",
        ])
        #expect(booked.status == 0, "\(booked.err)")
        let shown = try CLI.run(["day", "--data", folder.path, "--date", "\(day)", "--now", CLI.now])
        #expect(Self.rawControls(in: shown.out, tabs: true).isEmpty, "\(shown.out.debugDescription)")
        let appointment = booked.lines.first?.split(separator: " ").last.map(String.init) ?? "?"
        let row = shown.lines.first { $0.contains("\t\(appointment)\t") } ?? ""
        #expect(
            row.contains("Re<U+200D>n\u{E9}e") && row.contains("M<U+200C>ller") && row.hasSuffix("\ta<U+200B>b"),
            "\(row)")
    }

    @Test func exportToAPipeIsTheExportersBytes() throws {
        let folder = try Self.demo("export")
        #expect(try Self.exec(folder, "task add \"a\u{200B}b\u{2060}c\"").status == 0)
        let export = try CLI.run(["export", "--data", folder.path])
        #expect(export.status == 0)
        // a pipe is a program reading data: JSON escapes C0, the rest is the exporter's UTF-8, untouched (the field
        // contracts keep C1 and bidi controls out of the data; zero-width characters may stay, as in names)
        #expect(export.out.contains("\"a\u{200B}b\u{2060}c\""))
    }

    @Test(arguments: [["exec", "task add x"], ["day"], ["export"], ["log"], ["check"], ["check", "--repair"]])
    func aMissingFolderIsNotCreated(command: [String]) throws {
        let parent = Folder("missing")
        try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        let missing = parent.file("no/such/folder")
        let verb = command[0]
        let result = try CLI.run([verb, "--data", missing] + command.dropFirst())
        #expect(result.status == 2, "\(command): \(result.err)")
        #expect(
            result.err.contains("no such folder: \(missing) (create one with `clinicdesk demo --data \(missing)`)"),
            "\(command): \(result.err)")
        #expect(!FileManager.default.fileExists(atPath: parent.file("no")), "\(command) created the folder")
    }

    @Test func theDashboardDoesNotCreateAMissingFolderEither() throws {
        let parent = Folder("missing-dash")
        try FileManager.default.createDirectory(atPath: parent.path, withIntermediateDirectories: true)
        let missing = parent.file("nothing")
        let result = try CLI.run(["--data", missing], environment: ["TERM": "xterm"])
        #expect(result.status == 1)
        #expect(result.err.contains("no such folder: \(missing)"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func demoStillCreatesTheFolder() throws {
        let parent = Folder("create")
        let target = parent.file("a/b")
        let result = try CLI.run(["demo", "--data", target])
        #expect(result.status == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: target + "/FORMAT"))
    }

    @Test func logSinceIsExclusive() throws {
        let folder = try Self.demo("since")
        for title in ["one", "two", "three"] { #expect(try Self.exec(folder, "task add \(title)").status == 0) }
        let all = try CLI.run(["log", "--data", folder.path])
        #expect(all.lines.map { $0.split(separator: "\t")[0] } == ["1", "2", "3"], "\(all.out)")
        let after = try CLI.run(["log", "--data", folder.path, "--since", "1"])
        #expect(after.lines.map { $0.split(separator: "\t")[0] } == ["2", "3"], "--since 1 starts at 2: \(after.out)")
        #expect(try CLI.run(["log", "--data", folder.path, "--since", "3"]).out.isEmpty)
        let help = try CLI.run(["log", "--help"])
        #expect(help.out.contains("exclusive"), "\(help.out)")
    }
}

/// `CLIOutput` is the one way out: no `print`, `FileHandle` or raw `write` to stdout/stderr anywhere else in the
/// executable's sources, so a new command cannot forget to sanitize.
@Test func noRawOutputOutsideCLIOutput() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let sources = root.appendingPathComponent("Sources/clinicdesk")
    let allowed: Set<String> = ["CLIOutput.swift", "FileOutput.swift"]
    let patterns = [
        "print(", "FileHandle", "fputs(", "fwrite(", "putchar(", "puts(", "Glibc.write(", "STDERR_FILENO",
        "stderr", "write(1,", "write(2,",
    ]
    var offenders: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
    where name.hasSuffix(".swift") && !allowed.contains(name) {
        let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            for pattern in patterns where code.contains(pattern) {
                offenders.append("\(name):\(number + 1): \(pattern)")
            }
        }
    }
    #expect(offenders.isEmpty, "write through CLIOutput instead: \(offenders)")
}
