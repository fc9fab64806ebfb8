extension Practice {
    /// The account signed in as `login` (any case), active or not.
    public func account(_ login: String) -> Account? { accounts[login.lowercased()] }

    /// False: an open folder (no sign-in, every command allowed to anyone), as every folder was before accounts.
    public var hasAccounts: Bool { !accounts.isEmpty }

    /// Accounts by login.
    public var sortedAccounts: [Account] { accounts.values.sorted { $0.login < $1.login } }

    /// Active managers: there is always at least one once a folder has accounts.
    var activeManagers: [Account] { accounts.values.filter { $0.active && $0.role == .manager } }
}
