import ArgumentParser
import ClinicDomain
import ClinicStore
import ClinicX12
import Foundation

/// `clinicdesk import --format era FILE`: read an ASC X12 835 remittance, print its reconciliation, and post it as
/// one atomic group (or, with --dry-run, post nothing). A malformed file is refused whole, naming the segment.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Post an 835 remittance (ERA): print its reconciliation, then post it (or --dry-run).",
        discussion: """
            Exit status: 0 when posted (or the dry run read the file), 1 when the file or the posting was refused,
            2 when the folder could not be opened. The same remittance (trace number and payer) twice posts nothing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case era }

    @OptionGroup var data: DataOptions

    @Option(help: "What the file holds: era (an ASC X12 835 remittance, 005010X221A1).")
    var format: Format

    @Flag(help: "Print the reconciliation and post nothing.")
    var dryRun = false

    @Flag(help: "Post the claims this practice has and list the rest, instead of refusing the whole file.")
    var skipUnmatched = false

    @OptionGroup var signIn: SignInOptions

    @Option(help: .hidden)
    var now: String?

    @Argument(help: "The 835 file.")
    var file: String

    /// Larger than any practice's remittance (a big payer's weekly 835 runs to a few MB).
    static let maximumBytes = 64 << 20

    func run() throws {
        let name = (file as NSString).lastPathComponent
        let remittance: Remittance
        do {
            remittance = try ERAFile.read(path: file, maximumBytes: Self.maximumBytes)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(1)
        }
        let clock = try now.map { try CommandClock(start: parseInstant($0), rate: 0) } ?? CommandClock.resolve(now: nil)
        var options = Store.Options()
        options.tail = false
        options.snapshotOnClose = false
        let store: Store
        do {
            store = try Store.open(folder: data.folder, mode: dryRun ? .readOnly : .readWrite, options: options)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        for note in store.recovery.notes { CLIOutput.err("note: \(note)") }
        let actor = SignIn.actor(signIn, store: store)
        let report = RemittanceReport(remittance, practice: store.practice)
        CLIOutput.out("\(name): \(remittance.transactions.count) remittance(s), \(report.lines.count - 1) line(s)")
        for line in report.lines { CLIOutput.out(line) }
        guard !dryRun else {
            CLIOutput.out("dry run: nothing posted")
            finish(closing: store, status: 0)
        }
        let posts = RemittancePosting.posts(remittance, skipUnmatched: skipUnmatched)
        do {
            let receipt = try store.execute(.postRemittances(posts), actor: actor, now: clock.now)
            CLIOutput.out("ok \(receipt.seq) posted \(name)")
            finish(closing: store, status: 0)
        } catch {
            CLIOutput.err("error: \(name): \(error)")
            finish(closing: store, status: 1)
        }
    }
}
