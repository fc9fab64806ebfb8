import Foundation

/// Whether a recorded change still makes sense against a practice: the question `check --repair --salvage` asks of
/// every valid event found after a damaged record, because the lost records before it may have created the row it
/// touches or moved it into the state it assumes.
///
/// Events are facts, not commands, so this is not `validate`: it does not recompute IDs, ranks, notes or conflicts,
/// it only asks whether the fact can still have happened — the rows it names exist, an added row's ID is not taken,
/// and the flow / claim / time-off state machines allow the step from where the row is now. Pure: no clock needed.
extension Practice {
    /// Why `change` can no longer apply to this practice, or nil when it still holds.
    public func refusal(toApply change: Change) -> DomainError? {
        do throws(DomainError) {
            try checkApplicable(change)
            return nil
        } catch {
            return error
        }
    }

    private func checkApplicable(_ change: Change) throws(DomainError) {
        switch change {
        case .patientAdded(let patient):
            try requireUnused(patient.id, in: patients, "patient")
            if let payer = patient.payer, !payers.contains(payer) { throw DomainError("There is no payer \(payer).") }
        case .paperworkCompleted(let id):
            let patient = try require(id)
            guard !patient.paperworkComplete else {
                throw DomainError("\(id) (\(patient.fullName)) has no paperwork outstanding.")
            }
        case .appointmentBooked(let appointment):
            try requireUnused(appointment.id, in: appointments, "appointment")
            _ = try require(appointment.patient)
            try requireProvider(appointment.provider)
        case .appointmentStatusChanged(let id, let status, _, _):
            let appointment = try require(id)
            guard appointment.status.canMove(to: status) else {
                throw DomainError(flowRefusal(appointment, target: status))
            }
        case .appointmentMoved(let id, _, _, let provider, _):
            let appointment = try require(id)
            let waiting = appointment.status == .arrived || appointment.status == .roomed
            guard appointment.status.isUpcoming || waiting else {
                throw DomainError(
                    "\(id) is \(appointment.status.label): only a scheduled or confirmed appointment can be moved.")
            }
            try requireProvider(provider)
        case .insuranceVerified(let id, _):
            let appointment = try require(id)
            guard !appointment.status.isFinal else { throw finalError(appointment, action: "have insurance verified") }
        case .copayCollected(let id, let amount):
            let appointment = try require(id)
            guard appointment.status != .cancelled, appointment.status != .noShow else {
                throw DomainError("\(id) is \(appointment.status.label): collect a copay only for a visit.")
            }
            // Collected beyond due is a fact too (`appt copay --over`, a prepayment): only the sign is checked.
            guard amount > .zero else { throw DomainError("\(id): a copay collected must be positive, not \(amount).") }
        case .taskAdded(let card):
            try requireUnused(card.id, in: tasks, "task")
            if let owner = card.owner { _ = try require(owner) }
        case .taskMoved(let id, _, _):
            _ = try require(id)
        case .taskAssigned(let id, let owner):
            _ = try require(id)
            if let owner { _ = try require(owner) }
        case .taskChanged(let card):
            _ = try require(card.id)
        case .wipOverridden(let id, _, _, _):
            _ = try require(id)
        case .claimStatusChanged(let id, let status, _):
            let claim = try require(id)
            guard claim.status.canMove(to: status) else { throw claimRefusal(claim, "become \(status.label)") }
        case .claimPaid(let id, _, _, let status):
            let claim = try require(id)
            guard claim.status.isPayable, claim.status.canMove(to: status) else { throw claimRefusal(claim, "be paid") }
        case .claimDenied(let id, _):
            let claim = try require(id)
            guard claim.status.canMove(to: .denied) else { throw claimRefusal(claim, "be denied") }
        case .claimFollowUpSet(let id, _):
            let claim = try require(id)
            guard claim.status.isOpen else {
                throw DomainError("\(id) is \(claim.status.label): nothing to follow up.")
            }
        case .timeOffRecorded(let entry):
            try requireUnused(entry.id, in: timeOff, "time-off request")
            _ = try require(entry.staff)
        case .timeOffDecided(let id, _):
            let entry = try require(id)
            guard entry.status == .requested else {
                throw DomainError(
                    "\(id) is already \(entry.status.rawValue): only a pending request can be approved or denied.")
            }
        case .shiftAdded(let shift):
            try requireUnused(shift.id, in: shifts, "shift")
            _ = try require(shift.staff)
            guard shift.start < shift.end else {
                throw DomainError("A shift must end after it starts (\(shift.start)–\(shift.end)).")
            }
        case .shiftChanged(let shift):
            guard shifts.contains(shift.id) else { throw DomainError("There is no shift \(shift.id).") }
            _ = try require(shift.staff)
        case .shiftPunched(let id, _):
            guard shifts.contains(id) else { throw DomainError("There is no shift \(id).") }
        case .staffAdded(let member):
            try requireUnused(member.id, in: staff, "staff member")
        case .staffChanged(let member):
            _ = try require(member.id)
        case .timeOffDecision(let id, _, _):
            let entry = try require(id)
            guard entry.status == .requested else {
                throw DomainError(
                    "\(id) is already \(entry.status.rawValue): only a pending request can be approved or denied.")
            }
        case .shiftRemoved(let id):
            guard shifts.contains(id) else { throw DomainError("There is no shift \(id).") }
        case .claimCreated(let claim):
            try requireUnused(claim.id, in: claims, "claim")
            _ = try require(claim.patient)
            if let original = claim.replaces { _ = try require(original) }
        case .claimEdited(let id, _, _, _):
            let claim = try require(id)
            guard claim.status.isEditable else { throw claimRefusal(claim, "be edited") }
        case .claimSubmitted(let id, _, _):
            let claim = try require(id)
            guard claim.status.canMove(to: .submitted) else { throw claimRefusal(claim, "be submitted") }
        case .claimPosted(let id, _):
            let claim = try require(id)
            guard claim.status.isPayable || claim.status == .replaced || claim.status == .voided else {
                throw claimRefusal(claim, "have money posted")
            }
        case .claimNoted(let id, _):
            _ = try require(id)
        case .patientPaymentRecorded(let payment):
            try requireUnused(payment.id, in: payments, "payment")
            _ = try require(payment.patient)
        case .settingsChanged, .rowsRestored, .alertSnoozed:
            break
        case .accountAdded(let account):
            if accounts[account.login] != nil { throw DomainError("There is already an account '\(account.login)'.") }
        case .accountChanged(let account):
            if accounts[account.login] == nil { throw DomainError("There is no account '\(account.login)'.") }
        }
    }

    private func requireUnused<Row>(_ id: EntityID<Row>, in table: Table<Row>, _ noun: String) throws(DomainError) {
        if table.contains(id) { throw DomainError("There is already a \(noun) \(id).") }
    }

    private func requireProvider(_ id: StaffID) throws(DomainError) {
        let member = try require(id)
        guard member.isProvider else { throw DomainError("\(id) (\(member.fullName)) is not a provider.") }
    }
}
