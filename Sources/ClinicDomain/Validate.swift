import Foundation

/// Decides whether a command is allowed against the current state and, if so, which changes it makes.
/// Pure: the time comes in as `now`; nothing is changed here (see `apply`).
extension Practice {
    public func validate(_ command: Command, actor: String, now: Date) throws(DomainError) -> [Change] {
        try authorize(command, actor: actor)
        switch command {
        case .addPatient(let new): return try validateAddPatient(new, now: now)
        case .completePaperwork(let id):
            let patient = try require(id)
            guard !patient.paperworkComplete else {
                throw DomainError("\(id) (\(patient.fullName)) has no paperwork outstanding.")
            }
            return [.paperworkCompleted(id)]
        case .bookAppointment(let booking): return try validateBooking(booking, now: now)
        case .confirm(let id): return try flowStep(id, to: .confirmed, now: now)
        case .checkIn(let id): return try flowStep(id, to: .arrived, now: now)
        case .room(let id, let room): return try validateRoom(id, room: room, now: now)
        case .see(let id): return try flowStep(id, to: .withProvider, now: now)
        case .checkOut(let id): return try flowStep(id, to: .checkedOut, now: now)
        case .noShow(let id): return try validateNoShow(id, now: now)
        case .leftWithoutVisit(let id): return try flowStep(id, to: .leftWithoutVisit, now: now)
        case .cancel(let id, let reason): return try validateCancel(id, reason: reason, now: now)
        case .moveAppointment(let id, let day, let start, let provider, let override):
            return try validateMove(id, day: day, start: start, provider: provider, override: override, now: now)
        case .verifyInsurance(let id, let verified):
            let appointment = try require(id)
            guard !appointment.status.isFinal else { throw finalError(appointment, action: "have insurance verified") }
            return [.insuranceVerified(id, verified: verified)]
        case .collectCopay(let id, let amount, let over): return try validateCopay(id, amount: amount, over: over)
        case .addTask(let new): return try validateAddTask(new, now: now)
        case .moveTask(let id, let column, let override):
            return try validateMoveTask(id, to: column, override: override, now: now)
        case .reorderTask(let id, let offset): return try validateReorder(id, by: offset)
        case .completeTask(let id): return try validateMoveTask(id, to: .done, override: true, now: now)
        case .assignTask(let id, let owner):
            _ = try require(id)
            if let owner { _ = try require(owner) }
            return [.taskAssigned(id, to: owner)]
        case .editTask(let id, let edit): return try validateEditTask(id, edit, now: now)
        case .labelTask(let id, let add, let remove): return try validateLabelTask(id, add: add, remove: remove)
        case .checklist(let id, let action): return try validateChecklist(id, action)
        case .linkTask(let id, let link): return try validateLink(id, link, remove: false)
        case .unlinkTask(let id, let link): return try validateLink(id, link, remove: true)
        case .createClaim(let new): return try validateCreateClaim(new, now: now)
        case .editClaim(let id, let content): return try validateEditClaim(id, content)
        case .readyClaim(let id): return try validateReady(id)
        case .submitClaim(let id, let late): return try validateSubmit(id, lateOverride: late, now: now)
        case .acceptClaim(let id): return try claimStep(id, to: .accepted, note: nil)
        case .rejectClaim(let id, let reason):
            return try claimStep(id, to: .rejected, note: try checked(reason, .rejectReason))
        case .payClaim(let id, let amount, let adjustment):
            return try validatePay(id, amount: amount, adjustment: adjustment, now: now)
        case .denyClaim(let id, let denial): return try validateDeny(id, denial: denial)
        case .appealClaim(let id, let note): return try validateAppeal(id, note: note)
        case .writeOffClaim(let id, let reason): return try validateWriteOff(id, reason: reason, now: now)
        case .adjustClaim(let id, let group, let code, let amount):
            return try validateAdjust(id, group: group, code: code, amount: amount, now: now)
        case .noteClaim(let id, let note): return try validateNote(id, note)
        case .replaceClaim(let id): return try validateReplace(id)
        case .voidClaim(let id): return try validateVoid(id)
        case .postRemittances(let remittances): return try validateRemittances(remittances, now: now)
        case .recordClaimsSent(let ids, let interchange, let late):
            return try validateClaimsSent(ids, interchange: interchange, lateOverride: late, now: now)
        case .recordPatientPayment(let id, let amount, let method, let claim, let refund):
            return try validatePatientPayment(
                id, amount: amount, method: method, claim: claim, refund: refund, now: now)
        case .setFee(let code, let fee): return try validateSetFee(code: code, fee: fee)
        case .setBillingProvider(let billing): return try validateSetBilling(billing)
        case .setPracticeSetting(let name, let value): return try validateSetting(name, value)
        case .setClaimFollowUp(let id, let day):
            let claim = try require(id)
            guard claim.status.isOpen else {
                throw DomainError("\(id) is \(claim.status.label): nothing to follow up.")
            }
            try checked(day, .followUp, now: now)
            return [.claimFollowUpSet(id, day)]
        case .callInSick(let id, let day): return try validateSick(id, day: day, now: now)
        case .requestTimeOff(let id, let from, let through, let kind, let note):
            return try validateTimeOffRequest(id, from: from, through: through, kind: kind, note: note, now: now)
        case .approveTimeOff(let id, let override): return try validateApproveTimeOff(id, override: override, now: now)
        case .denyTimeOff(let id, let reason): return try validateDenyTimeOff(id, reason: reason)
        case .addShift(let id, let day, let start, let end, let role, let breakAt):
            return try validateAddShift(id, day: day, start: start, end: end, role: role, breakAt: breakAt, now: now)
        case .removeShift(let id): return try validateRemoveShift(id)
        case .editShift(let id, let edit): return try validateEditShift(id, edit)
        case .swapShifts(let a, let b): return try validateSwap(a, b)
        case .clock(let id, let action): return try validateClock(id, action, now: now)
        case .setTemplate(let id, let weekdays, let entry):
            return try validateSetTemplate(id, weekdays: weekdays, entry)
        case .skipTemplate(let id, let day, let remove):
            return try validateSkipTemplate(id, day: day, remove: remove, now: now)
        case .applyTemplates(let week, let only): return try validateApplyTemplates(week: week, staff: only, now: now)
        case .copyWeek(let source, let target, let only):
            return try validateCopyWeek(from: source, to: target, staff: only, now: now)
        case .addStaff(let new): return try validateAddStaff(new)
        case .editStaff(let id, let edit): return try validateEditStaff(id, edit)
        case .setStaffActive(let id, let active): return try validateSetActive(id, active: active, now: now)
        case .setCredential(let owner, let credential): return try validateSetCredential(owner, credential, now: now)
        case .renewCredential(let owner, let kind, let expires, let number):
            return try validateRenewCredential(owner, kind: kind, expires: expires, number: number, now: now)
        case .removeCredential(let owner, let kind): return try validateRemoveCredential(owner, kind: kind)
        case .addCoverageRule(let rule): return try validateAddCoverageRule(rule)
        case .removeCoverageRule(let position): return try validateRemoveCoverageRule(position)
        case .addAccount(let new): return try validateAddAccount(new)
        case .setPin(let login, let pin): return try validateSetPin(login, pin, actor: actor)
        case .setAccountRole(let login, let role): return try validateSetAccountRole(login, role)
        case .setAccountActive(let login, let active): return try validateSetAccountActive(login, active: active)
        case .undo(let seq): return try validateUndo(seq, actor: actor)
        case .snoozeAlert(let key, let minutes):
            return try validateSnooze(key, minutes: minutes, actor: actor, now: now)
        case .unsnoozeAlert(let key): return try validateUnsnooze(key, actor: actor, now: now)
        }
    }

