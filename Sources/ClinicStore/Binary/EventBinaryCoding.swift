import ClinicDomain
import Foundation

// One journal event in the binary event encoding (record types 3 and 4): seq, time, actor, then a tag byte for
// the change and its fields. Tags are on disk: append only.

enum EventBinaryCoding {
    private enum Tag: UInt8 {
        case patientAdded = 1, paperworkCompleted, appointmentBooked, appointmentStatusChanged, appointmentMoved
        case insuranceVerified, copayCollected, taskAdded, taskMoved, taskAssigned, claimStatusChanged, claimPaid
        case claimDenied, claimFollowUpSet, timeOffRecorded, timeOffDecided, shiftAdded, shiftRemoved
        case claimCreated, claimEdited, claimSubmitted, claimPosted, claimNoted, patientPaymentRecorded
        case settingsChanged, staffAdded, staffChanged, shiftChanged, shiftPunched, timeOffDecision
        case accountAdded, accountChanged
        case rowsRestored
        // 34 and 35 belong to other changes; tasks' own are 36–45.
        case taskChanged = 36, wipOverridden = 37
        // Written out from here on: other branches append tags too, and a tag on disk never changes meaning.
        case alertSnoozed = 34
    }

    static func encode(_ event: Event) -> [UInt8] {
        var w = BinaryWriter(interning: false, capacity: 96)
        w.unsigned(event.seq)
        w.date(event.at)
        w.string(event.actor)
        write(event.change, to: &w)
        return w.bytes
    }

    static func decode(_ payload: [UInt8], fileOffset: Int) throws(BinaryDecodingError) -> Event {
        let result = payload.withUnsafeBytes { raw in
            Result { () throws(BinaryDecodingError) -> Event in
                var r = BinaryReader(raw, fileOffset: fileOffset, strings: nil)
                let seq = try r.unsigned()
                let at = try r.date()
                let actor = try r.string()
                let change = try readChange(from: &r)
                guard r.isAtEnd else { throw r.failure("\(raw.count - r.position) unexpected bytes after the event") }
                return Event(seq: seq, at: at, actor: actor, change: change)
            }
        }
        return try result.get()
    }

