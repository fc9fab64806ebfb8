import Foundation

/// Every change anyone can ask for. `Practice.validate` turns a command into changes or refuses it.
/// The command language (`CommandLanguage`) parses text into these; the dashboard's keys build them directly.
public enum Command: Codable, Sendable, Equatable {
    // Patients and appointments
    case addPatient(NewPatient)
    case bookAppointment(Booking)
    case confirm(AppointmentID)
    case checkIn(AppointmentID)
    case room(AppointmentID, room: String?)
    case see(AppointmentID)
    case checkOut(AppointmentID)
    case noShow(AppointmentID)
    case leftWithoutVisit(AppointmentID)
    case cancel(AppointmentID, reason: String)
    case moveAppointment(AppointmentID, day: LocalDate, start: TimeOfDay, provider: StaffID?, override: Bool)
    case verifyInsurance(AppointmentID, verified: Bool)
    /// `amount` nil: what is still due. More than is due (or anything when nothing is) is refused unless `over`,
    /// which records the excess as a prepayment (`Appointment.copayPrepaid`).
    case collectCopay(AppointmentID, amount: Cents?, over: Bool = false)
    case completePaperwork(PatientID)
    // Tasks
    case addTask(NewTask)
    case moveTask(TaskID, to: BoardColumn, override: Bool)
    case reorderTask(TaskID, by: Int)
    case completeTask(TaskID)
    case assignTask(TaskID, to: StaffID?)
    // Claims
    case submitClaim(ClaimID)
    case acceptClaim(ClaimID)
    case rejectClaim(ClaimID, reason: String)
    case payClaim(ClaimID, amount: Cents, adjustment: Cents?)
    case denyClaim(ClaimID, Denial)
    case appealClaim(ClaimID)
    case writeOffClaim(ClaimID)
    case setClaimFollowUp(ClaimID, LocalDate)
    // Staff
    case callInSick(StaffID, day: LocalDate?)
    case requestTimeOff(StaffID, from: LocalDate, through: LocalDate, note: String)
    case approveTimeOff(TimeOffID)
    case denyTimeOff(TimeOffID)
    case addShift(StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay, role: StaffRole?)
    case removeShift(ShiftID)
}

public struct NewPatient: Codable, Sendable, Equatable {
    public var givenName: String
    public var familyName: String
    public var birthDate: LocalDate
    public var phone: String
    public var payer: PayerID?
    public var memberID: String
    public var copay: Cents

    public init(
        givenName: String, familyName: String, birthDate: LocalDate, phone: String, payer: PayerID? = nil,
        memberID: String = "", copay: Cents = .zero
    ) {
        self.givenName = givenName; self.familyName = familyName; self.birthDate = birthDate; self.phone = phone
        self.payer = payer; self.memberID = memberID; self.copay = copay
    }
}

public struct Booking: Codable, Sendable, Equatable {
    public var patient: PatientID
    public var provider: StaffID
    public var day: LocalDate
    public var start: TimeOfDay
    public var minutes: Int?
    public var visitType: VisitType
    public var reason: String
    /// Book even though `conflicts` finds problems (an overbook); the appointment is marked so.
    public var override: Bool

    public init(
        patient: PatientID, provider: StaffID, day: LocalDate, start: TimeOfDay, minutes: Int? = nil,
        visitType: VisitType = .followUp, reason: String = "", override: Bool = false
    ) {
        self.patient = patient; self.provider = provider; self.day = day; self.start = start; self.minutes = minutes
        self.visitType = visitType; self.reason = reason; self.override = override
    }
}

public struct NewTask: Codable, Sendable, Equatable {
    public var title: String
    public var column: BoardColumn
    public var owner: StaffID?
    public var due: LocalDate?
    public var priority: TaskPriority
    public var labels: [String]
    public var recurrence: Recurrence

    public init(
        title: String, column: BoardColumn = .backlog, owner: StaffID? = nil, due: LocalDate? = nil,
        priority: TaskPriority = .normal, labels: [String] = [], recurrence: Recurrence = .none
    ) {
        self.title = title; self.column = column; self.owner = owner; self.due = due; self.priority = priority
        self.labels = labels; self.recurrence = recurrence
    }
}
