import Foundation

/// A few words naming a command group for the undo list and refusals (`check in A-12`): the verb and the item,
/// never a patient's name. Read from the changes, since the log is built from events, not commands.
extension Practice {
    func undoSummary(of changes: [Change], undid: UInt64?, before: [RowImage] = []) -> String {
        if let undid {
            let original = undoLog.entry(containing: undid)?.summary ?? "seq \(undid)"
            return "undo \(original)"
        }
        guard let first = changes.first else { return "nothing" }
        // A `set` names what it set (`set wait.warn 20`), from the settings row as it was before.
        if changes.count == 1, case .settingsChanged(let new) = first,
            case .settings(let old)? = before.first(where: { $0.item == "settings" })
        {
            let lines = new.setLines(since: old)
            if !lines.isEmpty { return lines.joined(separator: "; ") }
        }
        // An override of a WIP limit rides along with its move or add: said, not counted as another change.
        let overWIP = changes.contains { if case .wipOverridden = $0 { true } else { false } }
        let counted = changes.count - (overWIP ? 1 : 0)
        let more = counted > 1 ? " (+\(counted - 1))" : ""
        return Self.phrase(first) + (overWIP ? " over WIP" : "") + more
    }

    public static func phrase(_ change: Change) -> String {
        switch change {
        case .patientAdded(let p): "add patient \(p.id)"
        case .accountAdded(let account): "add account \(account.login)"
        case .accountChanged(let account): "change account \(account.login)"
        case .paperworkCompleted(let id): "paperwork done \(id)"
        case .appointmentBooked(let a): "book \(a.id)"
        case .appointmentStatusChanged(let id, let status, _, _): "\(flowVerb(status)) \(id)"
        case .appointmentMoved(let id, let day, let start, _, _): "move \(id) to \(day.shortLabel) \(start)"
        case .insuranceVerified(let id, let verified): verified ? "verify insurance \(id)" : "unverify insurance \(id)"
        case .copayCollected(let id, let amount): "collect copay \(id) \(amount)"
        case .taskAdded(let card): "add task \(card.id)"
        case .taskMoved(let id, let column, _): column == .done ? "done \(id)" : "move \(id) to \(column.label)"
        case .taskAssigned(let id, let owner): owner.map { "assign \(id) to \($0)" } ?? "unassign \(id)"
        case .claimStatusChanged(let id, let status, _): "\(status.label) \(id)"
        case .claimPaid(let id, let amount, _, _): "pay \(id) \(amount)"
        case .claimDenied(let id, _): "deny \(id)"
        case .claimFollowUpSet(let id, let day): "follow up \(id) \(day.shortLabel)"
        case .timeOffRecorded(let entry): "time off \(entry.id) for \(entry.staff)"
        case .timeOffDecided(let id, let status), .timeOffDecision(let id, let status, _): "\(status.rawValue) \(id)"
        case .shiftAdded(let shift): "add shift \(shift.id)"
        case .shiftRemoved(let id): "remove shift \(id)"
        case .claimCreated(let claim): "create \(claim.id)"
        case .claimEdited(let id, _, _, _): "edit \(id)"
        case .claimSubmitted(let id, _, _): "submit \(id)"
        case .claimPosted(let id, let batch): "post \(id) (\(batch.status.label))"
        case .claimNoted(let id, _): "note \(id)"
        case .patientPaymentRecorded(let payment): "payment \(payment.id) for \(payment.patient)"
        case .settingsChanged: "settings"
        case .staffAdded(let member): "add staff \(member.id)"
        case .staffChanged(let member): "edit staff \(member.id)"
        case .shiftChanged(let shift): "edit shift \(shift.id)"
        case .shiftPunched(let id, let action): "clock \(action.rawValue) \(id)"
        case .rowsRestored(let seq, _): "undo seq \(seq)"
        case .taskChanged(let card): "edit task \(card.id)"
        case .wipOverridden(let id, let column, let count, let limit):
            "\(id) over WIP in \(column.label) (\(count)/\(limit))"
        case .alertSnoozed(_, let identity, let until): "\(until == nil ? "unsnooze" : "snooze") alert \(identity)"
        }
    }

    private static func flowVerb(_ status: FlowStatus) -> String {
        switch status {
        case .scheduled: "unschedule"
        case .confirmed: "confirm"
        case .arrived: "check in"
        case .roomed: "room"
        case .withProvider: "start visit"
        case .checkedOut: "check out"
        case .noShow: "no-show"
        case .cancelled: "cancel"
        case .leftWithoutVisit: "left without visit"
        }
    }
}
