/// THE table of who may do what. Every command falls in one `Permission` (an exhaustive switch, so a new command
/// does not compile until it has a row); each permission lists the roles allowed. A manager may do everything.
/// The rules apply only once a folder has accounts (`Practice.hasAccounts`); an open folder allows all.
public enum RoleTable {
    /// A group of verbs that the same roles may use. Listed with its roles in `roles`.
    public enum Permission: String, CaseIterable, Sendable {
        case registerPatients, book, frontDeskFlow, clinicalFlow, takePatientMoney, refundPatients, tasks
        case codeClaims, workClaims, writeOff, voidClaims, settings
        case ownClock, ownTimeOff, decideTimeOff, scheduleShifts, staffRecords, credentials, coverageRules
        case manageAccounts, ownPin, undoOwn, ownAlerts
    }

    /// The table: one line per verb group.
    public static func roles(_ permission: Permission) -> Set<Role> {
        switch permission {
        case .registerPatients: return [.manager, .receptionist]
        case .book: return [.manager, .receptionist]
        case .frontDeskFlow: return [.manager, .receptionist]
        case .clinicalFlow: return [.manager, .provider, .nurse]
        case .takePatientMoney: return [.manager, .receptionist, .biller]
        case .refundPatients: return [.manager, .biller]
        case .tasks: return Set(Role.allCases)
        case .codeClaims: return [.manager, .provider, .biller]
        case .workClaims: return [.manager, .biller]
        case .writeOff: return [.manager]
        case .voidClaims: return [.manager]
        case .settings: return [.manager]
        case .ownClock: return Set(Role.allCases)
        case .ownTimeOff: return Set(Role.allCases)
        case .decideTimeOff: return [.manager]
        case .scheduleShifts: return [.manager]
        case .staffRecords: return [.manager]
        case .credentials: return [.manager]
        case .coverageRules: return [.manager]
        case .manageAccounts: return [.manager]
        case .ownPin: return Set(Role.allCases)
        // Only your own changes (Validate+Undo), each of which the table allowed you when you made it.
        case .undoOwn: return Set(Role.allCases)
        // A snooze hides an alert only from the one who snoozed it.
        case .ownAlerts: return Set(Role.allCases)
        }
    }

    /// Which group a command is in. Exhaustive on purpose: no default.
    public static func permission(for command: Command) -> Permission {
        switch command {
        case .addPatient, .completePaperwork: return .registerPatients
        case .bookAppointment, .confirm, .cancel, .moveAppointment, .noShow, .verifyInsurance: return .book
        case .checkIn, .checkOut, .leftWithoutVisit: return .frontDeskFlow
        case .room, .see: return .clinicalFlow
        case .collectCopay: return .takePatientMoney
        case .recordPatientPayment(_, _, _, _, let refund): return refund ? .refundPatients : .takePatientMoney
        case .addTask, .moveTask, .reorderTask, .completeTask, .assignTask, .editTask, .labelTask, .checklist,
            .linkTask,
            .unlinkTask:
            return .tasks
        case .createClaim, .editClaim, .readyClaim: return .codeClaims
        case .submitClaim, .acceptClaim, .rejectClaim, .payClaim, .denyClaim, .appealClaim, .setClaimFollowUp,
            .adjustClaim, .noteClaim, .replaceClaim, .postRemittances, .recordClaimsSent:
            return .workClaims
        case .writeOffClaim: return .writeOff
        case .voidClaim: return .voidClaims
        case .setFee, .setBillingProvider, .setPracticeSetting, .addDuty, .removeDuty: return .settings
        case .generateDuties: return .tasks
        case .clock: return .ownClock
        case .callInSick, .requestTimeOff: return .ownTimeOff
        case .approveTimeOff, .denyTimeOff: return .decideTimeOff
        case .addShift, .removeShift, .editShift, .swapShifts, .setTemplate, .skipTemplate, .applyTemplates,
            .copyWeek:
            return .scheduleShifts
        case .addStaff, .editStaff, .setStaffActive: return .staffRecords
        case .setCredential, .renewCredential, .removeCredential: return .credentials
        case .addCoverageRule, .removeCoverageRule: return .coverageRules
        case .addAccount, .setAccountRole, .setAccountActive: return .manageAccounts
        case .setPin: return .ownPin
        case .undo: return .undoOwn
        case .snoozeAlert, .unsnoozeAlert: return .ownAlerts
        }
    }

