import TerminalKit

/// The standard bindings, in the order help lists them. A pane's hint row shows its `hint` rows in this order,
/// so the most used verbs come first (the front desk's arrive, insurance and copay lead Flow's).
extension Keymap {
    public static let standard = Keymap(bindings: globals + flow + tasks + claims + roster + form + filter + alertList)

    static let globals: [KeyBinding] = [
        KeyBinding(.focusNext, [.tab], "next pane"),
        KeyBinding(.focusPrevious, [.backTab], "previous pane"),
        KeyBinding(.focusPane1, [.character("1")], "focus pane 1 (Flow)"),
        KeyBinding(.focusPane2, [.character("2")], "focus pane 2 (Tasks)"),
        KeyBinding(.focusPane3, [.character("3")], "focus pane 3 (Claims)"),
        KeyBinding(.focusPane4, [.character("4")], "focus pane 4 (Roster)"),
        KeyBinding(.moveUp, [.character("k"), .up], "move up"),
        KeyBinding(.moveDown, [.character("j"), .down], "move down"),
        KeyBinding(.moveLeft, [.character("h"), .left], "move left"),
        KeyBinding(.moveRight, [.character("l"), .right], "move right"),
        KeyBinding(.pageUp, [.pageUp], "page up"),
        KeyBinding(.pageDown, [.pageDown], "page down"),
        KeyBinding(.top, [.character("g"), .home], "first row"),
        KeyBinding(.bottom, [.character("G"), .end], "last row"),
        KeyBinding(.open, [.enter], "details of the selected item"),
        KeyBinding(.close, [.escape], "close / cancel"),
        KeyBinding(.commandLine, [.character(":")], "command line"),
        KeyBinding(.help, [.character("?")], "help (this list)"),
        KeyBinding(.filter, [.character("/")], "filter the pane (type to narrow, Enter keeps, Esc clears)"),
        KeyBinding(.alerts, [.character("!"), .character("5")], "all alerts"),
        KeyBinding(.undo, [.character("u")], "undo your last change (again: redo)"),
        KeyBinding(.undoList, [.character("U")], "your recent changes: pick one to undo"),
        KeyBinding(.previousDay, [.character("[")], "previous day"),
        KeyBinding(.nextDay, [.character("]")], "next day"),
        KeyBinding(.today, [.character("t")], "back to today"),
        KeyBinding(.privacy, [.function(11)], "privacy mask (initials only)"),
        KeyBinding(.lock, [.function(12)], "lock the screen (sign in again)"),
        KeyBinding(.redraw, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, [.character("q")], "quit"),
    ]

    static let flow: [KeyBinding] = [
        KeyBinding(.flowArrive, [.character("a")], "arrive"),
        KeyBinding(.flowInsurance, [.character("i")], "insurance"),
        KeyBinding(.flowCopay, [.character("p")], "copay"),
        KeyBinding(.flowRoom, [.character("r")], "room"),
        KeyBinding(.flowSee, [.character("s")], "see"),
        KeyBinding(.flowOut, [.character("o")], "out"),
        KeyBinding(.flowBook, [.character("b")], "book"),
        KeyBinding(.flowCancel, [.character("c")], "cancel"),
        KeyBinding(.flowBill, [.character("B")], "bill"),
        KeyBinding(.flowNoShow, [.character("n")], "no-show"),
        KeyBinding(.flowMove, [.character("m")], "move"),
        KeyBinding(.flowConfirm, [.character("C")], "confirm"),
        KeyBinding(.flowLeft, [.character("L")], "left, no visit"),
        KeyBinding(.flowPaperwork, [.character("P")], "paperwork done"),
        KeyBinding(.flowView, [.character("v")], "list / grid view"),
        KeyBinding(.flowWeek, [.character("w")], "week"),
        KeyBinding(.flowProviderFilter, [.character("f")], "provider filter"),
        KeyBinding(.flowStatusFilter, [.character("F")], "status filter"),
    ]

    static let tasks: [KeyBinding] = [
        KeyBinding(.taskNew, [.character("n")], "new card"),
        KeyBinding(.taskMoveLeft, [.character("H"), .shiftLeft], "move card left"),
        KeyBinding(.taskMoveRight, [.character("L"), .shiftRight], "move card right"),
        KeyBinding(.taskRaise, [.character("K")], "card up", hint: false),
        KeyBinding(.taskLower, [.character("J")], "card down", hint: false),
        KeyBinding(.taskDone, [.character("d")], "done"),
        KeyBinding(.taskOwner, [.character("o")], "owner"),
        KeyBinding(.taskEdit, [.character("e")], "edit card"),
        KeyBinding(.taskFilter, [.character("f")], "filter: owner, label, overdue, mine"),
        KeyBinding(.taskMine, [.character("m")], "mine"),
        KeyBinding(.taskDue, [.character("D")], "due date", hint: false),
        KeyBinding(.taskPriority, [.character("P")], "priority (cycle)", hint: false),
        KeyBinding(.taskLabels, [.character("#")], "labels", hint: false),
    ]

