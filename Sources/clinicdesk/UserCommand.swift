import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk user …`: the folder's sign-in accounts. The first `user add` on a folder without accounts needs no
/// sign-in and makes a manager; after that every `user` command signs in (`SignIn`) and the role table decides.
/// PINs are read without echo (or with --pin-stdin) and stored only as scrypt hashes.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage sign-in accounts: add, pin, role, disable, enable, list.",
        discussion: """
            Exit status: 0 done, 1 refused by the rules (the sentence says why), 2 the folder could not be opened \
            or signing in failed. With --pin-stdin, PINs are stdin lines in order: the sign-in PIN (unless \
            CLINICDESK_PIN is set or this is the folder's first account), then the new PIN twice.
            """,
        subcommands: [
            UserAdd.self, UserPin.self, UserRole.self, UserDisable.self, UserEnable.self, UserList.self,
        ]
    )
}

/// What every `user` subcommand shares: the folder, signing in, the clock.
struct UserContext: ParsableArguments {
    @OptionGroup var data: DataOptions
    @OptionGroup var signIn: SignInOptions

    @Option(help: .hidden)
    var now: String?

    func openStore(readOnly: Bool = false) throws -> Store {
        var options = Store.Options()
        options.tail = false
        options.snapshotOnClose = false
        do {
            return try Store.open(folder: data.folder, mode: readOnly ? .readOnly : .readWrite, options: options)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
    }

    func instant() throws -> Date {
        try now.map { try parseInstant($0) } ?? CommandClock.resolve(now: nil).now
    }

    /// Runs one command as the signed-in user and ends the process: `ok <seq> [login]`, or the refusal (1).
    func execute(_ command: Command, store: Store, actor: String) throws -> Never {
        do {
            let receipt = try store.execute(command, actor: actor, now: try instant())
            CLIOutput.out("ok \(receipt.seq)" + (receipt.newID.map { " \($0)" } ?? ""))
            finish(closing: store, status: 0)
        } catch let error as StoreError {
            CLIOutput.err("error: \(error)")
            finish(closing: store, status: 1)
        }
    }
}

struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an account for a staff member (the folder's first is a manager).")

    @OptionGroup var context: UserContext

    @Argument(help: "The login: 2-32 of a-z 0-9 . _ -")
    var login: String

    @Option(help: "The staff member, e.g. S-3.")
    var staff: String

    @Option(help: "manager, provider, nurse, receptionist or biller (default: from the staff member's role).")
    var role: String?

    func run() throws {
        let login = self.login.lowercased()
        if let problem = Account.loginProblem(login) { throw ValidationError(problem) }
        guard let staffID = StaffID(staff.uppercased()) else {
            throw ValidationError("--staff wants S-3, not '\(staff)'")
        }
        let parsedRole = try role.map { text in
            guard let role = Role.parse(text) else {
                throw ValidationError("--role '\(text)' is not one of manager, provider, nurse, receptionist, biller")
            }
            return role
        }
        let store = try context.openStore()
        let first = !store.practice.hasAccounts
        // The first account opens sign-in: whoever creates it is that account.
        let actor = first ? login : SignIn.actor(context.signIn, store: store)
        let hash = try newPinHash(for: login, store: store)
        if first { CLIOutput.err("note: \(login) is the folder's first account, so it is a manager") }
        try context.execute(
            .addAccount(NewAccount(login: login, staff: staffID, role: parsedRole, pin: hash)),
            store: store, actor: actor)
    }

    func newPinHash(for login: String, store: Store) throws -> PinHash {
        do {
            let pin = try PinInput.readNew(for: login, fromStdin: context.signIn.pinStdin)
            return try PinHasher().hash(pin: pin)
        } catch {
            CLIOutput.err("error: \(error)")
            finish(closing: store, status: 1)
        }
    }
}

struct UserPin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin", abstract: "Set a new PIN (your own, or as a manager anyone's: a temporary one).")

    @OptionGroup var context: UserContext

    @Argument(help: "The login whose PIN changes.")
    var login: String

    func run() throws {
        let store = try context.openStore()
        let actor = SignIn.actor(context.signIn, store: store)
        let hash: PinHash
        do {
            hash = try PinHasher().hash(
                pin: try PinInput.readNew(for: login.lowercased(), fromStdin: context.signIn.pinStdin))
        } catch {
            CLIOutput.err("error: \(error)")
            finish(closing: store, status: 1)
        }
        try context.execute(.setPin(login: login.lowercased(), hash), store: store, actor: actor)
    }
}

struct UserRole: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Change an account's role.")

    @OptionGroup var context: UserContext

    @Argument(help: "The login.")
    var login: String

    @Argument(help: "manager, provider, nurse, receptionist or biller.")
    var role: String

    func run() throws {
        guard let parsed = Role.parse(role) else {
            throw ValidationError("'\(role)' is not one of manager, provider, nurse, receptionist, biller")
        }
        let store = try context.openStore()
        let actor = SignIn.actor(context.signIn, store: store)
        try context.execute(.setAccountRole(login: login.lowercased(), parsed), store: store, actor: actor)
    }
}

struct UserDisable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "The login can no longer sign in or act (history keeps it).")

    @OptionGroup var context: UserContext

    @Argument(help: "The login.")
    var login: String

    func run() throws {
        let store = try context.openStore()
        let actor = SignIn.actor(context.signIn, store: store)
        try context.execute(.setAccountActive(login: login.lowercased(), active: false), store: store, actor: actor)
    }
}

struct UserEnable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "A disabled login may sign in again.")

    @OptionGroup var context: UserContext

    @Argument(help: "The login.")
    var login: String

    func run() throws {
        let store = try context.openStore()
        let actor = SignIn.actor(context.signIn, store: store)
        try context.execute(.setAccountActive(login: login.lowercased(), active: true), store: store, actor: actor)
    }
}

struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The accounts: login, name, role, active (never a PIN or its hash).")

    @OptionGroup var context: UserContext

    func run() throws {
        let store = try context.openStore(readOnly: true)
        _ = SignIn.actor(context.signIn, store: store)
        let practice = store.practice
        if !practice.hasAccounts { CLIOutput.err("note: no accounts: this folder is open (no sign-in)") }
        for account in practice.sortedAccounts {
            let name = account.staff.flatMap { practice.staff[$0]?.fullName } ?? "-"
            CLIOutput.out(fields: [account.login, name, account.role.rawValue, account.active ? "active" : "disabled"])
        }
        finish(closing: store, status: 0)
    }
}
