/// Account verbs that carry no PIN (a PIN is never typed into a command line: `clinicdesk user add` and
/// `user pin` read it from the terminal without echo, hash it, and send the hash).
extension CommandLanguage {
    static let accountSyntax: [Syntax] = [
        Syntax(
            usage: "user role ben receptionist",
            summary: "change an account's role (manager, provider, nurse, receptionist, biller)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let login = try loginWord(try args.word(0, "a login"))
            let w = try args.word(1, "a role")
            guard let role = Role.parse(w.text) else {
                throw CommandParseError(
                    "'\(w.text)' is not a role (manager, provider, nurse, receptionist, biller)", column: w.column)
            }
            try args.finish(positionalCount: 2)
            return .setAccountRole(login: login, role)
        },
        Syntax(usage: "user disable ben", summary: "the login can no longer sign in or act", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let login = try loginWord(try args.word(0, "a login"))
            try args.finish(positionalCount: 1)
            return .setAccountActive(login: login, active: false)
        },
        Syntax(usage: "user enable ben", summary: "a disabled login may sign in again", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let login = try loginWord(try args.word(0, "a login"))
            try args.finish(positionalCount: 1)
            return .setAccountActive(login: login, active: true)
        },
    ]

    static func loginWord(_ w: CommandWord) throws(CommandParseError) -> String {
        let login = w.text.lowercased()
        if let problem = Account.loginProblem(login) { throw CommandParseError(problem, column: w.column) }
        return login
    }
}
