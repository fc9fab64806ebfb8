import ClinicDomain
import Foundation
import TerminalKit

/// What every pane sees when it handles a key or draws: the state, the time, the day shown and who is at the desk.
/// Panes are pure functions of (context, their own view state, rect) into a Canvas; they never touch ncurses or files.
public struct PaneContext: Sendable {
    public var practice: Practice
    public var now: Date
    /// The day the panes show (`[` `]` `t` move it); usually today.
    public var day: LocalDate
    public var theme: Theme
    public var focused: Bool
    public var user: String
    /// F11 privacy mask / kiosk: show initials only.
    public var privacy: Bool
    /// Views too costly to recompute every frame, kept while what they read is unchanged (the dashboard passes one
    /// cache to every frame).
    public var derived: DerivedViewCache

    public init(practice: Practice, now: Date, day: LocalDate, theme: Theme, focused: Bool, user: String,
                privacy: Bool = false, derived: DerivedViewCache = DerivedViewCache()) {
        self.practice = practice; self.now = now; self.day = day; self.theme = theme; self.focused = focused
        self.user = user; self.privacy = privacy; self.derived = derived
    }

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
    /// The pane did not use the key; the app tries its global bindings.
    case unhandled
    /// The pane used the key and changed only its own view state.
    case handled
    /// Run a command through the store (validated, journaled, fsync'd); the status bar shows the result.
    case command(Command, confirm: String?)
    /// Open a modal with these lines (detail of the selected item).
    case detail(title: String, lines: [String])
    /// Show a message in the status bar.
    case message(String)
    /// Open a form the pane owns; the app routes keys to the pane until the pane returns `.closeForm`.
    case openForm
    case closeForm
    /// Open the `:` command line with this text typed, for verbs that need one more word (`claim pay C-22 `).
    case prompt(String)
}

/// One named action a pane offers, drawn from the one keymap table into help and key hints.
public struct PaneKeyHint: Sendable, Equatable {
    public let key: String
    public let label: String
    public init(key: String, label: String) { self.key = key; self.label = label }
}

/// A dashboard pane: schedule & flow, tasks, claims, roster.
public protocol Pane: Sendable {
    /// "Flow", "Tasks", "Claims", "Roster".
    var title: String { get }
    /// Header figures after the title, e.g. "7 waiting · longest 34m · avg 12m".
    func headline(_ context: PaneContext) -> String
    /// One line for the medium layout's summary row and the narrow layout's tab badge ("3 overdue").
    func badge(_ context: PaneContext) -> String
    /// Draws the pane's body (inside the box the app draws) into `rect`.
    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext)
    /// Handles a key while the pane is focused.
    mutating func handle(_ key: Key, context: PaneContext) -> PaneAction
    /// Keys of this pane for the bottom hint row and `?` help.
    var keyHints: [PaneKeyHint] { get }
    /// True while the pane has an open form that wants every key (Esc closes it).
    var isEditing: Bool { get }
}
