import ClinicDomain
import Foundation
import TerminalKit

/// What every pane sees when it handles a key or draws: the state, the time, the day shown and who is at the desk.
/// Panes are pure functions of (context, their own view state, rect) into a Canvas; they never touch ncurses or files.
public struct PaneContext {
    public var practice: Practice
    public var now: Date
    /// The day the panes show (`[` `]` `t` move it); usually today.
    public var day: LocalDate
    public var theme: Theme
    public var focused: Bool
    public var user: String
    /// F11 privacy mask / kiosk: show initials only.
    public var privacy: Bool
    /// The signed-in account's role; nil on a folder without accounts, where everyone sees everything.
    public var role: Role?
    /// The keys in use (the user may have rebound some), so a sentence can name the key to press.
    public var keymap: Keymap
    /// Views too costly to recompute every frame, kept while what they read is unchanged (the dashboard passes one
    /// cache to every frame).
    public var derived: DerivedViewCache
    /// The pane's `/` filter (empty when off): the rows its queries return are the matches.
    public var filter = TextMatch("")

    public init(
        practice: Practice, now: Date, day: LocalDate, theme: Theme, focused: Bool, user: String,
        privacy: Bool = false, role: Role? = nil, keymap: Keymap = .standard,
        derived: DerivedViewCache = DerivedViewCache()
    ) {
        self.practice = practice; self.now = now; self.day = day; self.theme = theme; self.focused = focused
        self.user = user; self.privacy = privacy; self.role = role; self.keymap = keymap; self.derived = derived
    }

    /// Whether this terminal's role may see `kind` (diagnoses, claim balances, clinical notes …), by the one
    /// role table.
    public func sees(_ kind: Visibility) -> Bool { role.map { RoleTable.sees($0, kind) } ?? true }

    /// The key for `action` as the user has it ("b"), for hints inside sentences.
    public func key(_ action: KeyAction) -> String { keymap.keyLabel(action) }

    /// The answer to a derived view on this context's practice, from the dashboard's cache.
    public func cached<Query: DerivedQuery>(_ query: Query) -> Query.Answer { derived.answer(query, from: practice) }

    public var today: LocalDate { practice.clock.day(of: now) }

    /// A patient's name as this terminal may show it.
    public func patientName(_ id: PatientID, short: Bool = false) -> String {
        guard let patient = practice.patients[id] else { return id.description }
        if privacy { return patient.initials }
        return short ? patient.shortName : patient.fullName
    }
}

/// What a pane asks the app to do after a key.
public enum PaneAction: Sendable {
    /// The pane did not use the action; the shell performs the global one.
    case unhandled
    /// The pane used it and changed only its own view state (opening or closing a form included).
    case handled
    /// Run a command through the store (validated, journaled, fsync'd); the status bar shows the result.
    case command(Command, confirm: String?)
    /// Open a modal with these lines (detail of the selected item).
    case detail(title: String, lines: [String])
    /// Show a message in the status bar.
    case message(String)
    /// Say why the rules refuse what the key asked for, as an error, instead of prompting for it.
    case refusal(String)
    /// Open the `:` command line with this text typed, for verbs that need one more word (`claim pay C-22 `).
    case prompt(String)
    /// Show another day (as `[` `]` and `goto` do): the roster's week grid moves its day cursor and its week so.
    case showDay(LocalDate)
    /// Focus the pane that shows the item `subject` names and select it there (a card's link): `reveal` in
    /// Shell/Reveal.swift.
    case reveal(String)
    /// Run several commands in order, each through the store as `.command` does (a card form that changes fields,
    /// owner and labels at once: one command per kind of change, each audited).
    case commands([Command])
}

/// One named action a pane offers, drawn from the one keymap table into help and key hints.
public struct PaneKeyHint: Sendable, Equatable {
    public let key: String
    public let label: String
    /// The key changes the practice: greyed at a read-only terminal.
    public let changes: Bool
    public init(key: String, label: String, changes: Bool = false) {
        self.key = key; self.label = label; self.changes = changes
    }
}

/// A dashboard pane: schedule & flow, tasks, claims, roster. The shell resolves every key through the one keymap
/// and hands the focused pane an action; only a pane's open form gets raw keys, since a form types text.
public protocol Pane {
    var id: PaneID { get }
    /// Header figures after the title, e.g. "7 waiting · longest 34m · avg 12m".
    func headline(_ context: PaneContext) -> String
    /// One line for the medium layout's summary row and the narrow layout's tab badge ("3 overdue").
    func badge(_ context: PaneContext) -> String
    /// Draws the pane's body (inside the box the app draws) into `rect`.
    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext)
    /// An action resolved from a key while the pane has focus: its own verbs and the global movement, open and
    /// close actions. `.unhandled` lets the shell perform the global meaning.
    mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction
    /// True while the pane has a form open: the shell then sends it every key, raw, until it closes.
    var isEditing: Bool { get }
    /// A key for the open form.
    mutating func handleEditing(_ key: Key, context: PaneContext) -> PaneAction
    /// The open form's keys, for the hint row (a form's keys are its own: typing goes into its fields).
    func editingHints(_ keymap: Keymap) -> [PaneKeyHint]
    /// The `/` filter as typed; "" when off.
    var filterText: String { get }
    /// Narrows the pane's rows to those whose visible text holds `text` (`TextMatch`); "" shows every row.
    mutating func setFilter(_ text: String)
    /// The selected match's place (1-based, nil without a selection) and how many rows match, for the title.
    func filterMatches(_ context: PaneContext) -> (position: Int?, count: Int)
    /// Selects the item `subject` names ("A-31", "C-22", "S-4", "T-17"), switching views and clearing filters that
    /// hide it; nil when the pane does not hold it (unknown to it, or gone). The answer is applied as a key's
    /// would be (`.showDay` for an appointment on another day, `.message` to say a filter was cleared).
    /// `DashboardState.reveal` picks the pane by the ID's prefix (`RevealTarget`).
    mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction?
    /// A click at `point`, relative to the top-left of the pane's body (the rect `draw` gets, of `size`): selects
    /// the row or card under it. False when nothing selectable is there.
    mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool
}

/// A cell inside a pane's body: (0, 0) is the body's top-left.
public struct PanePoint: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

extension Pane {
    /// "Flow", "Tasks", "Claims", "Roster".
    public var title: String { id.title }
    public var isEditing: Bool { false }
    public mutating func handleEditing(_ key: Key, context: PaneContext) -> PaneAction { .unhandled }
    public func editingHints(_ keymap: Keymap) -> [PaneKeyHint] { [] }
    public mutating func reveal(_ subject: String, context: PaneContext) -> PaneAction? { nil }
    public mutating func select(at point: PanePoint, size: Size, context: PaneContext) -> Bool { false }
}
