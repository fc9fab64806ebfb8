import Foundation

/// Applies a recorded event. Deterministic and total: replaying the journal always reproduces the same state.
/// A change that no longer fits (its row is gone) is skipped rather than trapping — validation already decided.
extension Practice {
    public mutating func apply(_ event: Event) {
        let stampAt = event.at
        let actor = event.actor
        switch event.change {
        case .patientAdded(let patient):
            patients.upsert(patient); noteIDUsed(patient.id)
        case .paperworkCompleted(let id):
            patients.modify(id) { $0.paperworkComplete = true }
        case .appointmentBooked(let appointment):
            var booked = appointment
            booked.history = [
                FlowStamp(
                    status: .scheduled, at: stampAt, actor: actor, note: appointment.overbooked ? "overbooked" : nil)
            ]
            seed(appointment: booked)
        case .appointmentStatusChanged(let id, let status, let room, let note):
            appointments.modify(id) { appointment in
                appointment.status = status
                if let room { appointment.room = room }
                if status == .checkedOut || status == .leftWithoutVisit { appointment.room = nil }
                if status == .cancelled { appointment.cancelReason = note }
                if status == .arrived, note?.hasPrefix("late by") == true { appointment.arrivedLate = true }
                appointment.history.append(FlowStamp(status: status, at: stampAt, actor: actor, room: room, note: note))
            }
        case .appointmentMoved(let id, let day, let start, let provider, let overbooked):
            guard let old = appointments[id] else { break }
            appointments.modify(id) { appointment in
                appointment.day = day; appointment.start = start; appointment.provider = provider
                appointment.overbooked = overbooked
                appointment.history.append(
                    FlowStamp(
                        status: appointment.status, at: stampAt, actor: actor,
                        note: "rescheduled from \(old.day) \(old.start)"))
            }
            indexAppointment(id, movingFrom: old.day, to: day)
        case .insuranceVerified(let id, let verified):
            appointments.modify(id) { $0.insuranceVerifiedAt = verified ? stampAt : nil }
        case .copayCollected(let id, let amount):
            appointments.modify(id) { $0.copayCollected = $0.copayCollected + amount }
        case .taskAdded(let card):
            var added = card
            added.createdAt = stampAt
            added.columnEnteredAt = stampAt
            seed(task: added)
        case .taskMoved(let id, let column, let rank):
            modifyTask(id) { card in
                if card.column != column {
                    card.doneAt = column == .done ? stampAt : nil
                    card.columnEnteredAt = stampAt
                }
                card.column = column; card.rank = rank
            }
        case .taskChanged(let card):
            // Fields only: the column and rank stay as the board has them (moves have their own events).
            modifyTask(card.id) { current in
                let (column, rank, entered, doneAt) = (
                    current.column, current.rank, current.columnEnteredAt, current.doneAt
                )
                current = card
                current.column = column; current.rank = rank; current.columnEnteredAt = entered; current.doneAt = doneAt
            }
        case .wipOverridden:
            break // a note on the group: the move or add before it did the change
        case .taskAssigned(let id, let owner):
            modifyTask(id) { $0.owner = owner }
        case .claimStatusChanged(let id, let status, let note):
            let submittedDay = clock.day(of: stampAt)
            claims.modify(id) { claim in
                claim.status = status
                if status == .submitted { claim.submittedOn = submittedDay; claim.denial = nil }
                if status == .accepted, claim.acceptedOn == nil { claim.acceptedOn = submittedDay }
                claim.history.append(ClaimStamp(status: status, at: stampAt, actor: actor, note: note))
            }
        case .claimPaid(let id, let amount, let adjustment, let status):
            // Journals from before postings: one payment and one contractual adjustment.
            let day = clock.day(of: stampAt)
            claims.modify(id) { claim in
                claim.postings += Claim.legacyPostings(paid: amount, adjusted: adjustment, on: day)
                claim.status = status
                claim.history.append(
                    ClaimStamp(
                        status: status, at: stampAt, actor: actor,
                        note: "paid \(amount)" + (adjustment > .zero ? ", adjusted \(adjustment)" : "")))
            }
        case .claimDenied(let id, let denial):
            claims.modify(id) { claim in
                claim.status = .denied
                claim.denial = denial
                claim.history.append(ClaimStamp(status: .denied, at: stampAt, actor: actor, note: denial.description))
            }
        case .claimFollowUpSet(let id, let day):
            claims.modify(id) { $0.followUp = day }
        case .timeOffRecorded(let entry):
            seed(timeOff: entry)
        case .timeOffDecided(let id, let status):
            timeOff.modify(id) { entry in
                entry.status = status; entry.decidedBy = actor
            }
        case .shiftAdded(let shift):
            seed(shift: shift)
        case .shiftRemoved(let id):
            if let day = shifts[id]?.day { unindexShift(id, on: day) }
            shifts[id] = nil
        case .claimCreated(let claim):
            var created = claim
            created.history = [
                ClaimStamp(status: claim.status, at: stampAt, actor: actor, note: claim.history.first?.note)
            ]
            seed(claim: created)
            if let original = claim.replaces {
                let closing: ClaimStatus = claim.frequency == .void ? .voided : .replaced
                if closing == .voided { unindexVoidedClaim(original, visit: claims[original]?.appointment) }
                claims.modify(original) { old in
                    old.status = closing
                    old.history.append(
                        ClaimStamp(status: closing, at: stampAt, actor: actor, note: "\(closing.label) by \(claim.id)"))
                }
            }
        case .claimEdited(let id, let diagnoses, let lines, let placeOfService):
            claims.modify(id) { claim in
                claim.diagnoses = diagnoses; claim.lines = lines; claim.placeOfService = placeOfService
                claim.history.append(ClaimStamp(status: claim.status, at: stampAt, actor: actor, note: "edited"))
            }
        case .claimSubmitted(let id, let lateAfter, let note):
            let day = clock.day(of: stampAt)
            claims.modify(id) { claim in
                claim.status = .submitted; claim.submittedOn = day; claim.denial = nil
                if let lateAfter { claim.filedLateAfter = lateAfter }
                claim.history.append(ClaimStamp(status: .submitted, at: stampAt, actor: actor, note: note))
            }
        case .claimPosted(let id, let batch):
            let postedDay = clock.day(of: stampAt)
            claims.modify(id) { claim in
                claim.postings += batch.postings
                claim.status = batch.status
                if let denial = batch.denial { claim.denial = denial } else if batch.clearsDenial { claim.denial = nil }
                if let number = batch.payerClaimNumber { claim.payerClaimNumber = number }
                if claim.acceptedOn == nil, batch.status != .rejected { claim.acceptedOn = postedDay }
                claim.history.append(ClaimStamp(status: batch.status, at: stampAt, actor: actor, note: batch.note))
            }
        case .claimNoted(let id, let note):
            claims.modify(id) { claim in
                claim.history.append(ClaimStamp(status: claim.status, at: stampAt, actor: actor, note: note))
            }
        case .patientPaymentRecorded(let payment):
            seed(payment: payment)
        case .settingsChanged(let new):
            settings = new
        case .staffAdded(let member), .staffChanged(let member):
            seed(staff: member)
        case .shiftChanged(let shift):
            seed(shift: shift)
        case .shiftPunched(let id, let action):
            shifts.modify(id) { $0.punch(action, at: stampAt) }
        case .timeOffDecision(let id, let status, let note):
            timeOff.modify(id) { entry in
                entry.status = status; entry.decidedBy = actor; entry.decisionNote = note
            }
        case .accountAdded(let account), .accountChanged(let account):
            accounts[account.login] = account
        case .rowsRestored(_, let images):
            restore(images)
        case .alertSnoozed(let login, let identity, let until):
            recordSnooze(login: login, identity: identity, until: until, at: stampAt)
        }
        lastSeq = event.seq
    }

    /// Validates and applies in one step, for tests and in-memory use (the store does this under its lock).
    @discardableResult
    public mutating func execute(_ command: Command, actor: String, now: Date) throws(DomainError) -> [Event] {
        let at = DomainCoding.wholeSecond(now)
        let changes = try validate(command, actor: actor, now: at)
        let first = lastSeq + 1
        let events = changes.enumerated().map { index, change in
            Event(seq: first + UInt64(index), at: at, actor: actor, change: change)
        }
        apply(group: events)
        return events
    }
}
