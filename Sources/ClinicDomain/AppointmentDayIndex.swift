import HashTreeCollections

/// Appointment IDs per day in board order (start, provider, ID): what the flow board, the grid, conflicts and the
/// next free slot ask for on every frame and command. Built in one pass on load; `Practice.apply` keeps it after.
public struct AppointmentDayIndex: Sendable {
    let days: TreeDictionary<LocalDate, [AppointmentID]>

    public typealias Key = (day: Int, start: Int, provider: Int, id: Int)

    public init(_ appointments: Table<Appointment>) {
        var keys: [Key] = []
        keys.reserveCapacity(appointments.count)
        appointments.forEach { keys.append(Self.key($0)) }
        self.init(keys: keys)
    }

    public static func key(_ a: Appointment) -> Key {
        (a.day.dayNumber, a.start.minutes, a.provider.number, a.id.number)
    }

    /// One sort of (day, start, provider, ID) keys, then one run per day: no row lookups while sorting. A loader
    /// collects the keys as it decodes, so it never walks the table again.
    public init(keys: [Key]) {
        var keys = keys
        keys.sort { ($0.day, $0.start, $0.provider, $0.id) < ($1.day, $1.start, $1.provider, $1.id) }
        var days = TreeDictionary<LocalDate, [AppointmentID]>()
        var index = 0
        while index < keys.count {
            let day = keys[index].day
            var ids: [AppointmentID] = []
            while index < keys.count, keys[index].day == day {
                ids.append(AppointmentID(keys[index].id))
                index += 1
            }
            days[LocalDate(dayNumber: day)] = ids
        }
        self.days = days
    }
}
