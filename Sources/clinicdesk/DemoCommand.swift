import ArgumentParser
import ClinicDemo
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk demo`: write a demo practice into a data folder (FORMAT + an initial snapshot, durably).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a demo practice into a data folder."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "small or large (20 providers, one year).")
    var size: String = "small"

    @Option(help: "Random seed: the same seed and day give the same practice.")
    var seed: UInt64 = 1

    @Option(help: "The demo's today, YYYY-MM-DD (default: today).")
    var today: String?

    @Flag(help: "Replace an existing store in the folder.")
    var force = false

    func validate() throws {
        guard size == "small" || size == "large" else { throw ValidationError("--size is small or large, not '\(size)'") }
        if let today, LocalDate(today) == nil { throw ValidationError("--today wants YYYY-MM-DD, not '\(today)'") }
    }

    func run() throws {
        let practice = DemoSource.practice(size: size, seed: seed, today: today)
        do {
            try Store.create(folder: data.folder, initial: practice, replacing: force)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(1)
        }
        CLIOutput.out("wrote a \(size) demo practice to \(data.folder)")
    }
}

/// The one spot that builds the demo practice.
enum DemoSource {
    static func practice(size: String, seed: UInt64, today: String?) -> Practice {
        // ── DEMO: replace with `DemoPractice.generate(size: size == "large" ? .large : .small, seed: seed,
        //    today: day, timeZone: zone)` once ClinicDemo lands on main. Until then: an empty practice. ──
        _ = (size, seed, today)
        return Practice(settings: PracticeSettings(name: "Demo Practice", timeZoneID: "America/New_York"))
    }
}
