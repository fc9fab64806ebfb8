import Foundation

/// A credential near or past its expiry, with the warning window it has entered.
public struct ExpiringCredential: Sendable, Equatable {
    /// Nil: the practice's own (CLIA).
    public var staff: Staff?
    public var credential: Credential
    public var daysLeft: Int
    /// The smallest warning window (90, 60, 30 days) it is inside; 0 once expired.
    public var window: Int

    public init(staff: Staff?, credential: Credential, daysLeft: Int, window: Int) {
        self.staff = staff; self.credential = credential; self.daysLeft = daysLeft; self.window = window
    }

    public var isExpired: Bool { daysLeft < 0 }
    /// "S-2 Dr Patel" or "the practice".
    public var ownerName: String { staff.map { "\($0.displayName)" } ?? "the practice" }

    /// "State licence NY 12345 expired 3d ago", "DEA expires today", "BLS expires in 58 days".
    public var message: String {
        let what = credential.title
        if daysLeft < 0 { return "\(what) expired for \(ownerName) \(-daysLeft)d ago" }
        if daysLeft == 0 { return "\(what) expires today for \(ownerName)" }
        return "\(what) expires for \(ownerName) in \(daysLeft) days"
    }
}

extension Practice {
    /// Every credential of active staff and of the practice within the widest warning window of `today` (or
    /// expired, windows or none), soonest first. The windows come from the settings (90, 60 and 30 days unless
    /// changed).
    public func expiringCredentials(today: LocalDate) -> [ExpiringCredential] {
        let windows = settings.credentialWarningWindows.sorted()
        // With no warning windows configured, what has expired is still listed.
        let widest = windows.last ?? -1
        var found: [ExpiringCredential] = []
        func consider(_ credential: Credential, _ member: Staff?) {
            let left = credential.daysLeft(today: today)
            guard left <= widest else { return }
            let window = left < 0 ? 0 : windows.first { left <= $0 } ?? widest
            found.append(ExpiringCredential(staff: member, credential: credential, daysLeft: left, window: window))
        }
        for member in staff.values where member.active {
            for credential in member.credentials { consider(credential, member) }
        }
        for credential in settings.practiceCredentials { consider(credential, nil) }
        return found.sorted { a, b in
            if a.daysLeft != b.daysLeft { return a.daysLeft < b.daysLeft }
            if a.staff?.id != b.staff?.id { return (a.staff?.id.number ?? 0) < (b.staff?.id.number ?? 0) }
            return a.credential.name < b.credential.name
        }
    }

    /// The licence that makes `member` unbookable on `day`: they hold state licences and every one has lapsed by
    /// then. A provider with no licence on file is not refused (the record may simply be incomplete; the roster
    /// shows it as missing).
    public func lapsedLicence(of member: Staff, on day: LocalDate) -> Credential? {
        let licences = member.credentials.filter { $0.kind == .licence }
        guard member.isProvider, !licences.isEmpty, !licences.contains(where: { $0.isValid(on: day) }) else {
            return nil
        }
        return licences.max { $0.expires < $1.expires }
    }

    /// Refuses booking `provider` on `day` when their licence has lapsed: a visit with them would be unlawful,
    /// so no override exists.
    func requireLicensed(_ provider: Staff, on day: LocalDate) throws(DomainError) {
        guard let licence = lapsedLicence(of: provider, on: day) else { return }
        throw DomainError(
            "\(provider.displayName) (\(provider.id)) cannot be booked on \(day): their \(licence.title) expired "
                + "\(licence.expires). Renew it with `credential renew \(provider.id) licence --expires DATE`.")
    }
}
