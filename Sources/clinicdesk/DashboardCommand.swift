import ArgumentParser
import ClinicDeskApp
import ClinicDomain
import ClinicStore
import Foundation
import TerminalKit

/// `clinicdesk [--demo] [--data DIR] [--theme NAME] [--user NAME] [--read-only] [--kiosk] [--config FILE]`: the
/// dashboard. This terminal's preferences come from config.toml (`DeskConfig`); a flag given wins over the file.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default)."
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Open a generated demo practice for today (kept in its own folder, shared by every --demo terminal).")
    var demo = false

    @Option(help: "Theme: default, high-contrast, monochrome, dark, light, or a path to a .toml file.")
    var theme: String?

    @Option(help: "This terminal's preferences (default: $XDG_CONFIG_HOME/clinicdesk/config.toml).")
    var config: String?

    @Option(help: "Lock the screen after this many idle minutes (1–60; 0 never, only for a folder without accounts).")
    var lockMinutes: Int?

    @Option(help: "Who is at this terminal (every change is stamped with it). Default: the login name.")
    var user: String?

    @Flag(help: "Open without the right to change anything.")
    var readOnly = false

    @Flag(help: "A waiting-room display: read-only, names masked to initials, no sign-in.")
    var kiosk = false

    @Flag(
        inversion: .prefixedNo,
        help: "Report clicks and the wheel to the dashboard (--no-mouse: the terminal keeps its own selection).")
    var mouse: Bool?

    @Flag(
        inversion: .prefixedNo,
        help: "Accessible mode: ASCII only, no alternate screen, statuses in words (for screen readers).")
    var plain: Bool?

    /// Starts the dashboard's clock at this ISO-8601 instant (or `CLINICDESK_NOW`); it then runs at real speed, or
    /// `CLINICDESK_CLOCK_RATE` times that (tests and demos at any hour, at any pace).
    @Option(help: .hidden)
    var now: String?

    func run() throws {
        let commandClock = try CommandClock.resolve(now: now)
        let clock: @Sendable () -> Date = { commandClock.now }
        let preferences = try Self.preferences(
            config: config, lockMinutes: lockMinutes, theme: theme, mouse: mouse, plain: plain)
        let folder = try demo ? Self.prepareDemoFolder(now: clock()) : data.folder
        let store: Store
        do {
            store = try Store.open(folder: folder, mode: readOnly || kiosk ? .readOnly : .readWrite)
        } catch {
            CLIOutput.err("clinicdesk: \(error)")
            if case .noSuchFolder = error, !demo { CLIOutput.err("(or try a demo practice: clinicdesk --demo)") }
            throw ExitCode(1)
        }
        defer { store.close() }
        // Checked before the screen opens, so a wrong PIN in the environment is said on stderr, not hidden.
        let signedIn = try Self.presetSignIn(user: user, practice: store.practice, kiosk: kiosk)
        let lockAfter: TimeInterval?
        do throws(DeskConfigError) {
            lockAfter = try preferences.lockAfter(hasAccounts: store.practice.hasAccounts)
        } catch {
            CLIOutput.err("clinicdesk: \(error)")
            throw ExitCode(2)
        }

        let searchPaths = Self.themeSearchPaths()
        let chosenTheme: Theme
        let themeName = preferences.themePath ?? "default"
        do {
            chosenTheme =
                themeName.hasSuffix(".toml")
                ? try Theme.load(file: themeName)
                : try Theme.load(named: themeName, searchPaths: searchPaths)
        } catch {
            // A theme named by the file is blamed on its line, as any other mistake in it.
            let place = preferences.themeLine.map { "\(preferences.file ?? "config.toml"):\($0): theme: " } ?? ""
            CLIOutput.err("clinicdesk: \(place)\(error)")
            throw ExitCode(2)
        }
        let terminal: NcursesTerminal
        do throws(TerminalError) {
            terminal = try NcursesTerminal(
                theme: chosenTheme,
                colorMode: ColorMode.fromEnvironment(ProcessInfo.processInfo.environment),
                options: TerminalOptions(mouse: preferences.mouse ?? true, plain: preferences.plain ?? false))
        } catch {
            let elsewhere =
                error.reason == .unusableTerminal
                ? ". `clinicdesk day` and `clinicdesk exec` print plain text and work in any terminal." : ""
            CLIOutput.err("clinicdesk: \(error)" + elsewhere)
            throw ExitCode(2)
        }
        let (keymap, keyNotices) = Self.keymap()
        let app = DashboardApp(
            terminal: terminal, source: StorePracticeSource(store: store),
            user: user ?? Self.loginName(), theme: terminal.theme, themeSearchPaths: searchPaths,
            now: clock, keymap: keymap, notices: keyNotices,
            desk: DeskOptions(
                authority: PracticeSignIn(), lockAfter: lockAfter, readOnly: readOnly, kiosk: kiosk, signedIn: signedIn,
                signInHint: demo ? Self.demoSignInHint : nil))
        if let path = CommandHistoryFile.path(environment: ProcessInfo.processInfo.environment) {
            app.keepHistory(in: path)
        }
        let status = app.run()
        // The screen is restored by now; what came back while quitting is said where it can still be read.
        for note in app.closingNotes { CLIOutput.err("note: \(note)") }
        finish(closing: store, status: status)
    }

    /// config.toml (or `--config FILE`) with the flags given laid over it; a mistake in the file stops here, before
    /// the screen opens, with `config.toml:LINE:` on stderr.
    static func preferences(
        config: String?, lockMinutes: Int?, theme: String?, mouse: Bool?, plain: Bool?
    ) throws -> DeskConfig {
        if let lockMinutes, !(0...DeskConfig.maxLockMinutes).contains(lockMinutes) {
            throw ValidationError("--lock-minutes must be 0–\(DeskConfig.maxLockMinutes), not \(lockMinutes)")
        }
        let path = config ?? DeskConfig.defaultPath(environment: ProcessInfo.processInfo.environment)
        do throws(DeskConfigError) {
            return try DeskConfig.load(path: path, required: config != nil)
                .overridden(lockMinutes: lockMinutes, theme: theme, mouse: mouse, plain: plain)
        } catch {
            CLIOutput.err("clinicdesk: \(error)")
            throw ExitCode(2)
        }
    }

    /// The standard keys with the user's keys file applied; a file with a mistake is refused whole, and the
    /// sentence saying where goes to the status line (stderr is hidden behind the dashboard).
    static func keymap() -> (Keymap, notices: [String]) {
        let path = KeymapFile.defaultPath(environment: ProcessInfo.processInfo.environment)
        do {
            return (try KeymapFile.load(path: path), [])
        } catch {
            return (.standard, [error.description])
        }
    }

    /// `--demo` keeps one folder per day so every `--demo` terminal that day shares it (and sees the others'
    /// changes), while tomorrow's demo starts from a practice generated for tomorrow.
    static func prepareDemoFolder(now: Date) throws -> String {
        let zone = TimeZone.current
        let today = PracticeClock(timeZone: zone).day(of: now)
        let parent = (Store.defaultFolder as NSString).deletingLastPathComponent
        let folder = "\(parent)/clinicdesk-demo/\(today)"
        if !FileManager.default.fileExists(atPath: "\(folder)/FORMAT") {
            // With one account per role, so the demo opens on the sign-in screen as a real folder would.
            var practice = try DemoSource.practice(size: "small", seed: 42, today: today.description, now: now)
            try DemoAccounts.add(to: &practice)
            do {
                try FileManager.default.createDirectory(
                    atPath: "\(parent)/clinicdesk-demo", withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
                try Store.create(folder: folder, initial: practice)
            } catch {
                CLIOutput.err("clinicdesk: could not write the demo practice to \(folder): \(error)")
                throw ExitCode(1)
            }
        }
        return folder
    }

    /// Themes are looked up beside the working directory (a checkout), beside the installed binary, and in the
    /// user's config; the default theme is also compiled in.
    static func themeSearchPaths() -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return [
            FileManager.default.currentDirectoryPath + "/themes",
            executable.appendingPathComponent("../share/clinicdesk/themes").standardized.path,
            executable.appendingPathComponent("../../../themes").standardized.path,
            "\(home)/.config/clinicdesk/themes",
        ]
    }

    /// `--user LOGIN` with the PIN in `CLINICDESK_PIN` signs in before the dashboard opens (scripts, tests, a
    /// terminal started by a launcher); without the variable the sign-in screen asks, with LOGIN chosen.
    static let pinVariable = PinInput.environmentVariable
    static let demoSignInHint = "Demo practice: every account's PIN is \(DemoAccounts.pin)."

    static func presetSignIn(user: String?, practice: Practice, kiosk: Bool) throws -> String? {
        guard practice.hasAccounts, !kiosk, let user,
            let pin = ProcessInfo.processInfo.environment[Self.pinVariable]
        else { return nil }
        switch AccountSignIn.verify(login: user, pin: pin, in: practice) {
        case .signedIn(let account):
            return account.login
        case let outcome:
            CLIOutput.err("clinicdesk: \(outcome.sentence) (the PIN came from \(Self.pinVariable))")
            throw ExitCode(2)
        }
    }

    static func loginName() -> String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "desk"
    }
}
