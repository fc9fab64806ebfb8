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

    @Option(
        help: ArgumentHelp(
            "The practice's IANA time zone (default: America/New_York, where the demo practice is).", valueName: "ZONE")
    )
    var timeZone: String?

    @Flag(help: "Give the demo sign-in accounts, one per role, all with PIN \(DemoAccounts.pin) (see `user list`).")
    var accounts = false

    @Option(help: .hidden)
    var now: String?

    func validate() throws {
        guard size == "small" || size == "large" else {
            throw ValidationError("--size is small or large, not '\(size)'")
        }
        if let today, LocalDate(today) == nil { throw ValidationError("--today wants YYYY-MM-DD, not '\(today)'") }
    }

    func run() throws {
        let clock = try CommandClock.resolve(now: now)
        var practice = try DemoSource.practice(
            size: size, seed: seed, today: today,
            now: clock.isMoved ? clock.now : nil, timeZoneID: timeZone)
        if accounts { try DemoAccounts.add(to: &practice) }
        do {
            try Store.create(folder: data.folder, initial: practice, replacing: force)
        } catch {
            CLIOutput.err("error: \(error.sentence(.create))")
            throw ExitCode(1)
        }
        CLIOutput.out("wrote a \(size) demo practice to \(data.folder)")
        if accounts {
            let logins = practice.sortedAccounts.map { "\($0.login) (\($0.role.rawValue))" }
            CLIOutput.out("accounts, PIN \(DemoAccounts.pin): " + logins.joined(separator: ", "))
        }
    }
}

/// The one spot that builds the demo practice: for `clinicdesk demo` and `clinicdesk --demo`.
enum DemoSource {
    /// `today` defaults to the practice's today; `now` to the real clock on that day (so flow states match the
    /// wall clock the receptionist sees); the zone to New York's (the demo practice's address) unless named —
    /// never the machine's, so the same command gives the same practice on any server.
    static func practice(
        size: String, seed: UInt64, today: String?, now: Date? = nil,
        timeZoneID: String? = nil
    ) throws -> Practice {
        let zone = try timeZone(timeZoneID)
        let clock = PracticeClock(timeZone: zone)
        let realNow = now ?? Date()
        let day = today.flatMap(LocalDate.init) ?? clock.day(of: realNow)
        let instant = now ?? clock.instant(day, clock.timeOfDay(of: realNow))
        return DemoPractice.generate(
            size: size == "large" ? .large : .small, seed: seed, today: day, now: instant,
            timeZone: zone)
    }

    /// The demo practice is in Albany, New York.
    static let defaultZoneID = "America/New_York"

    static func timeZone(_ identifier: String?) throws -> TimeZone {
        guard let identifier else { return TimeZone(identifier: defaultZoneID) ?? .gmt }
        guard let zone = TimeZone(identifier: identifier) else {
            throw ValidationError("--time-zone '\(identifier)' is not an IANA time zone (like America/New_York)")
        }
        return zone
    }
}
