import ArgumentParser
import ClinicStore
import Foundation
import Glibc
import TerminalKit

/// The CLI's one way to a terminal: every line any command writes to stdout or stderr comes through here, and
/// everything that comes through here is sanitized (`Sanitizer.clean`: control, bidi and zero-width characters
/// shown as visible escapes), so a value from the data or the command line can neither drive the terminal nor
/// inject a line. `OutputEdgeTests` fails the build's tests on a `print` or a raw write anywhere else in
/// Sources/clinicdesk. The one exception is `export`'s JSON, which is data for a program, not text for a person:
/// `FileOutput` writes it byte for byte, to a file or a pipe, and escapes it (`TerminalSafeExport`) only when stdout
/// is a terminal.
///
/// Unbuffered: an `ok` line must leave the process the moment the command is durable, so a parent that kills us
/// right after reading it has really seen it (the kill -9 tests rely on this).
enum CLIOutput {
    /// One line (no newline of its own: one in `line` is shown as `^J`).
    static func out(_ line: String) { write(1, Sanitizer.clean(line) + "\n") }
    static func err(_ line: String) { write(2, Sanitizer.clean(line) + "\n") }
    /// A prompt on stderr that leaves the cursor on its line (`New PIN for ben: `), sanitized like every line.
    static func prompt(_ text: String) { write(2, Sanitizer.clean(text)) }

    /// One record as tab-separated fields, each sanitized on its own, so a tab or escape inside a field can neither
    /// fake a column nor a line (`day`, `log`).
    static func out(fields: [String]) { write(1, fields.map(Sanitizer.clean).joined(separator: "\t") + "\n") }

    /// Text that is several lines by design (the argument parser's help and usage): the newlines and the tabs of
    /// the layout are kept, every other character is sanitized. Only for text whose line breaks are ours.
    static func text(_ text: String, to fd: Int32) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Sanitizer.clean(String($0)) }
                .joined(separator: "\t")
        }
        write(fd, lines.joined(separator: "\n") + "\n")
    }

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
