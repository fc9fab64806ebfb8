import Foundation

/// Staff records, leave and credentials (shifts and the time clock: Validate+Shifts.swift).
extension Practice {
    func validateSick(_ id: StaffID, day: LocalDate?, now: Date) throws(DomainError) -> [Change] {
        let member = try requireActive(id)
        let day = day ?? clock.day(of: now)
        try checked(day, .sickDay, now: now)
        if let existing = timeOff(for: id, on: day) {
            throw DomainError(
                "\(id) (\(member.fullName)) is already off on \(day) (\(existing.id), \(existing.kind.label)).")
        }
        let entry = TimeOff(
            id: nextID(TimeOff.self), staff: id, kind: .sick, from: day, through: day, status: .approved,
            note: "called in sick", requestedAt: now)
        return [.timeOffRecorded(entry)]
    }

    func validateTimeOffRequest(
        _ id: StaffID, from: LocalDate, through: LocalDate, kind: TimeOffKind, note: String,
        now: Date
    ) throws(DomainError) -> [Change] {
        let member = try requireActive(id)
        try checked(from, .timeOffStart, now: now)
        try checked(through, .timeOffEnd, now: now)
        let note = try checked(note, .timeOffNote)
        guard from <= through else {
            throw DomainError("Time off from \(from) through \(through): the end is before the start.")
        }
        guard from.days(until: through) < 60 else {
            throw DomainError("Time off is requested 60 days at a time at most.")
        }
        if let overlap = timeOff.values.first(where: {
            $0.staff == id && $0.status != .denied && $0.from <= through && from <= $0.through
        }) {
            throw DomainError(
                "\(id) (\(member.fullName)) already has \(overlap.id) \(overlap.from)–\(overlap.through) "
                    + "(\(overlap.status.rawValue))."
            )
        }
        let entry = TimeOff(
            id: nextID(TimeOff.self), staff: id, kind: kind, from: from, through: through,
            status: .requested, note: note, requestedAt: now)
        return [.timeOffRecorded(entry)]
    }

    /// What approving `entry` would create: the gaps it opens, a provider's booked visits, an exceeded balance.
    /// Shown before the manager decides, and refused without `--override`.
    public func approvalConflicts(_ entry: TimeOff, now: Date) -> [String] {
        let days = (0...max(0, entry.from.days(until: entry.through))).map { entry.from.adding(days: $0) }
        let impact = absenceImpact(of: entry.staff, on: days, now: now)
        var found: [String] = impact.gaps.map { "\($0.day.shortLabel) \($0.description)" }
        if !impact.visits.isEmpty {
            let name = staff[entry.staff]?.displayName ?? entry.staff.description
            found.append(
                "\(impact.visits.count) booked visit\(impact.visits.count == 1 ? "" : "s") with \(name) to move")
        }
        if entry.kind == .vacation {
            // Each calendar year's balance pays for that year's days only (a request over New Year spans two).
            var asked: [Int: Int] = [:]
            for day in days where !day.isWeekend { asked[day.year, default: 0] += 1 }
            for (year, count) in asked.sorted(by: { $0.key < $1.key }) {
                guard let left = vacationDaysLeft(entry.staff, year: year), count > left else { continue }
                found.append("\(count) vacation day\(count == 1 ? "" : "s") asked, \(max(0, left)) left in \(year)")
            }
        }
        return found
    }

