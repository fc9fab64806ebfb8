import Foundation

/// Accounts (Security/): adding them, their PINs, roles and active flag; and the authorization every command
/// passes once a folder has accounts. The rules: logins are unique; an account's staff member exists and is
/// active; the first account is a manager (anyone may add it); afterwards only a manager manages accounts, except
/// that everyone may change their own PIN; the last active manager can be neither disabled nor demoted.
extension Practice {
    /// Refuses a command the actor's account may not give. An open folder (no accounts) allows everything.
    func authorize(_ command: Command, actor: String) throws(DomainError) {
        guard hasAccounts else { return }
        guard let account = account(actor) else {
            throw DomainError("Sign in first: this folder has accounts and '\(actor)' is not one of them.")
        }
        guard account.active else {
            throw DomainError("The account '\(account.login)' is disabled; a manager can enable it.")
        }
        guard account.role != .manager else { return }
        let permission = RoleTable.permission(for: command)
        guard RoleTable.permits(account.role, command) else {
            throw DomainError(RoleTable.refusal(permission, account: account))
        }
        let acting = RoleTable.ownStaff(of: command)
        if let acting, acting != account.staff {
            throw DomainError(RoleTable.refusal(permission, roles: [.manager], account: account))
        }
        if case .setPin(let login, _) = command, login.lowercased() != account.login {
            throw DomainError(RoleTable.refusal(permission, roles: [.manager], account: account))
        }
    }

    func validateAddAccount(_ new: NewAccount) throws(DomainError) -> [Change] {
        let login = new.login.lowercased()
        if let problem = Account.loginProblem(login) { throw DomainError("The \(problem).") }
        guard accounts[login] == nil else { throw DomainError("There is already an account '\(login)'.") }
        var role = new.role
        if let id = new.staff {
            let member = try require(id)
            guard member.active else { throw DomainError("\(id) (\(member.fullName)) is deactivated.") }
            role = role ?? Role(defaultFor: member.role)
        }
        // The first account opens the folder's sign-in: it must be able to manage the rest.
        if !hasAccounts { role = .manager }
        guard let role else { throw DomainError("An account without a staff member needs a role.") }
        try checkPin(new.pin)
        return [.accountAdded(Account(login: login, staff: new.staff, role: role, pin: new.pin))]
    }

    func validateSetPin(_ login: String, _ pin: PinHash, actor: String) throws(DomainError) -> [Change] {
        var account = try requireAccount(login)
        try checkPin(pin)
        account.pin = pin
        // A PIN someone else set is a temporary one.
        account.mustChangePin = hasAccounts && account.login != actor.lowercased()
        return [.accountChanged(account)]
    }

    func validateSetAccountRole(_ login: String, _ role: Role) throws(DomainError) -> [Change] {
        var account = try requireAccount(login)
        guard account.role != role else { throw DomainError("\(account.login) is already a \(role.noun).") }
        if account.role == .manager, account.active { try keepsAManager(account, "demoted") }
        account.role = role
        return [.accountChanged(account)]
    }

    func validateSetAccountActive(_ login: String, active: Bool) throws(DomainError) -> [Change] {
        var account = try requireAccount(login)
        guard account.active != active else {
            throw DomainError("\(account.login) is already \(active ? "enabled" : "disabled").")
        }
        if !active, account.role == .manager { try keepsAManager(account, "disabled") }
        if active, let id = account.staff, let member = staff[id], !member.active {
            throw DomainError("\(id) (\(member.fullName)) is deactivated: reactivate them first.")
        }
        account.active = active
        return [.accountChanged(account)]
    }

    private func keepsAManager(_ account: Account, _ what: String) throws(DomainError) {
        guard activeManagers.contains(where: { $0.login != account.login }) else {
            throw DomainError(
                "\(account.login) is the last active manager and cannot be \(what): make another account a "
                    + "manager first.")
        }
    }

    private func requireAccount(_ login: String) throws(DomainError) -> Account {
        guard let account = account(login) else { throw DomainError("There is no account '\(login)'.") }
        return account
    }

    private func checkPin(_ pin: PinHash) throws(DomainError) {
        guard !pin.scheme.isEmpty, !pin.hash.isEmpty, !pin.salt.isEmpty else {
            throw DomainError("The PIN hash is empty: PINs are hashed before they are recorded.")
        }
    }
}