    private static func write(_ change: Change, to w: inout BinaryWriter) {
        func tag(_ t: Tag) { w.byte(t.rawValue) }
        switch change {
        case .patientAdded(let patient):
            tag(.patientAdded); patient.write(to: &w)
        case .paperworkCompleted(let id):
            tag(.paperworkCompleted); w.id(id)
        case .appointmentBooked(let appointment):
            tag(.appointmentBooked); appointment.write(to: &w)
        case .appointmentStatusChanged(let id, let status, let room, let note):
            tag(.appointmentStatusChanged); w.id(id); w.code(status, BinaryCodes.flowStatus)
            w.optionalString(room); w.optionalString(note)
        case .appointmentMoved(let id, let day, let start, let provider, let overbooked):
            tag(.appointmentMoved); w.id(id); w.day(day); w.time(start); w.id(provider); w.bool(overbooked)
        case .insuranceVerified(let id, let verified):
            tag(.insuranceVerified); w.id(id); w.bool(verified)
        case .copayCollected(let id, let amount):
            tag(.copayCollected); w.id(id); w.cents(amount)
        case .taskAdded(let card):
            tag(.taskAdded); card.write(to: &w)
        case .taskMoved(let id, let column, let rank):
            tag(.taskMoved); w.id(id); w.code(column, BinaryCodes.boardColumn); w.int(rank)
        case .taskAssigned(let id, let owner):
            tag(.taskAssigned); w.id(id); w.optionalID(owner)
        case .claimStatusChanged(let id, let status, let note):
            tag(.claimStatusChanged); w.id(id); w.code(status, BinaryCodes.claimStatus); w.optionalString(note)
        case .claimPaid(let id, let amount, let adjustment, let status):
            tag(.claimPaid); w.id(id); w.cents(amount); w.cents(adjustment); w.code(status, BinaryCodes.claimStatus)
        case .claimDenied(let id, let denial):
            tag(.claimDenied); w.id(id); denial.write(to: &w)
        case .claimFollowUpSet(let id, let day):
            tag(.claimFollowUpSet); w.id(id); w.day(day)
        case .timeOffRecorded(let entry):
            tag(.timeOffRecorded); entry.write(to: &w)
        case .timeOffDecided(let id, let status):
            tag(.timeOffDecided); w.id(id); w.code(status, BinaryCodes.timeOffStatus)
        case .shiftAdded(let shift):
            tag(.shiftAdded); shift.write(to: &w)
        case .shiftRemoved(let id):
            tag(.shiftRemoved); w.id(id)
        case .claimCreated(let claim):
            tag(.claimCreated); claim.write(to: &w)
        case .claimEdited(let id, let diagnoses, let lines, let placeOfService):
            tag(.claimEdited); w.id(id); w.strings(diagnoses)
            w.unsigned(UInt64(lines.count))
            for line in lines { line.write(to: &w) }
            w.string(placeOfService)
        case .claimSubmitted(let id, let lateAfter, let note):
            tag(.claimSubmitted); w.id(id); w.optionalDay(lateAfter); w.optionalString(note)
        case .claimPosted(let id, let batch):
            tag(.claimPosted); w.id(id); batch.write(to: &w)
        case .claimNoted(let id, let note):
            tag(.claimNoted); w.id(id); w.string(note)
        case .patientPaymentRecorded(let payment):
            tag(.patientPaymentRecorded); payment.write(to: &w)
        case .settingsChanged(let settings):
            // Settings are one small nested value, JSON like the snapshot's settings section.
            tag(.settingsChanged)
            w.string(String(decoding: (try? DomainCoding.encoder().encode(settings)) ?? Data(), as: UTF8.self))
        case .staffAdded(let member):
            tag(.staffAdded); member.write(to: &w)
        case .staffChanged(let member):
            tag(.staffChanged); member.write(to: &w)
        case .shiftChanged(let shift):
            tag(.shiftChanged); shift.write(to: &w)
        case .shiftPunched(let id, let action):
            tag(.shiftPunched); w.id(id); w.code(action, BinaryCodes.clockAction)
        case .timeOffDecision(let id, let status, let note):
            tag(.timeOffDecision); w.id(id); w.code(status, BinaryCodes.timeOffStatus); w.optionalString(note)
        case .accountAdded(let account):
            tag(.accountAdded); account.write(to: &w)
        case .accountChanged(let account):
            tag(.accountChanged); account.write(to: &w)
        case .taskChanged(let card):
            tag(.taskChanged); card.write(to: &w)
        case .wipOverridden(let id, let column, let count, let limit):
            tag(.wipOverridden); w.id(id); w.code(column, BinaryCodes.boardColumn); w.int(count); w.int(limit)
        case .rowsRestored(let seq, let images):
            // Rows of any kind, rare: JSON like the settings.
            tag(.rowsRestored); w.unsigned(seq)
            w.string(String(decoding: (try? DomainCoding.encoder().encode(images)) ?? Data(), as: UTF8.self))
        case .alertSnoozed(let login, let identity, let until):
            tag(.alertSnoozed); w.string(login); w.string(identity); w.bool(until != nil)
            if let until { w.date(until) }
        }
    }

