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
        abstract: "Write the whole state (json) to stdout or a file."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "json (csv, ics, fhir and x12-837 come with the interop module).")
    var format: String = "json"

    @Option(help: "Write here (atomically, mode 0600) instead of stdout.")
    var out: String?

    func run() throws {
        guard format == "json" else {
            CLIOutput.err("error: export format '\(format)' is not available yet; use --format json")
            throw ExitCode(2)
        }
        let store = try openForReading(data)
        let practice = store.practice
        store.close()
        if let damage = store.recovery.damage {
            CLIOutput.err("warning: exporting what is before the damage: \(damage)")
        }
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
