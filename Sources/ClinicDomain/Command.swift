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
    /// Title, due day and time, priority and notes; nil or `.unchanged` fields stay.
    case editTask(TaskID, TaskEdit)
    /// Adds and removes labels of the standard set (`TaskLabel`).
    case labelTask(TaskID, add: [String], remove: [String])
    case checklist(TaskID, ChecklistAction)
    /// Links the card to an item that exists now (a claim, visit, patient, staff member or another card).
    case linkTask(TaskID, ItemLink)
    case unlinkTask(TaskID, ItemLink)
    // Claims
    /// Charge capture: the draft claim for a checked-out visit, fees from the practice's schedule.
    case createClaim(NewClaim)
    /// Codes, lines and place of service of a draft, ready or rejected claim, replaced whole.
    case editClaim(ClaimID, ClaimContent)
    case readyClaim(ClaimID)
    /// `lateOverride`: submit past the payer's filing deadline, knowingly (recorded; likely denied CO-29).
    case submitClaim(ClaimID, lateOverride: Bool = false)
    case acceptClaim(ClaimID)
    case rejectClaim(ClaimID, reason: String)
    case payClaim(ClaimID, amount: Cents, adjustment: Cents?)
    case denyClaim(ClaimID, Denial)
    /// `note`: the grounds (required for a timely-filing denial: the proof it was filed in time).
    case appealClaim(ClaimID, note: String? = nil)
    /// Writes off what the payer still owes, with the reason.
    case writeOffClaim(ClaimID, reason: String? = nil)
    case setClaimFollowUp(ClaimID, LocalDate)
    /// A manual adjustment by CAS group and reason (a paper EOB's `PR-2 20.00`); negative undoes one.
    case adjustClaim(ClaimID, group: AdjustmentGroup, code: String, amount: Cents)
    case noteClaim(ClaimID, String)
    /// A corrected claim (frequency 7) from a denied, rejected or paid one: a new draft quoting the payer's claim
    /// number; the original closes as replaced.
    case replaceClaim(ClaimID)
    /// A void (frequency 8) of a claim the payer holds: a new claim, ready to send, cancelling it.
    case voidClaim(ClaimID)
    /// Remittances (an 835 file's transaction sets, or a paper EOB keyed the same way), posted as one atomic group.
    case postRemittances([RemittancePost])
    /// Marks claims submitted because an 837P file holding them is durably written (interchange control number).
    case recordClaimsSent([ClaimID], interchange: Int, lateOverride: Bool)
    // Patients' money
    /// A patient's payment (positive) or a refund of a credit (`refund`: the amount goes back to the patient).
    case recordPatientPayment(PatientID, amount: Cents, method: PaymentMethod, claim: ClaimID?, refund: Bool)
    // Settings
    case setFee(code: String, fee: Cents?)
    case setBillingProvider(BillingProvider)
    /// One practice-wide value (`set wait.warn 20`), checked against the others (wait.warn < wait.late).
    case setPracticeSetting(PracticeSettingName, PracticeSettingValue)
    /// A recurring duty (its `id` is assigned: pass 0); kept in the settings.
    case addDuty(RecurringDuty)
    /// Stops the duty numbered so; its cards stay on the board.
    case removeDuty(Int)
    /// Puts every duty occurrence due now on the board (`Practice.dutiesDue`); refused when none is.
    case generateDuties
    // Staff
    case callInSick(StaffID, day: LocalDate?)
    case requestTimeOff(StaffID, from: LocalDate, through: LocalDate, kind: TimeOffKind = .vacation, note: String)
    /// `override`: approve knowingly over the conflicts it creates (gaps, booked visits, an exceeded balance).
    case approveTimeOff(TimeOffID, override: Bool = false)
    case denyTimeOff(TimeOffID, reason: String? = nil)
    /// An end before the start is an overnight shift ending the next morning.
    case addShift(
        StaffID, day: LocalDate, start: TimeOfDay, end: TimeOfDay, role: StaffRole?, breakAt: ShiftBreak? = nil)
    case removeShift(ShiftID)
    case editShift(ShiftID, ShiftEdit)
    /// Two people trade shifts (same role covered, neither punched yet).
    case swapShifts(ShiftID, ShiftID)
    /// The time clock: in, break, back, out — against the shift running now (an unscheduled one for `in`).
    case clock(StaffID, ClockAction)
    /// Sets (or with nil clears) the person's usual hours on these weekdays.
    case setTemplate(StaffID, weekdays: [Int], TemplateShift?)
    /// The template does not apply on `day` (or, `remove`, applies again).
    case skipTemplate(StaffID, day: LocalDate, remove: Bool)
    /// Adds the week's shifts from everyone's template (or one person's), skipping exceptions, leave and shifts
    /// already there — so applying twice adds nothing.
    case applyTemplates(week: LocalDate, staff: StaffID?)
    /// Copies one week's shifts onto another (same weekdays), skipping leave and shifts already there.
    case copyWeek(from: LocalDate, to: LocalDate, staff: StaffID?)
    case addStaff(NewStaff)
    case editStaff(StaffID, StaffEdit)
    /// Deactivated staff leave the roster and their future shifts; nobody in history is ever deleted.
    case setStaffActive(StaffID, active: Bool)
    /// Adds a credential or replaces the one of the same kind (and state); nil staff: the practice's (CLIA).
    case setCredential(StaffID?, Credential)
    /// A new expiry (and number) for a credential on file.
    case renewCredential(StaffID?, kind: CredentialKind, expires: LocalDate, number: String?)
    case removeCredential(StaffID?, kind: CredentialKind)
    case addCoverageRule(CoverageRule)
    /// By its position in the settings' list (1-based, as the roster lists them).
    case removeCoverageRule(Int)
    // Accounts (Security/): who may sign in, with which role. PINs arrive already hashed.
    case addAccount(NewAccount)
    /// A user may change their own PIN; a manager anyone's.
    case setPin(login: String, PinHash)
    case setAccountRole(login: String, Role)
    case setAccountActive(login: String, active: Bool)
    // Undo
    /// Puts back what the group holding `seq` changed (nil: your newest change); undoing an undo redoes.
    case undo(UInt64?)
    // Alerts
    /// Hides an alert from the actor's strip and `!` list for `minutes`: the one whose `Alert.identity` is the key,
    /// or every alert about a subject such as C-22. Per user, journaled, so it follows them to every terminal.
    case snoozeAlert(String, minutes: Int)
    /// Shows a snoozed alert again (by identity or subject; `all`: every one of the actor's).
    case unsnoozeAlert(String)
}

