import TerminalKit

/// Where a binding applies. A pane's own binding wins over a global one on the same key while that pane is
/// focused (Roster's `t` is "time off", elsewhere `t` is "today"), so each pane's verbs stay lowercase letters.
public enum KeyScope: Hashable, Sendable, CustomStringConvertible {
    case global
    /// A pane, by its title ("Tasks").
    case pane(String)

    public var description: String {
        switch self {
        case .global: "Global"
        case .pane(let title): title
        }
    }
}

/// Every named thing a key can do. The raw value is the stable name used in docs and (later) keys.toml.
public enum KeyAction: String, Sendable, CaseIterable {
    // Global
    case focusNext = "focus.next", focusPrevious = "focus.previous"
    case focusPane1 = "focus.1", focusPane2 = "focus.2", focusPane3 = "focus.3", focusPane4 = "focus.4"
    case moveUp = "move.up", moveDown = "move.down", moveLeft = "move.left", moveRight = "move.right"
    case pageUp = "page.up", pageDown = "page.down", top = "move.top", bottom = "move.bottom"
    case open = "open", close = "close", commandLine = "command", help = "help", alerts = "alerts"
    case previousDay = "day.previous", nextDay = "day.next", today = "day.today"
    case privacy = "privacy", redraw = "redraw", quit = "quit"
    // Tasks
    case taskNew = "task.new", taskMoveLeft = "task.left", taskMoveRight = "task.right"
    case taskRaise = "task.up", taskLower = "task.down", taskDone = "task.done", taskOwner = "task.owner"
    // Claims
    case claimSubmit = "claim.submit", claimPay = "claim.pay", claimDeny = "claim.deny"
    case claimAppeal = "claim.appeal", claimWriteOff = "claim.writeoff", claimFollowUp = "claim.followup"
    // Roster
    case rosterSick = "roster.sick", rosterApprove = "roster.approve", rosterDeny = "roster.deny"
    case rosterTimeOff = "roster.timeoff"
}

/// One row of the keymap table: an action, its keys, where it applies and what help calls it.
public struct KeyBinding: Sendable, Equatable {
    public let action: KeyAction
    public let keys: [Key]
    public let scope: KeyScope
    public let label: String
    /// Shown in the bottom hint row (the most used verbs only; help lists everything).
    public let hint: Bool

    public init(_ action: KeyAction, _ keys: [Key], _ scope: KeyScope, _ label: String, hint: Bool = true) {
        self.action = action; self.keys = keys; self.scope = scope; self.label = label; self.hint = hint
    }

    /// "j ↓", as help and the docs show it.
    public var keyLabel: String { keys.map(\.displayName).joined(separator: " ") }
}

