import ArgumentParser
import ClinicStore
import Foundation
import Glibc

/// Unbuffered line output: an `ok` line must leave the process the moment the command is durable, so a
/// parent that kills us right after reading it has really seen it (the kill -9 tests rely on this).
enum CLIOutput {
    static func out(_ line: String) { write(1, line + "\n") }
    static func err(_ line: String) { write(2, line + "\n") }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in Glibc.write(fd, raw.baseAddress! + done, raw.count - done) }
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
        bytes.removeAll()
    }
}

/// Opens a data folder read-only for a one-shot reader (no tailing); a folder that cannot be opened is said on
/// stderr and ends the command with status 2.
func openForReading(_ data: DataOptions) throws -> Store {
    var options = Store.Options()
    options.tail = false
    do {
        return try Store.open(folder: data.folder, mode: .readOnly, options: options)
    } catch {
        CLIOutput.err("error: \(error)")
        throw ExitCode(2)
    }
}

/// `--data DIR`, shared by every subcommand that touches a data folder.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder (default: $XDG_DATA_HOME/clinicdesk or ~/.local/share/clinicdesk).",
            valueName: "DIR"))
    var data: String?

    var folder: String { data ?? Store.defaultFolder }
}

/// Parses `--now` or `CLINICDESK_NOW` (hidden; tests fix the clock with it) as ISO-8601.
func parseInstant(_ text: String?, from source: String = "--now") throws -> Date {
    guard let text else { return Date() }
    let formatter = ISO8601DateFormatter()
    guard let date = formatter.date(from: text) else {
        throw ValidationError("\(source) wants an ISO-8601 instant such as 2026-11-24T14:00:00Z, not '\(text)'")
    }
    return date
}

/// Closes the store, says on stderr what closing noticed (a snapshot that could not be written), and ends the
/// process at once. Freeing a large practice row by row (200k allocations) costs more than the rest of a one-shot
/// command; the kernel drops the pages in one go.
func finish(closing store: Store, status: Int32) -> Never {
    store.close()
    for note in store.takeNotes() { CLIOutput.err("note: \(note)") }
    exit(status)
}
