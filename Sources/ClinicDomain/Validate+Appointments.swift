import Foundation

extension Practice {
    func validateAddPatient(_ new: NewPatient, now: Date) throws(DomainError) -> [Change] {
        let given = try checked(new.givenName, .givenName)
        let family = try checked(new.familyName, .familyName)
        try checked(new.birthDate, .birthDate, now: now)
        let phone = try checked(new.phone, .phone)
        let memberID = try checked(new.memberID, .memberID)
        if let payer = new.payer, !payers.contains(payer) { throw DomainError("There is no payer \(payer).") }
        guard new.copay >= .zero else { throw DomainError("A copay cannot be negative.") }
        let patient = Patient(
            id: nextID(Patient.self), givenName: given, familyName: family, birthDate: new.birthDate,
            phone: phone, payer: new.payer, memberID: memberID, copay: new.copay,
            paperworkComplete: false, sex: new.sex, address: new.address)
        return [.patientAdded(patient)]
    }

    func validateBooking(_ booking: Booking, now: Date) throws(DomainError) -> [Change] {
        try checked(booking.day, .appointmentDay, now: now)
        let reason = try checked(booking.reason, .visitReason)
        let patient = try require(booking.patient)
        let provider = try require(booking.provider)
        guard provider.isProvider else {
            throw DomainError(
                "\(provider.id) (\(provider.fullName)) is a \(provider.role.label.lowercased()), not a provider: "
                    + "book with a physician, NP or PA."
            )
        }
        try requireLicensed(provider, on: booking.day)
        let minutes = booking.minutes ?? booking.visitType.defaultMinutes
        guard (5...480).contains(minutes) else {
            throw DomainError("An appointment lasts 5 to 480 minutes, not \(minutes).")
        }
        guard booking.start.minutes + minutes <= 24 * 60 else {
            throw DomainError("The appointment would run past midnight.")
        }
        let found = conflicts(
            provider: booking.provider, patient: booking.patient, day: booking.day,
            start: booking.start, minutes: minutes, ignoring: nil)
        if !found.isEmpty && !booking.override {
            throw DomainError(
                "Not booked: " + found.map(\.message).joined(separator: "; ") + ". Add --override to overbook.")
        }
        let appointment = Appointment(
            id: nextID(Appointment.self), patient: patient.id, provider: provider.id, day: booking.day,
            start: booking.start, minutes: minutes, visitType: booking.visitType, reason: reason,
            copayDue: patient.copay, overbooked: !found.isEmpty)
        return [.appointmentBooked(appointment)]
    }

