import ArgumentParser
import ClinicDomain
import ClinicInterop
import ClinicStore
import Foundation
import Glibc

/// `clinicdesk export`: the whole state as JSON in a stable order (sorted keys, rows in ID order), so two folders
/// with the same history export byte-identical files; or appointments as iCalendar, one table as CSV
/// (docs/INTEROP.md), or the ready claims as an 837P. Every format but the 837P streams in 64 KiB chunks through
/// `PracticeExport`: the document is never held whole (the large practice's JSON is ~165 MiB).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the practice as json, ics or csv to stdout or a file, or the ready claims as an 837P."
    )

    @OptionGroup var data: DataOptions

    @Option(
        help: """
            json (the whole state), ics (appointments, RFC 5545), csv (one --table, RFC 4180), or x12-837 (the \
            ready claims as an 837P file; they are marked submitted once it is on disk).
            """)
    var format: String = "json"

    @Option(help: "csv: the table — \(CSVTable.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: String?

    @Option(help: "ics: one provider's appointments only (like S-2).")
    var provider: String?

    @Option(help: "ics: appointments from this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "ics: appointments through this day, inclusive (YYYY-MM-DD).")
    var to: String?

    @Flag(help: "ics: patients' names in each event's summary (by default visit type and initials only).")
    var full = false

    @Option(help: "Write here (atomically, mode 0600) instead of stdout.")
    var out: String?

    @Option(help: "x12-837: which claims — ready (default) or a list like C-22,C-23.")
    var claims: String = "ready"

    @Flag(help: "x12-837: send claims past their filing deadline anyway (recorded; likely denied CO-29).")
    var late = false

    @Flag(help: "x12-837: mark the interchange as a test file (ISA15 T).")
    var testFile = false

    @OptionGroup var signIn: SignInOptions

    @Option(help: .hidden)
    var now: String?

    func run() throws {
        let clock = try now.map { try CommandClock(start: parseInstant($0), rate: 0) } ?? CommandClock.resolve(now: nil)
        if format == "x12-837" {
            let status = ClaimFileExport.run(
                folder: data.folder, selection: claims, out: out, late: late, testUsage: testFile, signIn: signIn,
                now: clock.now)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let request = try exportRequest()
        let store = try openForReading(data)
        let practice = store.practice
        store.close()
        if let damage = store.recovery.damage {
            CLIOutput.err("warning: exporting what is before the damage: \(damage)")
        }
        // A read-only open leaves an unreadable tail in place: a write a crash interrupted looks the same on disk as
        // a bit flipped in the last record, so the export says what it left out rather than staying silent.
        for note in store.recovery.notes { CLIOutput.err("warning: \(note)") }
        let now = clock.now
        if let out {
            do {
                try ExportFile.writeAtomically(to: out) { sink in
                    try PracticeExport.write(request, practice: practice, now: now, to: sink)
                }
            } catch {
                CLIOutput.err("error: \(error)")
                throw ExitCode(1)
            }
        } else {
            do {
                let stdout = FileOutput(fd: STDOUT_FILENO)
                if isatty(STDOUT_FILENO) == 1 {
                    // Read by a person: control, bidi and zero-width characters made visible (escaped in JSON).
                    let safe = TerminalSafeExport(format: request.format, sink: stdout.write)
                    try PracticeExport.write(request, practice: practice, now: now, to: safe.write)
                    try safe.finish()
                } else {
                    try PracticeExport.write(request, practice: practice, now: now, to: stdout.write)
                }
            } catch {
                CLIOutput.err("error: could not write to stdout: \(error)")
                throw ExitCode(1)
            }
        }
        finish(closing: store, status: 0)
    }

    /// The options as one request, refused (exit 2) before the folder is opened when they do not fit the format.
    private func exportRequest() throws -> ExportRequest {
        guard let kind = ExportRequest.Format(rawValue: format) else {
            let known = ExportRequest.Format.allCases.map(\.rawValue) + ["x12-837"]
            CLIOutput.err("error: export format '\(format)' is not one of \(known.joined(separator: ", "))")
            throw ExitCode(2)
        }
        var request = ExportRequest(format: kind, fullNames: full)
        do {
            request.table = try table.map { name in
                guard let table = CSVTable(rawValue: name) else {
                    let known = CSVTable.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ExportOptionError("--table '\(name)' is not one of \(known)")
                }
                return table
            }
            request.provider = try provider.map { word in
                guard let id = StaffID(word) else { throw ExportOptionError("--provider '\(word)' is not a staff ID") }
                return id
            }
            request.from = try from.map { try day($0, "--from") }
            request.to = try to.map { try day($0, "--to") }
        } catch let error as ExportOptionError {
            CLIOutput.err("error: \(error.text)")
            throw ExitCode(2)
        }
        if let problem = request.problem {
            CLIOutput.err("error: \(problem)")
            throw ExitCode(2)
        }
        return request
    }

    private func day(_ text: String, _ option: String) throws -> LocalDate {
        guard let day = LocalDate(text) else { throw ExportOptionError("\(option) '\(text)' is not a YYYY-MM-DD date") }
        return day
    }

    private struct ExportOptionError: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }
}
