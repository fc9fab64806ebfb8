import ArgumentParser
import ClinicStore
import Foundation

/// `clinicdesk check [--repair]`: what is wrong with a data folder (file, byte offset, seq), and the fix.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every snapshot and journal record; --repair fixes what it can, keeping a copy.",
        discussion: "Exit status: 0 healthy (or repaired), 1 problems found, 2 the folder could not be read."
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Cut damaged journal tails and set damaged files aside in repair-<timestamp>/ (nothing is deleted).")
    var repair = false

    func run() throws {
        let report: CheckReport
        do {
            report = repair ? try StoreCheck.repair(folder: data.folder, now: Date())
                            : try StoreCheck.check(folder: data.folder)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        for line in report.fine { CLIOutput.out("ok: \(line)") }
        for problem in report.problems { CLIOutput.out("problem: \(problem)") }
        for action in report.actions { CLIOutput.out("repaired: \(action)") }
        if report.isHealthy {
            CLIOutput.out("\(data.folder): healthy")
        } else if !repair {
            CLIOutput.out("\(data.folder): \(report.problems.count) problem(s); run `clinicdesk check --repair --data \(data.folder)`")
            throw ExitCode(1)
        }
    }
}