/// The one keymap table: it drives dispatch, the `?` help, the hint row and docs/KEYS.md.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action bound to `key` in `scope` only.
    public func action(for key: Key, in scope: KeyScope) -> KeyAction? {
        bindings.first { $0.scope == scope && $0.keys.contains(key) }?.action
    }

    /// The pane's own binding first, then the global one: how a focused pane reads a key.
    public func resolve(_ key: Key, pane title: String) -> KeyAction? {
        action(for: key, in: .pane(title)) ?? action(for: key, in: .global)
    }

    public func bindings(in scope: KeyScope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    /// The scopes in table order.
    public var scopes: [KeyScope] {
        var seen: [KeyScope] = []
        for binding in bindings where !seen.contains(binding.scope) { seen.append(binding.scope) }
        return seen
    }

    /// Hints for a pane's bottom row, in table order.
    public func hints(for scope: KeyScope) -> [PaneKeyHint] {
        bindings(in: scope).filter(\.hint).map { PaneKeyHint(key: $0.keyLabel, label: $0.label) }
    }

    public static let standard = Keymap(bindings: globals + tasks + claims + roster)

    static let globals: [KeyBinding] = [
        KeyBinding(.focusNext, [.tab], .global, "next pane"),
        KeyBinding(.focusPrevious, [.backTab], .global, "previous pane"),
        KeyBinding(.focusPane1, [.character("1")], .global, "focus pane 1 (Flow)"),
        KeyBinding(.focusPane2, [.character("2")], .global, "focus pane 2 (Tasks)"),
        KeyBinding(.focusPane3, [.character("3")], .global, "focus pane 3 (Claims)"),
        KeyBinding(.focusPane4, [.character("4")], .global, "focus pane 4 (Roster)"),
        KeyBinding(.moveUp, [.character("k"), .up], .global, "move up"),
        KeyBinding(.moveDown, [.character("j"), .down], .global, "move down"),
        KeyBinding(.moveLeft, [.character("h"), .left], .global, "move left"),
        KeyBinding(.moveRight, [.character("l"), .right], .global, "move right"),
        KeyBinding(.pageUp, [.pageUp], .global, "page up"),
        KeyBinding(.pageDown, [.pageDown], .global, "page down"),
        KeyBinding(.top, [.character("g"), .home], .global, "first row"),
        KeyBinding(.bottom, [.character("G"), .end], .global, "last row"),
        KeyBinding(.open, [.enter], .global, "details of the selected item"),
        KeyBinding(.close, [.escape], .global, "close / cancel"),
        KeyBinding(.commandLine, [.character(":")], .global, "command line"),
        KeyBinding(.help, [.character("?")], .global, "help (this list)"),
        KeyBinding(.alerts, [.character("!"), .character("5")], .global, "all alerts"),
        KeyBinding(.previousDay, [.character("[")], .global, "previous day"),
        KeyBinding(.nextDay, [.character("]")], .global, "next day"),
        KeyBinding(.today, [.character("t")], .global, "back to today"),
        KeyBinding(.privacy, [.function(11)], .global, "privacy mask (initials only)"),
        KeyBinding(.redraw, [.control("l")], .global, "redraw the screen"),
        KeyBinding(.quit, [.character("q")], .global, "quit"),
    ]

    static let tasks: [KeyBinding] = [
        KeyBinding(.taskNew, [.character("n")], .pane("Tasks"), "new card"),
        KeyBinding(.taskMoveLeft, [.character("H"), .shiftLeft], .pane("Tasks"), "move card left"),
        KeyBinding(.taskMoveRight, [.character("L"), .shiftRight], .pane("Tasks"), "move card right"),
        KeyBinding(.taskRaise, [.character("K")], .pane("Tasks"), "card up", hint: false),
        KeyBinding(.taskLower, [.character("J")], .pane("Tasks"), "card down", hint: false),
        KeyBinding(.taskDone, [.character("d")], .pane("Tasks"), "done"),
        KeyBinding(.taskOwner, [.character("o")], .pane("Tasks"), "next owner"),
    ]

    static let claims: [KeyBinding] = [
        KeyBinding(.claimSubmit, [.character("s")], .pane("Claims"), "submit"),
        KeyBinding(.claimPay, [.character("p")], .pane("Claims"), "pay"),
        KeyBinding(.claimDeny, [.character("d")], .pane("Claims"), "deny"),
        KeyBinding(.claimAppeal, [.character("A")], .pane("Claims"), "appeal"),
        KeyBinding(.claimWriteOff, [.character("w")], .pane("Claims"), "write off"),
        KeyBinding(.claimFollowUp, [.character("f")], .pane("Claims"), "follow-up date"),
    ]

    static let roster: [KeyBinding] = [
        KeyBinding(.rosterSick, [.character("s")], .pane("Roster"), "sick call"),
        KeyBinding(.rosterApprove, [.character("y")], .pane("Roster"), "approve request"),
        KeyBinding(.rosterDeny, [.character("n")], .pane("Roster"), "deny request"),
        KeyBinding(.rosterTimeOff, [.character("t")], .pane("Roster"), "time off request"),
    ]
}