    // MARK: field contracts and date windows, as sentences

    /// The value as its `FieldContract` keeps it (trimmed), or a refusal naming the field and the rule.
    func checked(_ value: String, _ contract: FieldContract) throws(DomainError) -> String {
        do { return try contract.check(value) } catch { throw DomainError(error.description + ".") }
    }

    /// Refuses a day outside its `DateWindow` around the practice's today (the day of `now`).
    func checked(_ day: LocalDate, _ window: DateWindow, now: Date) throws(DomainError) {
        do { try window.check(day, today: clock.day(of: now)) } catch { throw DomainError(error.description + ".") }
    }

    // MARK: lookups that fail with a sentence

    func require(_ id: PatientID) throws(DomainError) -> Patient { try row(id, in: patients, "patient") }
    func require(_ id: StaffID) throws(DomainError) -> Staff { try row(id, in: staff, "staff member") }
    func require(_ id: AppointmentID) throws(DomainError) -> Appointment {
        try row(id, in: appointments, "appointment")
    }
    func require(_ id: TaskID) throws(DomainError) -> TaskCard { try row(id, in: tasks, "task") }
    func require(_ id: ClaimID) throws(DomainError) -> Claim { try row(id, in: claims, "claim") }
    func require(_ id: TimeOffID) throws(DomainError) -> TimeOff { try row(id, in: timeOff, "time-off request") }

    private func row<Row>(_ id: EntityID<Row>, in table: Table<Row>, _ noun: String) throws(DomainError) -> Row {
        guard let row = table[id] else { throw DomainError("There is no \(noun) \(id).") }
        return row
    }

    /// The id a command created, for `ok <seq> <id>`.
    public func newID(of changes: [Change]) -> String? {
        for change in changes {
            switch change {
            case .patientAdded(let p): return p.id.description
            case .appointmentBooked(let a): return a.id.description
            case .taskAdded(let t): return t.id.description
            case .timeOffRecorded(let r): return r.id.description
            case .shiftAdded(let s): return s.id.description
            case .staffAdded(let s): return s.id.description
            case .claimCreated(let c): return c.id.description
            case .patientPaymentRecorded(let p): return p.id.description
            case .accountAdded(let account): return account.login
            default: continue
            }
        }
        return nil
    }
}
