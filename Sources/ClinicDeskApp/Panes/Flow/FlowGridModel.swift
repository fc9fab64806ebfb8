import ClinicDomain
import Foundation

/// Where the grid's cursor sits: a provider column and the start of a slot.
struct GridCursor: Sendable, Equatable {
    var provider: StaffID
    var slot: TimeOfDay
}

/// The day as a time grid: which providers get a column, which slots there are, and what fills each cell.
/// Built once per practice state, day and filter (`GridModelQuery`), so draws and keys share it.
struct GridModel: Sendable {
    enum Cell: Equatable, Sendable {
        /// No shift covers the slot.
        case off
        /// Approved PTO or a sick call for the whole day, nothing booked in the slot.
        case away(TimeOffKind)
        /// In the provider's shift with nothing booked.
        case free
        /// An appointment covering the slot; `row` 0 is the slot it starts in; `extra` more appointments share the
        /// slot; `move`: its provider is away and the patient is not seen yet, so the desk has to move the visit.
        /// A block wins over the away shading: shading it would hide a patient who may already be waiting.
        case block(Appointment, row: Int, extra: Int, move: Bool)
    }

    let day: LocalDate
    let slotMinutes: Int
    let columns: [Staff]
    let slots: [TimeOfDay]
    private let booked: [StaffID: [Appointment]]
    private let shiftsByProvider: [StaffID: [Shift]]
    private let away: [StaffID: TimeOffKind]
    private let countsByProvider: [StaffID: Counts]

    /// A column header's figures: visits holding a slot, free slots, and (provider away) visits to move.
    struct Counts: Equatable, Sendable {
        var appointments = 0, free = 0, toMove = 0
    }

    /// `columns`: the providers working that day (see `Practice.providersWorking`), narrowed to `providerFilter`.
    init(practice: Practice, day: LocalDate, columns working: [Staff], providerFilter: StaffID?) {
        self.day = day
        slotMinutes = max(5, practice.settings.slotMinutes)
        columns = working.filter { providerFilter == nil || $0.id == providerFilter }
        let ids = Set(columns.map(\.id))
        let dayAppointments = practice.appointments(on: day).filter { ids.contains($0.provider) && $0.holdsSlot }
        let bookedMap = Dictionary(grouping: dayAppointments, by: \.provider)
        let dayShifts = practice.shifts(on: day).filter { ids.contains($0.staff) }
        let shiftMap = Dictionary(grouping: dayShifts, by: \.staff)
        let awayKinds = practice.providersAway(on: day).filter { ids.contains($0.key) }
        // The grid spans the practice's opening hours, stretched to any shift or appointment outside them.
        var first = practice.settings.dayStart.minutes
        var last = practice.settings.dayEnd.minutes
        for shift in dayShifts { first = min(first, shift.start.minutes); last = max(last, shift.end.minutes) }
        for a in dayAppointments { first = min(first, a.start.minutes); last = max(last, a.end.minutes) }
        let step = slotMinutes
        first = (first / step) * step
        last = min(24 * 60, ((last + step - 1) / step) * step)
        let slotList = stride(from: first, to: last, by: step).map { TimeOfDay(minutes: $0) }
        // Counted once here: the header shows them on every frame.
        var counts: [StaffID: Counts] = [:]
        for provider in columns {
            let free = slotList.filter {
                Self.cell(
                    provider: provider.id, slot: $0, day: day, step: step, booked: bookedMap,
                    shifts: shiftMap, away: awayKinds) == .free
            }.count
            let mine = bookedMap[provider.id] ?? []
            let toMove = awayKinds[provider.id] == nil ? 0 : mine.filter(\.needsMoveIfAway).count
            counts[provider.id] = Counts(appointments: mine.count, free: free, toMove: toMove)
        }
        booked = bookedMap
        shiftsByProvider = shiftMap
        away = awayKinds
        slots = slotList
        countsByProvider = counts
    }

    func column(of provider: StaffID) -> Int? { columns.firstIndex(where: { $0.id == provider }) }

