import ClinicDomain

extension Command {
    /// A few words naming the change, for "saving… check in A-12" and the message log: the verb and the
    /// item, never the patient's name (the status line is read over the shoulder, privacy mask or not).
    var summary: String {
        switch self {
        case .addPatient: "add a patient"
        case .bookAppointment(let booking): "book \(booking.day.shortLabel) \(booking.start)"
        case .confirm(let id): "confirm \(id)"
        case .checkIn(let id): "check in \(id)"
        case .room(let id, let room): room.map { "room \(id) in \($0)" } ?? "unroom \(id)"
        case .see(let id): "start visit \(id)"
        case .checkOut(let id): "check out \(id)"
        case .noShow(let id): "no-show \(id)"
        case .leftWithoutVisit(let id): "left without visit \(id)"
        case .cancel(let id, _): "cancel \(id)"
        case .moveAppointment(let id, let day, let start, _, _): "move \(id) to \(day.shortLabel) \(start)"
        case .verifyInsurance(let id, let verified): verified ? "verify insurance \(id)" : "unverify insurance \(id)"
        case .collectCopay(let id, _, _): "collect copay \(id)"
        case .completePaperwork(let id): "paperwork done \(id)"
        case .addTask: "add a task"
        case .moveTask(let id, let column, _): "move \(id) to \(column.label)"
        case .reorderTask(let id, let by): by < 0 ? "raise \(id)" : "lower \(id)"
        case .completeTask(let id): "done \(id)"
        case .assignTask(let id, let owner): owner.map { "assign \(id) to \($0)" } ?? "unassign \(id)"
        case .editTask(let id, _): "edit \(id)"
        case .labelTask(let id, _, _): "label \(id)"
        case .checklist(let id, _): "checklist \(id)"
        case .linkTask(let id, let link): "link \(id) to \(link)"
        case .unlinkTask(let id, let link): "unlink \(id) from \(link)"
        case .createClaim(let new): "bill \(new.appointment)"
        case .editClaim(let id, _): "edit \(id)"
        case .readyClaim(let id): "ready \(id)"
        case .submitClaim(let id, let late): late ? "submit \(id) late" : "submit \(id)"
        case .acceptClaim(let id): "accept \(id)"
        case .rejectClaim(let id, _): "reject \(id)"
        case .payClaim(let id, let amount, _): "pay \(id) \(amount)"
        case .denyClaim(let id, let denial): "deny \(id) \(denial)"
        case .appealClaim(let id, _): "appeal \(id)"
        case .writeOffClaim(let id, _): "write off \(id)"
        case .adjustClaim(let id, let group, let code, let amount): "adjust \(id) \(group.rawValue)-\(code) \(amount)"
        case .noteClaim(let id, _): "note \(id)"
        case .replaceClaim(let id): "replace \(id)"
        case .voidClaim(let id): "void \(id)"
        case .postRemittances(let remittances):
            "post \(remittances.count) remittance\(remittances.count == 1 ? "" : "s")"
        case .recordClaimsSent(let ids, let interchange, _): "sent \(ids.count) claims (ISA \(interchange))"
        case .recordPatientPayment(let id, let amount, _, _, let refund):
            refund ? "refund \(id) \(amount)" : "payment \(id) \(amount)"
        case .setFee(let code, _): "fee \(code)"
        case .setBillingProvider: "billing provider"
        case .setPracticeSetting(let name, let value): "set \(name.rawValue) \(value)"
        case .setClaimFollowUp(let id, let day): "follow up \(id) \(day.shortLabel)"
        case .callInSick(let id, _): "sick call \(id)"
        case .requestTimeOff(let id, _, _, _, _): "time off request \(id)"
        case .approveTimeOff(let id, let override): override ? "approve \(id) over conflicts" : "approve \(id)"
        case .denyTimeOff(let id, _): "deny \(id)"
        case .addShift(let id, let day, _, _, _, _): "add shift \(id) \(day.shortLabel)"
        case .removeShift(let id): "remove shift \(id)"
        case .editShift(let id, _): "edit shift \(id)"
        case .swapShifts(let a, let b): "swap \(a) and \(b)"
        case .clock(let id, let action): "clock \(action.rawValue) \(id)"
        case .setTemplate(let id, _, _): "template \(id)"
        case .skipTemplate(let id, let day, let remove): "\(remove ? "unskip" : "skip") \(id) \(day.shortLabel)"
        case .applyTemplates(let week, _): "fill week of \(week.shortLabel)"
        case .copyWeek(_, let to, _): "copy week to \(to.shortLabel)"
        case .addStaff: "add staff"
        case .editStaff(let id, _): "edit \(id)"
        case .setStaffActive(let id, let active): active ? "reactivate \(id)" : "deactivate \(id)"
        case .setCredential(let owner, let credential):
            "\(credential.kind.rawValue) for \(owner.map(\.description) ?? "practice")"
        case .renewCredential(let owner, let kind, _, _):
            "renew \(kind.rawValue) \(owner.map(\.description) ?? "practice")"
        case .removeCredential(let owner, let kind):
            "remove \(kind.rawValue) \(owner.map(\.description) ?? "practice")"
        case .addCoverageRule(let rule): "coverage rule \(rule.name)"
        case .removeCoverageRule(let n): "remove coverage rule \(n)"
        case .addAccount(let new): "add account \(new.login)"
        case .setPin(let login, _): "new PIN for \(login)"
        case .setAccountRole(let login, let role): "\(login) is a \(role.noun)"
        case .setAccountActive(let login, let active): "\(active ? "enable" : "disable") \(login)"
        case .undo(let seq): seq.map { "undo seq \($0)" } ?? "undo"
        case .snoozeAlert(let key, let minutes): "snooze \(Self.alertSubject(key)) \(minutes)m"
        case .unsnoozeAlert(let key): "unsnooze \(Self.alertSubject(key))"
        }
    }

    /// An alert's identity as a receipt names it: `4:C-22` → `C-22` (the kind's number means nothing to a reader).
    static func alertSubject(_ key: String) -> String {
        guard let colon = key.firstIndex(of: ":"), key[..<colon].allSatisfy(\.isNumber), colon != key.startIndex
        else { return key }
        return String(key[key.index(after: colon)...])
    }
}
