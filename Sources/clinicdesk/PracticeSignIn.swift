import ClinicDeskApp
import ClinicDomain
import ClinicStore

/// The dashboard's sign-in against the practice's accounts: the active ones are listed, and a PIN is checked
/// against its salted hash by the same `AccountSignIn` the CLI's `--user` uses.
struct PracticeSignIn: SignInAuthority {
    func accounts(in practice: Practice) -> [SignInAccount] {
        practice.sortedAccounts.filter(\.active).map { account in
            let name = account.staff.flatMap { practice.staff[$0] }.map { "\($0.givenName) \($0.familyName)" }
            return SignInAccount(login: account.login, name: name ?? account.login, role: account.role.label)
        }
    }

    func verify(login: String, pin: String, in practice: Practice) -> Bool {
        if case .signedIn = AccountSignIn.verify(login: login, pin: pin, in: practice) { return true }
        return false
    }
}