    /// The slot row holding `time` (clamped into the grid).
    func slotIndex(of time: TimeOfDay) -> Int {
        guard let first = slots.first else { return 0 }
        return min(max(0, (time.minutes - first.minutes) / slotMinutes), slots.count - 1)
    }

    func cell(provider: StaffID, slot: TimeOfDay) -> Cell {
        Self.cell(
            provider: provider, slot: slot, day: day, step: slotMinutes, booked: booked, shifts: shiftsByProvider,
            away: away)
    }

    private static func cell(
        provider: StaffID, slot: TimeOfDay, day: LocalDate, step: Int, booked: [StaffID: [Appointment]],
        shifts: [StaffID: [Shift]], away: [StaffID: TimeOffKind]
    ) -> Cell {
        let covering = (booked[provider] ?? []).filter { $0.overlaps(day: day, start: slot, minutes: step) }
        // An appointment starting in this slot wins over the tail of an earlier one, so every visit shows its name
        // (10:00–10:20 and 10:20–10:40 share the 10:15 row); more starting here are counted as "+n".
        let starting = covering.filter { $0.start.minutes >= slot.minutes }
        if let a = starting.first ?? covering.first {
            let row = max(0, slot.minutes - (a.start.minutes / step) * step) / step
            let move = away[provider] != nil && a.needsMoveIfAway
            return .block(a, row: row, extra: max(0, starting.count - 1), move: move)
        }
        if let kind = away[provider] { return .away(kind) }
        let end = TimeOfDay(minutes: slot.minutes + step)
        return (shifts[provider] ?? []).contains(where: { $0.covers(from: slot, to: end) }) ? .free : .off
    }

    /// Booked appointments and free slots per provider, for the column headers.
    func counts(provider: StaffID) -> Counts { countsByProvider[provider] ?? Counts() }

    func shiftHours(provider: StaffID) -> String {
        (shiftsByProvider[provider] ?? []).sorted { $0.start < $1.start }
            .map { "\($0.start.hour)–\($0.end.hour)" }.joined(separator: ",")
    }

    /// The cursor to use: the stored one while it still fits the grid, else the selected appointment's slot,
    /// else the slot holding now (today), else the first slot.
    func cursor(_ stored: GridCursor?, selected: AppointmentID?, context: PaneContext) -> GridCursor? {
        guard let firstColumn = columns.first, let firstSlot = slots.first, let lastSlot = slots.last else {
            return nil
        }
        if let stored, column(of: stored.provider) != nil, stored.slot >= firstSlot, stored.slot <= lastSlot {
            return GridCursor(provider: stored.provider, slot: slots[slotIndex(of: stored.slot)])
        }
        if let selected, let a = context.practice.appointments[selected], a.day == day, column(of: a.provider) != nil {
            return GridCursor(provider: a.provider, slot: slots[slotIndex(of: a.start)])
        }
        if day == context.today {
            let now = context.practice.clock.timeOfDay(of: context.now)
            return GridCursor(provider: firstColumn.id, slot: slots[slotIndex(of: now)])
        }
        return GridCursor(provider: firstColumn.id, slot: firstSlot)
    }

    /// The provider's time off that day, if any.
    func awayKind(_ provider: StaffID) -> TimeOffKind? { away[provider] }

    /// An away column with nothing booked only needs room for "PTO"; the others share the rest.
    func isNarrow(_ provider: StaffID) -> Bool { away[provider] != nil && (booked[provider] ?? []).isEmpty }

    func appointment(at cursor: GridCursor?) -> Appointment? {
        guard let cursor, case .block(let a, _, _, _) = cell(provider: cursor.provider, slot: cursor.slot) else {
            return nil
        }
        return a
    }

    /// The cursor moved by whole slots and columns, kept inside the grid.
    func moved(_ cursor: GridCursor, rows: Int, columns deltaColumns: Int) -> GridCursor {
        let row = min(max(0, slotIndex(of: cursor.slot) + rows), max(0, slots.count - 1))
        let col = min(max(0, (column(of: cursor.provider) ?? 0) + deltaColumns), max(0, columns.count - 1))
        guard !slots.isEmpty, !columns.isEmpty else { return cursor }
        return GridCursor(provider: columns[col].id, slot: slots[row])
    }
}