    private static func readChange(from r: inout BinaryReader) throws(BinaryDecodingError) -> Change {
        let raw = try r.byte()
        guard let tag = Tag(rawValue: raw) else { throw r.failure("unknown change tag \(raw)") }
        switch tag {
        case .patientAdded: return .patientAdded(try Patient(event: &r))
        case .paperworkCompleted: return .paperworkCompleted(try r.id())
        case .appointmentBooked: return .appointmentBooked(try Appointment(from: &r))
        case .appointmentStatusChanged:
            return .appointmentStatusChanged(
                try r.id(), to: try r.code(BinaryCodes.flowStatus, "flow status"),
                room: try r.optionalString(), note: try r.optionalString())
        case .appointmentMoved:
            return .appointmentMoved(
                try r.id(), day: try r.day(), start: try r.time(), provider: try r.id(),
                overbooked: try r.bool())
        case .insuranceVerified: return .insuranceVerified(try r.id(), verified: try r.bool())
        case .copayCollected: return .copayCollected(try r.id(), amount: try r.cents())
        case .taskAdded: return .taskAdded(try TaskCard(event: &r))
        case .taskChanged: return .taskChanged(try TaskCard(from: &r))
        case .wipOverridden:
            return .wipOverridden(
                try r.id(), column: try r.code(BinaryCodes.boardColumn, "board column"), count: try r.int(),
                limit: try r.int())
        case .taskMoved:
            return .taskMoved(try r.id(), to: try r.code(BinaryCodes.boardColumn, "board column"), rank: try r.int())
        case .taskAssigned: return .taskAssigned(try r.id(), to: try r.optionalID())
        case .claimStatusChanged:
            return .claimStatusChanged(
                try r.id(), to: try r.code(BinaryCodes.claimStatus, "claim status"),
                note: try r.optionalString())
        case .claimPaid:
            return .claimPaid(
                try r.id(), amount: try r.cents(), adjustment: try r.cents(),
                to: try r.code(BinaryCodes.claimStatus, "claim status"))
        case .claimDenied: return .claimDenied(try r.id(), try Denial(from: &r))
        case .claimFollowUpSet: return .claimFollowUpSet(try r.id(), try r.day())
        case .timeOffRecorded: return .timeOffRecorded(try TimeOff(event: &r))
        case .timeOffDecided:
            return .timeOffDecided(try r.id(), to: try r.code(BinaryCodes.timeOffStatus, "time-off status"))
        case .shiftAdded: return .shiftAdded(try Shift(event: &r))
        case .shiftRemoved: return .shiftRemoved(try r.id())
        case .claimCreated: return .claimCreated(try Claim(from: &r))
        case .claimEdited:
            let id: ClaimID = try r.id()
            let diagnoses = try r.strings()
            var lines: [ServiceLine] = []
            for _ in 0..<(try r.count(elementSize: 5)) { lines.append(try ServiceLine(from: &r)) }
            return .claimEdited(id, diagnoses: diagnoses, lines: lines, placeOfService: try r.string())
        case .claimSubmitted:
            return .claimSubmitted(try r.id(), lateAfter: try r.optionalDay(), note: try r.optionalString())
        case .claimPosted: return .claimPosted(try r.id(), try ClaimPostingBatch(from: &r))
        case .claimNoted: return .claimNoted(try r.id(), try r.string())
        case .patientPaymentRecorded: return .patientPaymentRecorded(try PatientPayment(from: &r))
        case .settingsChanged:
            let start = r.offsetInFile
            let text = try r.string()
            guard let settings = try? DomainCoding.decoder().decode(PracticeSettings.self, from: Data(text.utf8))
            else { throw BinaryDecodingError(offset: start, detail: "settings do not decode") }
            return .settingsChanged(settings)
        case .staffAdded: return .staffAdded(try Staff(from: &r))
        case .staffChanged: return .staffChanged(try Staff(from: &r))
        case .shiftChanged: return .shiftChanged(try Shift(from: &r))
        case .shiftPunched: return .shiftPunched(try r.id(), try r.code(BinaryCodes.clockAction, "clock action"))
        case .timeOffDecision:
            return .timeOffDecision(
                try r.id(), to: try r.code(BinaryCodes.timeOffStatus, "time-off status"), note: try r.optionalString())
        case .accountAdded: return .accountAdded(try Account(from: &r))
        case .accountChanged: return .accountChanged(try Account(from: &r))
        case .rowsRestored:
            let seq = try r.unsigned()
            let start = r.offsetInFile
            let text = try r.string()
            guard let images = try? DomainCoding.decoder().decode([RowImage].self, from: Data(text.utf8))
            else { throw BinaryDecodingError(offset: start, detail: "restored rows do not decode") }
            return .rowsRestored(undoing: seq, images)
        case .alertSnoozed:
            let login = try r.string()
            let identity = try r.string()
            let until = try r.bool() ? try r.date() : nil
            return .alertSnoozed(login: login, identity: identity, until: until)
        }
    }
}