    /// The start of a refusal: "Writing off a claim needs …".
    public static func action(_ permission: Permission) -> String {
        switch permission {
        case .registerPatients: return "Registering patients"
        case .book: return "Booking and changing appointments"
        case .frontDeskFlow: return "Checking patients in and out"
        case .clinicalFlow: return "Rooming and seeing patients"
        case .takePatientMoney: return "Taking a patient's payment"
        case .refundPatients: return "Refunding a patient"
        case .tasks: return "Working tasks"
        case .codeClaims: return "Coding a claim"
        case .workClaims: return "Working claims and remittances"
        case .writeOff: return "Writing off a claim"
        case .voidClaims: return "Voiding a claim"
        case .settings: return "Changing the practice's settings"
        case .ownClock: return "Punching someone else's clock"
        case .ownTimeOff: return "Recording someone else's time off"
        case .decideTimeOff: return "Approving or denying time off"
        case .scheduleShifts: return "Changing the shift schedule"
        case .staffRecords: return "Changing staff records"
        case .credentials: return "Changing credentials"
        case .coverageRules: return "Changing coverage rules"
        case .manageAccounts: return "Managing accounts"
        case .ownPin: return "Changing someone else's PIN"
        case .undoOwn: return "Undoing a change"
        case .ownAlerts: return "Snoozing alerts"
        }
    }

    public static func permits(_ role: Role, _ command: Command) -> Bool {
        roles(permission(for: command)).contains(role)
    }

    /// "Writing off a claim needs the manager role; ben is a receptionist."
    public static func refusal(_ permission: Permission, account: Account) -> String {
        refusal(permission, roles: roles(permission), account: account)
    }

    static func refusal(_ permission: Permission, roles: Set<Role>, account: Account) -> String {
        let allowed = Role.allCases.filter { roles.contains($0) }
        let named = allowed.count == 1 ? allowed[0].rawValue : list(allowed.map(\.rawValue))
        return "\(action(permission)) needs the \(named) role; \(account.login) is a \(account.role.noun)."
    }

    private static func list(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }

    /// Commands a non-manager may give only about themselves: the staff member they name.
    static func ownStaff(of command: Command) -> StaffID? {
        switch command {
        case .clock(let id, _), .callInSick(let id, _), .requestTimeOff(let id, _, _, _, _): return id
        default: return nil
        }
    }

    // MARK: what each role sees

    /// Kinds of information a screen or export may hide from a role.
    public enum Visibility: String, CaseIterable, Sendable {
        case diagnoses, claimBalances, clinicalNotes, performanceReviews, patientContact
        /// The practice written to a file from the dashboard (`:export`): every patient at once.
        case bulkExport
    }

    /// Who sees what: one line per kind.
    public static func roles(_ visibility: Visibility) -> Set<Role> {
        switch visibility {
        case .diagnoses: return [.manager, .provider, .nurse, .biller]
        case .claimBalances: return [.manager, .provider, .biller]
        case .clinicalNotes: return [.manager, .provider, .nurse, .receptionist]
        case .performanceReviews: return [.manager]
        case .patientContact: return Set(Role.allCases)
        case .bulkExport: return [.manager]
        }
    }

    public static func sees(_ role: Role, _ visibility: Visibility) -> Bool { roles(visibility).contains(role) }

    /// What an alert of `kind` shows, when some role may not see it: the claim alerts name balances and
    /// deadlines.
    public static func visibility(of kind: AlertKind) -> Visibility? {
        switch kind {
        case .filingDeadline, .appealDeadline, .deniedClaim, .unbilledVisits: return .claimBalances
        case .patientWaiting, .noShowCandidate, .providerLate, .coverageGap, .credentialExpiring, .overdueTask,
            .wipFull, .timeOffPending:
            return nil
        }
    }

    /// Whether `role` is shown alerts of `kind` (strip, `!` list, snoozing).
    public static func sees(_ role: Role, _ kind: AlertKind) -> Bool {
        visibility(of: kind).map { sees(role, $0) } ?? true
    }
}

/// Also reachable as `Visibility` at the top level, as the screens name it.
public typealias Visibility = RoleTable.Visibility
