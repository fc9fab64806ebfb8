import Foundation

/// Applying a whole command group and remembering it in the undo log: the rows it writes are captured as they were
/// before it, so an undo is a generic "put these rows back". Every replay (store, recovery, salvage) applies groups
/// through here, so every process holds the same log.
extension Practice {
    public mutating func apply(group events: [Event]) {
        guard let first = events.first, let last = events.last else { return }
        // A snooze is one user's view setting, not a change to the practice's records: it stays out of the undo
        // log, so `u` after `s` still undoes the user's last real change (`alert unsnooze` takes a snooze back).
        if events.allSatisfy(\.change.isAlertSnooze) {
            for event in events { apply(event) }
            return
        }
        var written: [String] = []
        var added: [String] = []
        var read: [String] = []
        var before: [RowImage] = []
        for event in events {
            let touched = touchedRows(by: event.change)
            for image in touched.images where !written.contains(image.item) {
                written.append(image.item)
                if image.isAbsent { added.append(image.item) }
                before.append(image)
            }
            for item in touched.read where !read.contains(item) { read.append(item) }
            apply(event)
        }
        var undid: UInt64?
        if case .rowsRestored(let seq, _) = first.change { undid = seq }
        let irreversible = events.lazy.compactMap { Self.irreversibility(of: $0.change) }.first
        undoLog.append(
            UndoEntry(
                firstSeq: first.seq, lastSeq: last.seq, actor: first.actor, at: first.at,
                summary: undoSummary(of: events.map(\.change), undid: undid, before: before), written: written,
                added: added,
                read: read.filter { !written.contains($0) }, before: irreversible == nil ? before : [],
                irreversible: irreversible, undid: undid))
    }

    /// Facts outside the practice that an undo cannot take back.
    static func irreversibility(of change: Change) -> String? {
        switch change {
        case .claimPosted(_, let batch) where batch.postings.contains(where: { $0.reference != nil }):
            return "Posting a remittance cannot be undone: the payer paid it. Post a reversal (`claim adjust`) "
                + "or import the payer's corrected 835."
        case .accountAdded, .accountChanged:
            return "Account changes are not undone: a PIN, role or login is changed again with `user …`, so the "
                + "old PIN hash never comes back."
        case .claimSubmitted(_, _, let note) where note?.hasPrefix("sent in 837P") == true:
            return "Claims sent in an 837P file cannot be undone: the file has left the practice. Void or replace "
                + "the claim instead."
        default:
            return nil
        }
    }