/// A planned break inside a shift: its start and length.
public struct ShiftBreak: Codable, Sendable, Equatable {
    public var start: TimeOfDay
    public var minutes: Int
    public init(start: TimeOfDay, minutes: Int) { self.start = start; self.minutes = minutes }
}

/// A change to a field, or to its absence.
public enum FieldEdit<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    case unchanged, set(Value), clear

    public func applied(to value: Value?) -> Value? {
        switch self {
        case .unchanged: return value
        case .set(let new): return new
        case .clear: return nil
        }
    }
}

/// New hours, role or break for a shift; nil fields stay.
public struct ShiftEdit: Codable, Sendable, Equatable {
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var role: StaffRole?
    public var breakAt: FieldEdit<ShiftBreak>

    public init(
        start: TimeOfDay? = nil, end: TimeOfDay? = nil, role: StaffRole? = nil,
        breakAt: FieldEdit<ShiftBreak> = .unchanged
    ) {
        self.start = start; self.end = end; self.role = role; self.breakAt = breakAt
    }
}

public struct NewStaff: Codable, Sendable, Equatable {
    public var givenName: String
    public var familyName: String
    public var role: StaffRole
    public var npi: String?
    public var weeklyHours: Int?
    public var vacationDaysPerYear: Int?

    public init(
        givenName: String, familyName: String, role: StaffRole, npi: String? = nil, weeklyHours: Int? = nil,
        vacationDaysPerYear: Int? = nil
    ) {
        self.givenName = givenName; self.familyName = familyName; self.role = role; self.npi = npi
        self.weeklyHours = weeklyHours; self.vacationDaysPerYear = vacationDaysPerYear
    }
}

/// New values for a staff record; nil or `.unchanged` fields stay.
public struct StaffEdit: Codable, Sendable, Equatable {
    public var givenName: String?
    public var familyName: String?
    public var role: StaffRole?
    public var npi: FieldEdit<String>
    public var weeklyHours: FieldEdit<Int>
    public var vacationDaysPerYear: FieldEdit<Int>

    public init(
        givenName: String? = nil, familyName: String? = nil, role: StaffRole? = nil,
        npi: FieldEdit<String> = .unchanged,
        weeklyHours: FieldEdit<Int> = .unchanged, vacationDaysPerYear: FieldEdit<Int> = .unchanged
    ) {
        self.givenName = givenName; self.familyName = familyName; self.role = role; self.npi = npi
        self.weeklyHours = weeklyHours; self.vacationDaysPerYear = vacationDaysPerYear
    }
}

