import ClinicDomain

/// What identifies a practice state without comparing it: every change is an event, so `lastSeq` moves; the
/// table sizes and the settings guard against two different practices at the same seq (tests, previews).
/// Cheap to take (a few counts and a settings copy), so every cache lookup takes one.
public struct PracticeStamp: Equatable, Sendable {
    let seq: UInt64
    let appointments: Int
    let patients: Int
    let claims: Int
    let tasks: Int
    let staff: Int
    let shifts: Int
    let timeOff: Int
    let settings: PracticeSettings

    public init(_ practice: Practice) {
        seq = practice.lastSeq; appointments = practice.appointments.count; patients = practice.patients.count
        claims = practice.claims.count; tasks = practice.tasks.count; staff = practice.staff.count
        shifts = practice.shifts.count; timeOff = practice.timeOff.count; settings = practice.settings
    }
}
