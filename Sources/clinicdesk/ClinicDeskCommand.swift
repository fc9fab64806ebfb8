import ArgumentParser
import Glibc

/// `clinicdesk`: argument parsing only; every subcommand hands over to a library module at once.
@main
struct ClinicDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clinicdesk",
        abstract: "The front office of a medical practice, in a terminal.",
        subcommands: [
            DashboardCommand.self, DemoCommand.self, ExecCommand.self, ExportCommand.self, CheckCommand.self,
            LogCommand.self, DayCommand.self, BenchCommand.self, FrameBenchCommand.self, ExportBenchCommand.self,
            CommandCostCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    static func main() {
        // A file-size limit (RLIMIT_FSIZE) must surface as EFBIG → "disk full", not kill the process;
        // a closed output pipe must surface as EPIPE, not kill it mid-command.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