    func validateMove(
        _ id: AppointmentID, day: LocalDate, start: TimeOfDay, provider: StaffID?,
        override: Bool, now: Date
    ) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        try checked(day, .appointmentDay, now: now)
        // A patient already in the building can be handed to another provider the same day (theirs called in
        // sick), but not sent to another day.
        let waiting = appointment.status == .arrived || appointment.status == .roomed
        guard appointment.status.isUpcoming || (waiting && day == appointment.day) else {
            throw DomainError(
                "\(id) is \(appointment.status.label): only a scheduled or confirmed appointment can be moved"
                    + (waiting ? " to another day (a waiting patient can go to another provider today)." : "."))
        }
        let providerID = provider ?? appointment.provider
        let newProvider = try require(providerID)
        guard newProvider.isProvider else {
            throw DomainError("\(providerID) (\(newProvider.fullName)) is not a provider.")
        }
        try requireLicensed(newProvider, on: day)
        guard start.minutes + appointment.minutes <= 24 * 60 else {
            throw DomainError("The appointment would run past midnight.")
        }
        let found = conflicts(
            provider: providerID, patient: appointment.patient, day: day, start: start,
            minutes: appointment.minutes, ignoring: id)
        if !found.isEmpty && !override {
            throw DomainError(
                "Not moved: " + found.map(\.message).joined(separator: "; ") + ". Add --override to overbook.")
        }
        return [.appointmentMoved(id, day: day, start: start, provider: providerID, overbooked: !found.isEmpty)]
    }

    func flowStep(
        _ id: AppointmentID, to target: FlowStatus, now: Date, room: String? = nil,
        note: String? = nil
    ) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        guard appointment.status.canMove(to: target) else {
            throw DomainError(flowRefusal(appointment, target: target))
        }
        var note = note
        if target == .arrived {
            // A patient arrives on the visit's day: tomorrow's visit checked in today is a wrong row, not a visit.
            let today = clock.day(of: now)
            guard today == appointment.day else {
                throw DomainError(
                    "\(id) is booked for \(appointment.day) at \(appointment.start): "
                        + "check in only on the visit's day (today is \(today)).")
            }
            let startInstant = clock.instant(appointment.day, appointment.start)
            let lateBy = PracticeClock.minutes(from: startInstant, to: now)
            if now > startInstant && lateBy >= Practice.lateArrivalMinutes { note = note ?? "late by \(lateBy)m" }
        }
        return [.appointmentStatusChanged(id, to: target, room: room, note: note)]
    }

    func validateRoom(_ id: AppointmentID, room: String?, now: Date) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        // The flow rule first: "A-3 cannot be roomed: checked out" says more than "every room is taken".
        guard appointment.status.canMove(to: .roomed) else {
            throw DomainError(flowRefusal(appointment, target: .roomed))
        }
        if let room {
            let named = try checked(room, .room)
            guard settings.rooms.contains(named) else {
                throw DomainError(
                    "room: '\(named)' is not one of the practice's rooms (\(settings.rooms.joined(separator: ", "))).")
            }
        }
        let chosen = room.map { $0.trimmingCharacters(in: .whitespaces) } ?? freeRooms(on: appointment.day).first
        guard let chosen else { throw DomainError("Every room is taken: free one first, or name a room.") }
        if let busy = appointments(on: appointment.day).first(where: {
            $0.id != id && $0.room == chosen && ($0.status == .roomed || $0.status == .withProvider)
        }) {
            throw DomainError("Room \(chosen) is in use by \(busy.id) (\(patients[busy.patient]?.shortName ?? "?")).")
        }
        return try flowStep(id, to: .roomed, now: now, room: chosen)
    }

    /// Rooms not occupied by a roomed or with-provider patient on `day`.
    public func freeRooms(on day: LocalDate) -> [String] {
        let taken = Set(
            appointments(on: day).filter { $0.status == .roomed || $0.status == .withProvider }.compactMap(\.room))
        return settings.rooms.filter { !taken.contains($0) }
    }

    func validateNoShow(_ id: AppointmentID, now: Date) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        let startInstant = clock.instant(appointment.day, appointment.start)
        guard appointment.status.canMove(to: .noShow) else {
            throw DomainError(flowRefusal(appointment, target: .noShow))
        }
        // The grace period first: a patient ten minutes late is late, not absent.
        let grace = settings.noShowGraceMinutes
        let from = startInstant.addingTimeInterval(Double(grace * 60))
        guard now >= from else {
            throw DomainError(
                "\(id) starts at \(appointment.start) on \(appointment.day): it can be marked a no-show from "
                    + "\(clock.timeOfDay(of: from)) on \(clock.day(of: from)), \(grace) minutes after the start.")
        }
        return [.appointmentStatusChanged(id, to: .noShow, room: nil, note: nil)]
    }

    func validateCancel(_ id: AppointmentID, reason: String, now: Date) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        let reason = try checked(reason, .cancelReason)
        guard appointment.status.canMove(to: .cancelled) else {
            throw DomainError(flowRefusal(appointment, target: .cancelled))
        }
        let startInstant = clock.instant(appointment.day, appointment.start)
        let hours = settings.lateCancelHours
        let late = isLateCancellation(startInstant: startInstant, cancelledAt: now)
        return [
            .appointmentStatusChanged(
                id, to: .cancelled, room: nil, note: late ? "\(reason) (late cancel, < \(hours) h)" : reason)
        ]
    }

    /// Collects what is due, or `amount`. More than is still due is refused unless `over`: then the excess is a
    /// prepayment toward the patient's balance, kept on the appointment as collected beyond due (`copayPrepaid`).
    func validateCopay(_ id: AppointmentID, amount: Cents?, over: Bool = false) throws(DomainError) -> [Change] {
        let appointment = try require(id)
        guard appointment.status != .cancelled, appointment.status != .noShow else {
            throw DomainError("\(id) is \(appointment.status.label): collect a copay only for a visit.")
        }
        let owed = max(.zero, appointment.copayDue - appointment.copayCollected)
        let standing = "due \(appointment.copayDue), collected \(appointment.copayCollected)"
        guard let amount = amount ?? (owed > .zero ? owed : nil) else {
            throw DomainError(
                "\(id) has no copay outstanding (\(standing)); to take a prepayment, give an amount and --over.")
        }
        guard amount > .zero else { throw DomainError("A copay collected on \(id) must be more than \(Cents.zero).") }
        if amount > owed && !over {
            let excess = amount - owed
            throw DomainError(
                "\(id) has \(owed) copay outstanding (\(standing)): \(amount) is \(excess) more. "
                    + "Collect \(owed), or add --over to record the \(excess) as a prepayment to the patient's balance."
            )
        }
        return [.copayCollected(id, amount: amount)]
    }

    /// Cancelled inside the practice's window (`lateCancelHours`, 24 by default) before the start.
    func isLateCancellation(startInstant: Date, cancelledAt: Date) -> Bool {
        startInstant.timeIntervalSince(cancelledAt) < Double(settings.lateCancelHours * 3600)
    }

    /// A cancelled appointment whose cancellation came inside the window: counted beside no-shows.
    public func isLateCancellation(_ appointment: Appointment) -> Bool {
        guard appointment.status == .cancelled, let at = appointment.enteredAt(.cancelled) else { return false }
        return isLateCancellation(startInstant: clock.instant(appointment.day, appointment.start), cancelledAt: at)
    }

    func flowRefusal(_ appointment: Appointment, target: FlowStatus) -> String {
        let who =
            "\(appointment.id) (\(patients[appointment.patient]?.fullName ?? "unknown patient"), \(appointment.start))"
        let verb: String
        switch target {
        case .confirmed: verb = "be confirmed"
        case .arrived: verb = "be checked in"
        case .roomed: verb = "be roomed"
        case .withProvider: verb = "be seen"
        case .checkedOut: verb = "be checked out"
        case .noShow: verb = "be marked no-show"
        case .cancelled: verb = "be cancelled"
        case .leftWithoutVisit: verb = "leave without a visit"
        case .scheduled: verb = "be scheduled"
        }
        let allowed = FlowStatus.allCases.filter { appointment.status.canMove(to: $0) }.map(\.label)
        let rule =
            allowed.isEmpty
            ? "that status is final" : "from there it can only become " + allowed.joined(separator: ", ")
        return "\(who) cannot \(verb): the patient is \(appointment.status.label); \(rule)."
    }

    func finalError(_ appointment: Appointment, action: String) -> DomainError {
        DomainError("\(appointment.id) is \(appointment.status.label): it can no longer \(action).")
    }
}