public struct NewPatient: Codable, Sendable, Equatable {
    public var givenName: String
    public var familyName: String
    public var birthDate: LocalDate
    public var phone: String
    public var payer: PayerID?
    public var memberID: String
    public var copay: Cents
    public var sex: AdministrativeSex?
    public var address: PostalAddress?

    public init(
        givenName: String, familyName: String, birthDate: LocalDate, phone: String, payer: PayerID? = nil,
        memberID: String = "", copay: Cents = .zero, sex: AdministrativeSex? = nil, address: PostalAddress? = nil
    ) {
        self.givenName = givenName; self.familyName = familyName; self.birthDate = birthDate; self.phone = phone
        self.payer = payer; self.memberID = memberID; self.copay = copay; self.sex = sex; self.address = address
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
    public var dueTime: TimeOfDay?
    /// Add into a full column knowingly (recorded as `wipOverridden`).
    public var override: Bool
    /// Several lines of free text (`FieldContract.taskNotes`), so the card form saves a new card in one command.
    public var notes: String

    public init(
        title: String, column: BoardColumn = .backlog, owner: StaffID? = nil, due: LocalDate? = nil,
        priority: TaskPriority = .normal, labels: [String] = [], recurrence: Recurrence = .none,
        dueTime: TimeOfDay? = nil, override: Bool = false, notes: String = ""
    ) {
        self.title = title; self.column = column; self.owner = owner; self.due = due; self.priority = priority
        self.labels = labels; self.recurrence = recurrence; self.dueTime = dueTime; self.override = override
        self.notes = notes
    }
}

/// New values for a card; nil or `.unchanged` fields stay.
public struct TaskEdit: Codable, Sendable, Equatable {
    public var title: String?
    public var due: FieldEdit<LocalDate>
    public var dueTime: FieldEdit<TimeOfDay>
    public var priority: TaskPriority?
    public var notes: FieldEdit<String>

    public init(
        title: String? = nil, due: FieldEdit<LocalDate> = .unchanged, dueTime: FieldEdit<TimeOfDay> = .unchanged,
        priority: TaskPriority? = nil, notes: FieldEdit<String> = .unchanged
    ) {
        self.title = title; self.due = due; self.dueTime = dueTime; self.priority = priority; self.notes = notes
    }
}

/// One step on a card's checklist; items are named by their stable number (`ChecklistItem.number`).
public enum ChecklistAction: Codable, Sendable, Equatable {
    /// At a 1-based position (nil: at the end).
    case add(String, at: Int? = nil)
    case tick(Int)
    case untick(Int)
    case remove(Int)
    /// One place up or down, or to a 1-based position.
    case move(Int, ChecklistMove)
}

public enum ChecklistMove: Codable, Sendable, Equatable {
    case up, down
    case to(Int)
}

/// What a new claim holds: the visit it bills, its diagnoses (ICD-10-CM, in pointer order) and service lines.
public struct NewClaim: Codable, Sendable, Equatable {
    public var appointment: AppointmentID
    public var content: ClaimContent

    public init(appointment: AppointmentID, content: ClaimContent) {
        self.appointment = appointment; self.content = content
    }
}

/// The billable content of a claim, as the superbill or `--dx` / `--line` give it.
public struct ClaimContent: Codable, Sendable, Equatable {
    public var diagnoses: [String]
    public var lines: [NewServiceLine]
    /// Nil: office (11), or telehealth in the patient's home (10) for a telehealth visit.
    public var placeOfService: String?

    public init(diagnoses: [String], lines: [NewServiceLine], placeOfService: String? = nil) {
        self.diagnoses = diagnoses; self.lines = lines; self.placeOfService = placeOfService
    }
}

/// One line as typed: `99214-25x1@1,2`. The fee comes from the schedule unless given.
public struct NewServiceLine: Codable, Sendable, Equatable {
    public var code: String
    public var modifiers: [String]
    public var units: Int
    public var pointers: [Int]
    public var fee: Cents?

    public init(code: String, modifiers: [String] = [], units: Int = 1, pointers: [Int] = [], fee: Cents? = nil) {
        self.code = code; self.modifiers = modifiers; self.units = units; self.pointers = pointers; self.fee = fee
    }
}
