import ArgumentParser
import Glibc
import TerminalKit

/// `clinicdesk`: argument parsing only; every subcommand hands over to a library module at once.
@main
struct ClinicDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clinicdesk",
        abstract: "The front office of a medical practice, in a terminal.",
        subcommands: [
            DashboardCommand.self, DemoCommand.self, ExecCommand.self, ExportCommand.self, CheckCommand.self,
            LogCommand.self, DayCommand.self, BenchCommand.self, FrameBenchCommand.self, ExportBenchCommand.self,
            CommandCostCommand.self, ImportCommand.self, UserCommand.self, InitCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    static func main() {
        // A file-size limit (RLIMIT_FSIZE) must surface as EFBIG → "disk full", not kill the process;
        // a closed output pipe must surface as EPIPE, not kill it mid-command.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withSanitized: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, but written through `CLIOutput`: the error sentence (which quotes what
    /// was typed: an unknown option, a bad value) is sanitized as one line, so it can inject neither an escape nor
    /// a line; the help and usage around it keep their layout. Help (a clean exit) goes to stdout, errors to stderr.
    static func exit(withSanitized error: Error) -> Never {
        let code = exitCode(for: error)
        var full = fullMessage(for: error)
        let sentence = message(for: error)
        // A help request's "message" is the whole help: its line breaks are ours, so only `text` cleans it.
        if code != .success, !sentence.isEmpty, let range = full.range(of: sentence) {
            full.replaceSubrange(range, with: Sanitizer.clean(sentence))
        }
        if !full.isEmpty { CLIOutput.text(full, to: code == .success ? 1 : 2) }
        Glibc.exit(code.rawValue)
    }
}
