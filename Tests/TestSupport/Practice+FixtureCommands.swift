import ClinicDomain
import Foundation

/// Commands as the front desk types them, on the fixture's clock: tests build state through the real rules.
extension Practice {
    /// Validates and applies at `time` (default: the fixture's now) as the front desk.
    @discardableResult
    public mutating func run(
        _ command: Command, at time: Date = Fixture.now,
        actor: String = "ana"
    ) throws(DomainError) -> [Event] {
        try execute(command, actor: actor, now: time)
    }

    /// Books through the real command and returns the new appointment's ID.
    public mutating func book(
        _ patient: PatientID, with provider: StaffID, at start: String, minutes: Int = 20,
        on day: LocalDate = Fixture.today, override: Bool = false,
        bookedAt: Date = Fixture.at(7, 0, on: Fixture.today.adding(days: -7))
    )
        throws -> AppointmentID
    {
        let booking = Booking(
            patient: patient, provider: provider, day: day, start: Fixture.time(start),
            minutes: minutes, override: override)
        let events = try run(.bookAppointment(booking), at: bookedAt)
        guard case .appointmentBooked(let appointment)? = events.first?.change else {
            throw DomainError("booking produced no appointment")
        }
        return appointment.id
    }

    /// Walks an appointment through the flow: one step at each time given, in flow order.
    public mutating func walk(
        _ id: AppointmentID, arrived: Date? = nil, roomed: Date? = nil, seen: Date? = nil,
        out: Date? = nil
    ) throws {
        if let arrived { try run(.checkIn(id), at: arrived) }
        if let roomed { try run(.room(id, room: nil), at: roomed) }
        if let seen { try run(.see(id), at: seen) }
        if let out { try run(.checkOut(id), at: out) }
    }
}