    /// The rows one change writes (as they are now, before it) and the items it only refers to.
    func touchedRows(by change: Change) -> (images: [RowImage], read: [String]) {
        switch change {
        case .patientAdded(let p): return ([.patient(p.id, patients[p.id])], [])
        case .paperworkCompleted(let id): return ([.patient(id, patients[id])], [])
        case .appointmentBooked(let a):
            return ([.appointment(a.id, appointments[a.id])], [a.patient.description, a.provider.description])
        case .appointmentStatusChanged(let id, _, _, _), .insuranceVerified(let id, _), .copayCollected(let id, _):
            return ([.appointment(id, appointments[id])], [])
        case .appointmentMoved(let id, _, _, let provider, _):
            return ([.appointment(id, appointments[id])], [provider.description])
        case .taskAdded(let card): return ([.task(card.id, tasks[card.id])], card.owner.map { [$0.description] } ?? [])
        case .taskMoved(let id, _, _): return ([.task(id, tasks[id])], [])
        case .taskAssigned(let id, let owner): return ([.task(id, tasks[id])], owner.map { [$0.description] } ?? [])
        case .taskChanged(let card):
            // A new link reads its target: undoing the target's creation then waits for the link's undo.
            let old = tasks[card.id]?.links ?? []
            return ([.task(card.id, tasks[card.id])], card.links.filter { !old.contains($0) }.map(\.description))
        case .wipOverridden(let id, _, _, _): return ([], [id.description])
        case .claimStatusChanged(let id, _, _), .claimPaid(let id, _, _, _), .claimDenied(let id, _),
            .claimFollowUpSet(let id, _), .claimEdited(let id, _, _, _), .claimSubmitted(let id, _, _),
            .claimPosted(let id, _), .claimNoted(let id, _):
            return ([.claim(id, claims[id])], [])
        case .claimCreated(let claim):
            var images: [RowImage] = [.claim(claim.id, claims[claim.id])]
            if let original = claim.replaces { images.append(.claim(original, claims[original])) }
            return (images, [claim.patient.description] + (claim.appointment.map { [$0.description] } ?? []))
        case .timeOffRecorded(let entry): return ([.timeOff(entry.id, timeOff[entry.id])], [entry.staff.description])
        case .timeOffDecided(let id, _), .timeOffDecision(let id, _, _): return ([.timeOff(id, timeOff[id])], [])
        case .shiftAdded(let shift), .shiftChanged(let shift):
            return ([.shift(shift.id, shifts[shift.id])], [shift.staff.description])
        case .shiftRemoved(let id), .shiftPunched(let id, _): return ([.shift(id, shifts[id])], [])
        case .patientPaymentRecorded(let payment):
            return (
                [.payment(payment.id, payments[payment.id])],
                [payment.patient.description] + (payment.claim.map { [$0.description] } ?? [])
            )
        case .settingsChanged: return ([.settings(settings)], [])
        case .staffAdded(let member), .staffChanged(let member): return ([.staff(member.id, staff[member.id])], [])
        case .rowsRestored(_, let images): return (images.map(currentImage), [])
        case .accountAdded(let account), .accountChanged(let account): return ([], ["account " + account.login])
        case .alertSnoozed: return ([], [])
        }
    }

    /// The row an image names, as it is now.
    func currentImage(_ image: RowImage) -> RowImage {
        switch image {
        case .patient(let id, _): .patient(id, patients[id])
        case .staff(let id, _): .staff(id, staff[id])
        case .shift(let id, _): .shift(id, shifts[id])
        case .timeOff(let id, _): .timeOff(id, timeOff[id])
        case .appointment(let id, _): .appointment(id, appointments[id])
        case .task(let id, _): .task(id, tasks[id])
        case .claim(let id, _): .claim(id, claims[id])
        case .payment(let id, _): .payment(id, payments[id])
        case .settings: .settings(settings)
        }
    }

    /// Puts rows back as the images hold them, keeping every index (days, columns, the claim per visit) right.
    mutating func restore(_ images: [RowImage]) {
        for image in images {
            switch image {
            case .patient(let id, let row): patients[id] = row
            case .staff(let id, let row): staff[id] = row
            case .timeOff(let id, let row): timeOff[id] = row
            case .payment(let id, let row): payments[id] = row
            case .settings(let old): settings = old
            case .shift(let id, let row):
                if let old = shifts[id] { unindexShift(id, on: old.day); shifts[id] = nil }
                if let row { seed(shift: row) }
            case .appointment(let id, let row):
                if let row {
                    seed(appointment: row)
                } else if let old = appointments[id] {
                    unindexAppointment(id, on: old.day); appointments[id] = nil
                }
            case .task(let id, let row):
                if let old = tasks[id] { taskColumns.remove(old); tasks[id] = nil }
                if let row { seed(task: row) }
            case .claim(let id, let row):
                let visit = row?.appointment ?? claims[id]?.appointment
                claims[id] = row
                if let visit { reindexClaims(forVisit: visit) }
            }
        }
    }

    /// The claim billing one visit, found again after a claim row was put back (a scan; undo is rare).
    private mutating func reindexClaims(forVisit visit: AppointmentID) {
        var billing: ClaimID?
        claims.forEach { claim in
            if claim.appointment == visit, claim.frequency != .void, claim.status != .voided,
                billing.map({ $0 < claim.id }) ?? true
            {
                billing = claim.id
            }
        }
        claimByVisitNumber[visit.number] = billing
    }
}

extension Change {
    /// A snooze or unsnooze: kept out of the undo log.
    public var isAlertSnooze: Bool {
        if case .alertSnoozed = self { return true }
        return false
    }
}
