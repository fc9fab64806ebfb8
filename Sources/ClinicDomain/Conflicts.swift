/// Booking conflicts the front desk must see before saving: provider overlap, outside the provider's shift,
/// provider on PTO or sick, patient double-booked. An override books anyway (an overbook).
public struct BookingConflict: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case providerOverlap, outsideShift, providerOff, patientDoubleBooked }
    public let kind: Kind
    public let message: String
    public var description: String { message }
}

extension Practice {
    /// An arrival this many minutes after the start is stamped as late.
    public static let lateArrivalMinutes = 10

    public func conflicts(
        provider: StaffID, patient: PatientID, day: LocalDate, start: TimeOfDay, minutes: Int,
        ignoring: AppointmentID?
    ) -> [BookingConflict] {
        var found: [BookingConflict] = []
        let sameDay = appointments(on: day).filter {
            $0.id != ignoring && $0.holdsSlot && $0.status != .leftWithoutVisit
        }
        let providerName = staff[provider]?.displayName ?? provider.description
        if let clash = sameDay.first(where: {
            $0.provider == provider && $0.overlaps(day: day, start: start, minutes: minutes)
        }) {
            let who = patients[clash.patient]?.shortName ?? clash.patient.description
            found.append(
                BookingConflict(
                    kind: .providerOverlap,
                    message: "\(providerName) already has \(clash.id) (\(who)) \(clash.start)–\(clash.end)"))
        }
        if let off = timeOff(for: provider, on: day) {
            found.append(
                BookingConflict(
                    kind: .providerOff,
                    message: "\(providerName) is \(off.kind == .sick ? "out sick" : "on PTO") on \(day) (\(off.id))"))
        } else {
            let end = TimeOfDay(minutes: start.minutes + minutes)
            let providerShifts = shifts(on: day).filter { $0.staff == provider }
            if !providerShifts.contains(where: { $0.covers(from: start, to: end) }) {
                let hours = providerShifts.sorted { $0.start < $1.start }.map { "\($0.start)–\($0.end)" }.joined(
                    separator: ", ")
                found.append(
                    BookingConflict(
                        kind: .outsideShift,
                        message: hours.isEmpty
                            ? "\(providerName) has no shift on \(day)"
                            : "\(start)–\(end) is outside \(providerName)'s shift (\(hours))"))
            }
        }
        if let clash = sameDay.first(where: {
            $0.patient == patient && $0.overlaps(day: day, start: start, minutes: minutes)
        }) {
            let otherProvider = staff[clash.provider]?.displayName ?? clash.provider.description
            found.append(
                BookingConflict(
                    kind: .patientDoubleBooked,
                    message:
                        "\(patients[patient]?.shortName ?? patient.description) is already booked "
                        + "\(clash.start)–\(clash.end) with \(otherProvider) (\(clash.id))"
                ))
        }
        return found
    }

    /// The first start at or after `from` on `day` (aligned to the slot grid) where `provider` can see a patient
    /// for `minutes` without any conflict; searches up to `days` days ahead, weekends included only if shifts exist.
    public func nextFreeSlot(
        provider: StaffID, minutes: Int, from day: LocalDate, after time: TimeOfDay,
        days: Int = 14
    ) -> (day: LocalDate, start: TimeOfDay)? {
        let step = max(5, settings.slotMinutes)
        for offset in 0..<max(1, days) {
            let candidateDay = day.adding(days: offset)
            guard timeOff(for: provider, on: candidateDay) == nil else { continue }
            let dayShifts = shifts(on: candidateDay).filter { $0.staff == provider }
            let busy = appointments(on: candidateDay).filter { $0.provider == provider && $0.holdsSlot }
            for shift in dayShifts {
                var t = shift.start.minutes
                if offset == 0 { t = max(t, ((time.minutes + step - 1) / step) * step) }
                while t + minutes <= shift.end.minutes {
                    let start = TimeOfDay(minutes: t)
                    // Visits may not sit in the provider's planned break: resume after it.
                    if let breakStart = shift.breakStart, let breakEnd = shift.breakEnd,
                        breakStart.minutes < t + minutes && t < breakEnd.minutes
                    {
                        t = max(t + step, ((breakEnd.minutes + step - 1) / step) * step)
                        continue
                    }
                    if let clash = busy.first(where: { $0.overlaps(day: candidateDay, start: start, minutes: minutes) })
                    {
                        t = max(t + step, ((clash.end.minutes + step - 1) / step) * step)
                        continue
                    }
                    return (candidateDay, start)
                }
            }
        }
        return nil
    }
}
