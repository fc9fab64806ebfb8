import Foundation

/// One provider on one day of the week overview.
public struct WeekCell: Sendable, Equatable {
    public var day: LocalDate
    public var provider: StaffID
    /// Appointments that hold a slot (cancelled and no-show ones do not).
    public var appointments: Int
    /// Free `slotMinutes` slots inside the provider's shifts; 0 when off or not working.
    public var freeSlots: Int
    /// Whether the provider has a shift that day.
    public var working: Bool
    /// Approved PTO or sick leave covering the day.
    public var timeOff: TimeOffKind?

    public init(
        day: LocalDate, provider: StaffID, appointments: Int, freeSlots: Int, working: Bool,
        timeOff: TimeOffKind?
    ) {
        self.day = day; self.provider = provider; self.appointments = appointments; self.freeSlots = freeSlots
        self.working = working; self.timeOff = timeOff
    }

    public var onPTO: Bool { timeOff == .vacation }
}

extension Practice {
    /// Per provider (ID order) per day from `monday`: appointment count, free slots, time off. Day-major order:
    /// all providers for the first day, then the next day. One pass over shifts plus the day index per day.
    public func weekOverview(from monday: LocalDate, days: Int = 5) -> [WeekCell] {
        let dayCount = max(0, days)
        guard dayCount > 0 else { return [] }
        var shiftsByStaffDay: [StaffID: [LocalDate: [Shift]]] = [:]
        for offset in 0..<dayCount {
            for shift in shifts(on: monday.adding(days: offset)) {
                shiftsByStaffDay[shift.staff, default: [:]][shift.day, default: []].append(shift)
            }
        }
        let providerList = providers
        let step = max(5, settings.slotMinutes)
        var cells: [WeekCell] = []
        cells.reserveCapacity(dayCount * providerList.count)
        for offset in 0..<dayCount {
            let day = monday.adding(days: offset)
            var booked: [StaffID: [Appointment]] = [:]
            for appointment in appointments(on: day)
            where appointment.holdsSlot && appointment.status != .leftWithoutVisit {
                booked[appointment.provider, default: []].append(appointment)
            }
            for provider in providerList {
                let dayShifts = shiftsByStaffDay[provider.id]?[day] ?? []
                let off = timeOff(for: provider.id, on: day)?.kind
                let mine = booked[provider.id] ?? []
                var free = 0
                if off == nil {
                    for shift in dayShifts {
                        var t = shift.start.minutes
                        while t + step <= shift.end.minutes {
                            let slot = TimeOfDay(minutes: t)
                            if !mine.contains(where: { $0.overlaps(day: day, start: slot, minutes: step) }) {
                                free += 1
                            }
                            t += step
                        }
                    }
                }
                cells.append(
                    WeekCell(
                        day: day, provider: provider.id, appointments: mine.count, freeSlots: free,
                        working: !dayShifts.isEmpty && off == nil, timeOff: off))
            }
        }
        return cells
    }
}
