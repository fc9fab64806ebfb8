/// Every named thing a key can do. The raw value is the action's stable name: `quit`, `move-down`, and for a
/// pane's verbs `flow.arrive`; the keys file (`[flow]` / `arrive = "A"`) and `?` use the part after the dot.
public enum KeyAction: String, Sendable, CaseIterable {
    // Global
    case focusNext = "focus-next", focusPrevious = "focus-previous"
    case focusPane1 = "focus-1", focusPane2 = "focus-2", focusPane3 = "focus-3", focusPane4 = "focus-4"
    case moveUp = "move-up", moveDown = "move-down", moveLeft = "move-left", moveRight = "move-right"
    case pageUp = "page-up", pageDown = "page-down", top = "first", bottom = "last"
    case open = "open", close = "close", commandLine = "command", help = "help", alerts = "alerts"
    case previousDay = "day-previous", nextDay = "day-next", today = "day-today"
    case privacy = "privacy", lock = "lock", redraw = "redraw", quit = "quit", undo = "undo"
    case undoList = "undo-list"
    case filter = "filter"
    // While a `/` filter is on (the pane's rows narrowed to the matches)
    case filterNext = "filter.next", filterPrevious = "filter.previous"
    // In the `!` alerts list (Enter jumps to the alert's item: `open`)
    case alertSnooze = "alerts.snooze"
    // Flow
    case flowArrive = "flow.arrive", flowInsurance = "flow.insurance", flowCopay = "flow.copay"
    case flowRoom = "flow.room", flowSee = "flow.see", flowOut = "flow.out", flowBook = "flow.book"
    case flowCancel = "flow.cancel", flowNoShow = "flow.no-show", flowMove = "flow.move"
    case flowConfirm = "flow.confirm", flowLeft = "flow.left-without-visit", flowPaperwork = "flow.paperwork"
    case flowView = "flow.view", flowWeek = "flow.week"
    case flowBill = "flow.bill"
    case flowProviderFilter = "flow.provider-filter", flowStatusFilter = "flow.status-filter"
    // Tasks
    case taskNew = "tasks.new", taskMoveLeft = "tasks.move-left", taskMoveRight = "tasks.move-right"
    case taskRaise = "tasks.raise", taskLower = "tasks.lower", taskDone = "tasks.done", taskOwner = "tasks.owner"
    case taskEdit = "tasks.edit"
    case taskFilter = "tasks.filter", taskMine = "tasks.mine", taskDue = "tasks.due", taskPriority = "tasks.priority"
    case taskLabels = "tasks.labels"
    // Claims
    case claimReady = "claims.ready", claimSubmit = "claims.submit", claimAccept = "claims.accept"
    case claimReject = "claims.reject", claimPay = "claims.pay", claimDeny = "claims.deny"
    case claimAppeal = "claims.appeal", claimWriteOff = "claims.write-off", claimFollowUp = "claims.follow-up"
    case claimNote = "claims.note", claimReplace = "claims.replace", claimVoid = "claims.void"
    case claimStatusFilter = "claims.status-filter", claimPayerFilter = "claims.payer-filter"
    case claimAgingFilter = "claims.aging-filter", claimProviderFilter = "claims.provider-filter"
    case claimMine = "claims.mine", claimUnbilled = "claims.unbilled", claimClearFilters = "claims.clear-filters"
    // Roster
    case rosterSick = "roster.sick", rosterApprove = "roster.approve", rosterDeny = "roster.deny"
    case rosterTimeOff = "roster.time-off", rosterWeek = "roster.week", rosterCredentials = "roster.credentials"
    case rosterImpact = "roster.impact", rosterMoveVisit = "roster.move-visit"
    case rosterCallPatient = "roster.call-patient"
    case rosterClockIn = "roster.clock-in", rosterBreak = "roster.break", rosterClockOut = "roster.clock-out"
    case rosterAddShift = "roster.add-shift", rosterRemoveShift = "roster.remove-shift", rosterSwap = "roster.swap"
    case rosterFillTemplates = "roster.fill-templates", rosterCopyWeek = "roster.copy-week"
    case rosterPreviousWeek = "roster.week-previous", rosterNextWeek = "roster.week-next"
    case rosterRenew = "roster.renew", rosterAddStaff = "roster.add-staff", rosterEditStaff = "roster.edit-staff"
    case rosterDeactivate = "roster.deactivate"
    // Forms and pickers (booking, cancel reason, owner): the keys that are not typing
    case formSubmit = "form.submit", formCancel = "form.cancel"
    case formNextField = "form.next-field", formPreviousField = "form.previous-field"
    case formNextFreeSlot = "form.next-free-slot", formOverbook = "form.overbook"

    /// Where the action applies, read from its name.
    public var scope: KeyScope {
        guard let dot = rawValue.firstIndex(of: ".") else { return .global }
        let prefix = String(rawValue[..<dot])
        if prefix == KeyScope.form.tableName { return .form }
        if prefix == KeyScope.filter.tableName { return .filter }
        if prefix == KeyScope.alerts.tableName { return .alerts }
        return PaneID(rawValue: prefix).map(KeyScope.pane) ?? .global
    }

    /// The name within its scope, as the keys file and `?` spell it: `arrive`, `move-down`.
    public var name: String {
        guard let dot = rawValue.firstIndex(of: ".") else { return rawValue }
        return String(rawValue[rawValue.index(after: dot)...])
    }
}

/// Where a binding applies: everywhere, or while one pane has focus. A pane's keys never repeat a global key
/// (a test holds every scope to that), so a key means one thing wherever the user is.
public enum KeyScope: Hashable, Sendable, CustomStringConvertible {
    case global
    case pane(PaneID)
    /// While a form or picker is open: every other key is typing, so these keys are apart from the rest.
    case form
    /// While a `/` filter narrows the focused pane: these keys come before the pane's own (n is "next match",
    /// not Flow's no-show or Tasks' new card, until Esc clears the filter).
    case filter
    /// While the `!` list of alerts is open: its own keys besides the moving ones.
    case alerts

    public static var all: [KeyScope] { [.global] + PaneID.allCases.map(KeyScope.pane) + [.form, .filter, .alerts] }

    /// The keys file's table for this scope: `global`, `flow`, `tasks`, `claims`, `roster`.
    public var tableName: String {
        switch self {
        case .global: "global"
        case .pane(let pane): pane.rawValue
        case .form: "form"
        case .filter: "filter"
        case .alerts: "alerts"
        }
    }

    public var description: String {
        switch self {
        case .global: "Global"
        case .pane(let pane): pane.title
        case .form: "Forms and pickers"
        case .filter: "While a / filter is on"
        case .alerts: "In the ! alerts list"
        }
    }
}