    static let claims: [KeyBinding] = [
        KeyBinding(.claimSubmit, [.character("s")], "submit"),
        KeyBinding(.claimPay, [.character("p")], "pay"),
        KeyBinding(.claimDeny, [.character("d")], "deny"),
        KeyBinding(.claimAppeal, [.character("A")], "appeal"),
        KeyBinding(.claimFollowUp, [.character("f")], "follow-up"),
        KeyBinding(.claimReady, [.character("r")], "ready"),
        KeyBinding(.claimAccept, [.character("a")], "accepted (277CA)"),
        KeyBinding(.claimReject, [.character("R")], "rejected"),
        KeyBinding(.claimWriteOff, [.character("w")], "write off"),
        KeyBinding(.claimNote, [.character("n")], "note", hint: false),
        KeyBinding(.claimReplace, [.character("c")], "replace (corrected claim)", hint: false),
        KeyBinding(.claimVoid, [.character("V")], "void", hint: false),
        KeyBinding(.claimStatusFilter, [.character("S")], "status filter", hint: false),
        KeyBinding(.claimPayerFilter, [.character("P")], "payer filter", hint: false),
        KeyBinding(.claimAgingFilter, [.character("B")], "aging bucket filter", hint: false),
        KeyBinding(.claimProviderFilter, [.character("D")], "provider filter", hint: false),
        KeyBinding(.claimMine, [.character("m")], "mine"),
        KeyBinding(.claimUnbilled, [.character("b")], "unbilled visits"),
        KeyBinding(.claimClearFilters, [.character("x")], "clear filters"),
    ]

    static let roster: [KeyBinding] = [
        KeyBinding(.rosterSick, [.character("s")], "sick call"),
        KeyBinding(.rosterApprove, [.character("y")], "approve request"),
        KeyBinding(.rosterDeny, [.character("n")], "deny request"),
        KeyBinding(.rosterWeek, [.character("w")], "week grid / today"),
        KeyBinding(.rosterMoveVisit, [.character("m")], "move the visit (impact)"),
        KeyBinding(.rosterCallPatient, [.character("p")], "call-patient task (impact)"),
        KeyBinding(.rosterAddShift, [.character("a")], "add shift / cover a gap"),
        KeyBinding(.rosterCredentials, [.character("c")], "credentials"),
        KeyBinding(.rosterTimeOff, [.character("o")], "time off request"),
        KeyBinding(.rosterImpact, [.character("I")], "what their absence breaks", hint: false),
        KeyBinding(.rosterClockIn, [.character("i")], "clock in", hint: false),
        KeyBinding(.rosterBreak, [.character("b")], "break / back", hint: false),
        KeyBinding(.rosterClockOut, [.character("O")], "clock out", hint: false),
        KeyBinding(.rosterRemoveShift, [.character("d")], "remove shift", hint: false),
        KeyBinding(.rosterSwap, [.character("x")], "swap shifts (mark, then the other)", hint: false),
        KeyBinding(.rosterFillTemplates, [.character("T")], "fill the week from templates", hint: false),
        KeyBinding(.rosterCopyWeek, [.character("C")], "copy last week onto this one", hint: false),
        KeyBinding(.rosterPreviousWeek, [.character("{")], "previous week", hint: false),
        KeyBinding(.rosterNextWeek, [.character("}")], "next week", hint: false),
        KeyBinding(.rosterRenew, [.character("r")], "renew credential", hint: false),
        KeyBinding(.rosterAddStaff, [.character("A")], "add staff", hint: false),
        KeyBinding(.rosterEditStaff, [.character("E")], "edit staff", hint: false),
        KeyBinding(.rosterDeactivate, [.character("D")], "deactivate staff", hint: false),
    ]

    /// In the `!` list: j/k/g/G and the page keys move the cursor, Enter jumps to the alert's item.
    static let alertList: [KeyBinding] = [
        KeyBinding(.alertSnooze, [.character("s")], "snooze the selected alert (15m, 1h, 4h, until tomorrow)")
    ]

    /// While a filter is on, n and N walk the matches (the pane's n verb waits until Esc clears the filter).
    static let filter: [KeyBinding] = [
        KeyBinding(.filterNext, [.character("n")], "next match"),
        KeyBinding(.filterPrevious, [.character("N")], "previous match"),
    ]

    /// Inside a form the arrows, Backspace and the line-editing keys (C-a C-e C-u C-k C-w) edit and move as in any
    /// text field; only these are bindings.
    static let form: [KeyBinding] = [
        KeyBinding(.formSubmit, [.enter], "save / pick"),
        KeyBinding(.formCancel, [.escape], "cancel"),
        KeyBinding(.formNextField, [.tab], "next field"),
        KeyBinding(.formPreviousField, [.backTab], "previous field"),
        KeyBinding(.formNextFreeSlot, [.control("n")], "booking: fill in the next free slot"),
        KeyBinding(.formOverbook, [.control("o")], "booking: save over a conflict (overbook)"),
    ]
}
