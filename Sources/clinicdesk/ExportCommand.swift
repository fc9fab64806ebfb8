import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation
import Glibc

/// `clinicdesk export --format json`: the whole state in a stable order (sorted keys, rows in ID order), so two
/// folders with the same history export byte-identical files. Streamed by `PracticeJSON` in 64 KiB chunks: the
/// document is never held whole (the large practice's is ~165 MiB).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole state (json) to stdout or a file, or the ready claims as an 837P (x12-837)."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "json, or x12-837 (the ready claims as an 837P file; they are marked submitted once it is on disk).")
    var format: String = "json"

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
        if format == "x12-837" {
            let clock =
                try now.map { try CommandClock(start: parseInstant($0), rate: 0) } ?? CommandClock.resolve(now: nil)
            let status = ClaimFileExport.run(
                folder: data.folder, selection: claims, out: out, late: late, testUsage: testFile, signIn: signIn,
                now: clock.now)
            if status != 0 { throw ExitCode(status) }
            return
        }
        guard format == "json" else {
            CLIOutput.err("error: export format '\(format)' is not one of json, x12-837")
            throw ExitCode(2)
        }
        let store = try openForReading(data)
        let practice = store.practice
        store.close()
        if let damage = store.recovery.damage {
            CLIOutput.err("warning: exporting what is before the damage: \(damage)")
        }
        // A read-only open leaves an unreadable tail in place: a write a crash interrupted looks the same on disk as
        // a bit flipped in the last record, so the export says what it left out rather than staying silent.
        for note in store.recovery.notes { CLIOutput.err("warning: \(note)") }
        if let out {
            try Self.writeAtomically(practice, to: out)
        } else {
            do {
                let stdout = FileOutput(fd: STDOUT_FILENO)
                if isatty(STDOUT_FILENO) == 1 {
                    // Read by a person: the same JSON value, its control, bidi and zero-width characters escaped.
                    let safe = TerminalSafeJSON(sink: stdout.write)
                    try PracticeJSON.write(practice, to: safe.write)
                    try safe.finish()
                } else {
                    try PracticeJSON.write(practice, to: stdout.write)
                }
            } catch {
                CLIOutput.err("error: could not write to stdout: \(error)")
                throw ExitCode(1)
            }
        }
        finish(closing: store, status: 0)
    }

    /// Temp file beside the target (0600), streamed, fsync'd, renamed over it: readers see the old file or the new.
    static func writeAtomically(_ practice: Practice, to out: String) throws {
        let temp = out + ".tmp-\(getpid())"
        do {
            let file = try FileOutput.createPrivate(temp)
            do {
                try PracticeJSON.write(practice, to: file.write)
            } catch {
                close(file.fd)
                throw error
            }
            try file.syncAndClose()
        } catch {
            unlink(temp)
            CLIOutput.err("error: could not write \(temp): \(error)")
            throw ExitCode(1)
        }
        guard rename(temp, out) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            CLIOutput.err("error: could not rename \(temp) to \(out): \(reason)")
            throw ExitCode(1)
        }
    }
}
