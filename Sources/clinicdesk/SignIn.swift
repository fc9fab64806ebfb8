import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// Signing in for the CLI's writers (`exec`, `import`, `export --format x12-837`, `user …`). An open folder (no
/// accounts) needs nothing: the actor is `--user`, else $USER, as always. A folder with accounts needs the login
/// (`--user`, else $USER) and its PIN: from `CLINICDESK_PIN`, else with `--pin-stdin` the first line of stdin,
/// else typed at the terminal. A wrong or missing PIN waits (`SignInThrottle`), says so, and exits 2 before
/// anything is written.
struct SignInOptions: ParsableArguments {
    @Option(help: "Who is doing this (the audit trail; the login once the folder has accounts). Default: $USER.")
    var user: String?

    @Flag(help: "Read PINs from stdin, one line each (the sign-in PIN first), instead of the terminal.")
    var pinStdin = false

    var login: String { user ?? ProcessInfo.processInfo.environment["USER"] ?? "cli" }
}

enum SignIn {
    /// Failures this process has seen, per login: a process that asks again (none does today) waits longer.
    nonisolated(unsafe) private static var throttle = SignInThrottle()

    /// The actor to record, once the folder's accounts accept the PIN. Exits 2 (after closing `store`) otherwise.
    static func actor(_ options: SignInOptions, store: Store) -> String {
        let practice = store.practice
        guard practice.hasAccounts else { return options.login }
        switch verify(options, practice: practice) {
        case .success(let account): return account.login
        case .failure(let failure):
            CLIOutput.err("error: \(failure.description)")
            finish(closing: store, status: 2)
        }
    }

    static func verify(_ options: SignInOptions, practice: Practice) -> Result<Account, PinInput.Failure> {
        let login = options.login.lowercased()
        let pin: String
        if let fromEnvironment = ProcessInfo.processInfo.environment[PinInput.environmentVariable] {
            pin = fromEnvironment
        } else {
            do { pin = try PinInput.read(prompt: "PIN for \(login)", fromStdin: options.pinStdin) } catch {
                return .failure(
                    PinInput.Failure(
                        description: "this folder has accounts: sign in with --user LOGIN and the PIN in "
                            + "\(PinInput.environmentVariable) or on stdin with --pin-stdin (\(error))"))
            }
        }
        let outcome = AccountSignIn.verify(login: login, pin: pin, in: practice)
        if case .signedIn(let account) = outcome {
            throttle.recordSuccess(login)
            return .success(account)
        }
        let delay = throttle.recordFailure(login, at: Date())
        Thread.sleep(forTimeInterval: delay)
        return .failure(PinInput.Failure(description: "\(outcome.sentence) Nothing changed."))
    }
}