    func validateApproveTimeOff(_ id: TimeOffID, override: Bool, now: Date) throws(DomainError) -> [Change] {
        let entry = try requirePending(id)
        let conflicts = approvalConflicts(entry, now: now)
        guard conflicts.isEmpty || override else {
            throw DomainError(
                "Approving \(id) would create \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s"): "
                    + conflicts.joined(separator: "; ") + ". Add --override to approve anyway.")
        }
        let note = conflicts.isEmpty ? nil : "approved over: " + conflicts.joined(separator: "; ")
        return [.timeOffDecision(id, to: .approved, note: note.map { String($0.prefix(400)) })]
    }

    func validateDenyTimeOff(_ id: TimeOffID, reason: String?) throws(DomainError) -> [Change] {
        _ = try requirePending(id)
        let reason = try reason.map { (text: String) throws(DomainError) in try checked(text, .denyReason) }
        return [.timeOffDecision(id, to: .denied, note: reason.flatMap { $0.isEmpty ? nil : $0 })]
    }

    private func requirePending(_ id: TimeOffID) throws(DomainError) -> TimeOff {
        let entry = try require(id)
        guard entry.status == .requested else {
            throw DomainError(
                "\(id) is already \(entry.status.rawValue): only a pending request can be approved or denied.")
        }
        return entry
    }

    // MARK: staff records

    func validateAddStaff(_ new: NewStaff) throws(DomainError) -> [Change] {
        let given = try checked(new.givenName, .givenName), family = try checked(new.familyName, .familyName)
        let npi = try checkedNPI(new.npi, role: new.role)
        try checkedHours(new.weeklyHours, vacation: new.vacationDaysPerYear)
        let member = Staff(
            id: nextID(Staff.self), givenName: given, familyName: family, role: new.role, npi: npi,
            weeklyHours: new.weeklyHours, vacationDaysPerYear: new.vacationDaysPerYear)
        return [.staffAdded(member)]
    }

    func validateEditStaff(_ id: StaffID, _ edit: StaffEdit) throws(DomainError) -> [Change] {
        guard edit != StaffEdit() else {
            throw DomainError(
                "Nothing to change for \(id): give --given, --family, --role, --npi, --hours or --vacation-days.")
        }
        var member = try require(id)
        if let given = edit.givenName { member.givenName = try checked(given, .givenName) }
        if let family = edit.familyName { member.familyName = try checked(family, .familyName) }
        if let role = edit.role {
            if member.isProvider && !role.isProvider,
                let booked = appointments.values.first(where: { $0.provider == id && $0.status.isUpcoming })
            {
                throw DomainError(
                    "\(member.displayName) still has booked visits (\(booked.id) on \(booked.day)): move them before "
                        + "changing the role to \(role.rawValue).")
            }
            member.role = role
        }
        member.npi = try checkedNPI(edit.npi.applied(to: member.npi), role: member.role)
        member.weeklyHours = edit.weeklyHours.applied(to: member.weeklyHours)
        member.vacationDaysPerYear = edit.vacationDaysPerYear.applied(to: member.vacationDaysPerYear)
        try checkedHours(member.weeklyHours, vacation: member.vacationDaysPerYear)
        return [.staffChanged(member)]
    }

    /// Deactivating takes the person off the roster and removes their shifts from today on that have not been
    /// clocked; it is refused while visits are still booked with them. Nobody is ever deleted: history keeps
    /// their stamps, claims and shifts.
    func validateSetActive(_ id: StaffID, active: Bool, now: Date) throws(DomainError) -> [Change] {
        var member = try require(id)
        guard member.active != active else {
            throw DomainError("\(id) (\(member.fullName)) is already \(active ? "active" : "inactive").")
        }
        member.active = active
        guard !active else { return [.staffChanged(member)] }
        let today = clock.day(of: now)
        let booked = appointments.values.filter {
            $0.provider == id && $0.day >= today && $0.holdsSlot && !$0.status.isFinal
        }
        if let first = booked.min(by: { ($0.day, $0.start) < ($1.day, $1.start) }) {
            throw DomainError(
                "\(member.displayName) has \(booked.count) booked visit\(booked.count == 1 ? "" : "s") from "
                    + "\(first.day) (\(first.id)): move or cancel them before deactivating.")
        }
        let future = shifts.values.filter { $0.staff == id && $0.day >= today && $0.clockedIn == nil }
        return [.staffChanged(member)] + future.sorted { $0.id < $1.id }.map { .shiftRemoved($0.id) }
    }

    func requireActive(_ id: StaffID) throws(DomainError) -> Staff {
        let member = try require(id)
        guard member.active else {
            throw DomainError("\(id) (\(member.fullName)) is inactive: reactivate them with `staff reactivate \(id)`.")
        }
        return member
    }

    private func checkedNPI(_ npi: String?, role: StaffRole) throws(DomainError) -> String? {
        guard let npi, !npi.isEmpty else { return nil }
        guard npi.count == 10, npi.allSatisfy(\.isASCIIDigit) else {
            throw DomainError("NPI: \(npi) is not 10 digits.")
        }
        guard MedicalCodes.isValidNPI(npi) else { throw DomainError("NPI: \(npi) fails its check digit.") }
        return npi
    }

    private func checkedHours(_ hours: Int?, vacation: Int?) throws(DomainError) {
        if let hours, !(1...80).contains(hours) { throw DomainError("Weekly hours are 1 to 80, not \(hours).") }
        if let vacation, !(0...60).contains(vacation) {
            throw DomainError("Vacation days a year are 0 to 60, not \(vacation).")
        }
    }

    // MARK: credentials

    func validateSetCredential(_ owner: StaffID?, _ credential: Credential, now: Date) throws(DomainError)
        -> [Change]
    {
        var credential = credential
        try checked(credential.expires, .credentialExpiry, now: now)
        credential.number = try checked(credential.number, .credentialNumber)
        credential.state = try checked(credential.state, .licenceState).uppercased()
        if credential.kind == .licence && credential.state.count != 2 {
            throw DomainError("A state licence needs its state: --state NY.")
        }
        guard (owner == nil) == (credential.kind == .clia) else {
            throw DomainError(
                owner == nil
                    ? "The practice holds a CLIA certificate only; \(credential.kind.rawValue) belongs to a person."
                    : "A CLIA certificate is the practice's: `credential set practice clia …`.")
        }
        return try replacingCredentials(owner) { list in
            list.removeAll { $0.kind == credential.kind && $0.state == credential.state }
            list.append(credential)
        }
    }

    func validateRenewCredential(
        _ owner: StaffID?, kind: CredentialKind, expires: LocalDate, number: String?, now: Date
    ) throws(DomainError) -> [Change] {
        try checked(expires, .credentialExpiry, now: now)
        let number = try number.map { (text: String) throws(DomainError) in try checked(text, .credentialNumber) }
        let list = try credentials(of: owner)
        guard let current = list.filter({ $0.kind == kind }).max(by: { $0.expires < $1.expires }) else {
            throw DomainError(
                "\(ownerName(owner)) has no \(kind.label) on file: add it with `credential set`.")
        }
        guard expires > current.expires else {
            throw DomainError(
                "\(kind.label) of \(ownerName(owner)) already runs to \(current.expires): a renewal moves it later.")
        }
        return try replacingCredentials(owner) { list in
            guard let index = list.firstIndex(of: current) else { return }
            list[index].expires = expires
            if let number, !number.isEmpty { list[index].number = number }
        }
    }

    func validateRemoveCredential(_ owner: StaffID?, kind: CredentialKind) throws(DomainError) -> [Change] {
        guard try credentials(of: owner).contains(where: { $0.kind == kind }) else {
            throw DomainError("\(ownerName(owner)) has no \(kind.label) on file.")
        }
        return try replacingCredentials(owner) { $0.removeAll { $0.kind == kind } }
    }

    private func credentials(of owner: StaffID?) throws(DomainError) -> [Credential] {
        guard let owner else { return settings.practiceCredentials }
        return try require(owner).credentials
    }

    private func ownerName(_ owner: StaffID?) -> String {
        owner.map { id in staff[id].map { "\($0.displayName) (\(id))" } ?? id.description } ?? "The practice"
    }

    private func replacingCredentials(_ owner: StaffID?, _ change: (inout [Credential]) -> Void) throws(DomainError)
        -> [Change]
    {
        guard let owner else {
            var new = settings
            change(&new.practiceCredentials)
            return [.settingsChanged(new)]
        }
        var member = try require(owner)
        change(&member.credentials)
        member.credentials.sort { ($0.kind.rawValue, $0.state) < ($1.kind.rawValue, $1.state) }
        return [.staffChanged(member)]
    }

    // MARK: coverage rules

    func validateAddCoverageRule(_ rule: CoverageRule) throws(DomainError) -> [Change] {
        var rule = rule
        rule.name = try checked(rule.name, .coverageName)
        guard rule.from < rule.to, rule.to.minutes <= 24 * 60 else {
            throw DomainError("A coverage rule runs within a day: \(rule.from)–\(rule.to) does not.")
        }
        guard !rule.roles.isEmpty, !rule.weekdays.isEmpty else {
            throw DomainError("A coverage rule needs at least one role and one weekday.")
        }
        switch rule.need {
        case .atLeast(let n), .whileBooked(_, let n), .whileSeeing(let n):
            guard (1...20).contains(n) else { throw DomainError("A coverage rule asks for 1 to 20 people, not \(n).") }
        case .perProvider(let ratio):
            guard ratio > 0, ratio <= 5 else { throw DomainError("A ratio per provider is above 0 and at most 5.") }
        }
        guard settings.coverage.count < 40 else { throw DomainError("A practice has 40 coverage rules at most.") }
        var new = settings
        new.coverage.append(rule)
        return [.settingsChanged(new)]
    }

    func validateRemoveCoverageRule(_ position: Int) throws(DomainError) -> [Change] {
        guard settings.coverage.indices.contains(position - 1) else {
            throw DomainError("There is no coverage rule \(position): the practice has \(settings.coverage.count).")
        }
        var new = settings
        new.coverage.remove(at: position - 1)
        return [.settingsChanged(new)]
    }
}
