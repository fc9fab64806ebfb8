import ArgumentParser
import ClinicStore
import Foundation

/// `clinicdesk check [--repair [--salvage]]`: what is wrong with a data folder (file, byte offset, seq), and the fix.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every snapshot and journal record; --repair fixes what it can, keeping a copy.",
        discussion: """
            Exit status: 0 healthy (or repaired), 1 problems found (or the repaired folder still does not open: \
            the output says which file to restore), 2 the folder could not be read (the message says what to fix; \
            --repair would not help).
            """
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Cut damaged journal tails and set damaged files aside in repair-<timestamp>/ (nothing is deleted).")
    var repair = false

    @Flag(
        help: "With --repair: re-append the valid events after the damage that still apply, listing those that do not.")
    var salvage = false

    func validate() throws {
        if salvage && !repair {
            throw ValidationError("--salvage goes with --repair: clinicdesk check --repair --salvage")
        }
    }

    func run() throws {
        let report: CheckReport
        let now = try CommandClock.resolve(now: nil).now
        do throws(StoreError) {
            report =
                repair
                ? try StoreCheck.repair(folder: data.folder, now: now, salvage: salvage)
                : try StoreCheck.check(folder: data.folder)
        } catch {
            CLIOutput.err("error: \(error.sentence(repair ? .repair : .reading))")
            throw ExitCode(2)
        }
        for line in report.fine { CLIOutput.out("ok: \(line)") }
        for problem in report.problems { CLIOutput.out("problem: \(problem)") }
        for action in report.actions { CLIOutput.out("repaired: \(action)") }
        for line in report.dropped { CLIOutput.out("dropped: \(line)") }
        if let stillBroken = report.stillBroken {
            CLIOutput.out("not repaired: \(stillBroken)")
            throw ExitCode(1)
        }
        if report.isHealthy {
            CLIOutput.out("\(data.folder): healthy")
        } else if !repair {
            let salvageHint =
                report.problems.contains { $0.kind == .corruption || $0.kind == .seqGap }
                ? " (add --salvage to keep the valid events after the damage that still apply)" : ""
            CLIOutput.out(
                "\(data.folder): \(report.problems.count) problem(s); "
                    + "run `clinicdesk check --repair --data \(data.folder)`\(salvageHint)")
            throw ExitCode(1)
        }
    }
}
