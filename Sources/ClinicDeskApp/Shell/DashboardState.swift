import ClinicDomain
import Foundation
import TerminalKit

/// Everything the dashboard remembers between keys, as a value: which pane has focus, what mode the keyboard
/// is in, the day shown, the last message. The practice itself is not here: it belongs to the `PracticeSource`.
struct DashboardState {
    /// The panes in focus order; change one only through `update(pane:at:)`, which moves its revision.
    private(set) var panes: [any Pane]
    /// The panes as the dashboard opened: what someone else signing in at this terminal starts from, so nothing
    /// the last person had open (a half-typed booking) is shown to the next.
    private let freshPanes: [any Pane]
    /// Per pane, moves whenever the pane may have changed its own state (it handled a key), so its last drawing
    /// can be reused while it and everything else it is drawn from stay the same (`PaneDrawingCache`).
    private(set) var paneRevisions: [Int]
    var focus = 0
    var mode: Mode = .normal
    /// The day the panes show; nil follows today (so the view rolls over at midnight by itself).
    var pinnedDay: LocalDate?
    var privacy = false
    var message: StatusMessage?
    /// Every message shown so far (`:messages`); the app records them as they appear.
    var messageLog = MessageLog()
    /// Commands sent to the store and not yet answered; the status line shows them as "saving…".
    var writes = PendingWrites()
    /// `:` lines run, oldest first.
    var history: [String] = []
    var theme: Theme { didSet { themeRevision += 1 } }
    /// Moves with every theme change: cheaper to compare than the theme.
    private(set) var themeRevision = 0
    var user: String
    /// Sign-in, lock and what this terminal may change.
    var session: DeskSession
    let keymap: Keymap
    /// The screen's size as last drawn: popups scroll within what fits.
    var screenSize = Size(width: 80, height: 24)

    /// One cache for the dashboard's lifetime, so costly views are computed once per state change.
    let derived = DerivedViewCache()
    /// The panes' last drawings, reused for panes that did not change (one per dashboard).
    let paneDrawings = PaneDrawingCache()

    init(
        panes: [any Pane], theme: Theme, user: String, keymap: Keymap = .standard, options: DeskOptions = DeskOptions(),
        now: Date = Date()
    ) {
        self.panes = panes; self.theme = theme; self.user = user; self.keymap = keymap
        freshPanes = panes
        session = DeskSession(options: options, now: now)
        privacy = options.kiosk
        paneRevisions = Array(repeating: 0, count: panes.count)
    }

    /// `login` signed in at the locked screen. Someone else starts from the panes as the dashboard opened, today,
    /// and no popup or message of the last person's.
    mutating func signIn(_ login: String) {
        guard login != user else { return }
        user = login
        mode = .normal
        pinnedDay = nil
        message = nil
        for (index, pane) in freshPanes.enumerated() where index < panes.count { update(pane: pane, at: index) }
    }

    mutating func update(pane: any Pane, at index: Int) {
        panes[index] = pane
        paneRevisions[index] += 1
    }

    func shownDay(practice: Practice, now: Date) -> LocalDate {
        pinnedDay ?? practice.clock.day(of: now)
    }

    func context(for index: Int, practice: Practice, now: Date) -> PaneContext {
        var context = PaneContext(
            practice: practice, now: now, day: shownDay(practice: practice, now: now), theme: theme,
            focused: index == focus, user: user, privacy: privacy, role: role(in: practice), keymap: keymap,
            derived: derived)
        context.filter = TextMatch(panes[index].filterText)
        return context
    }

    var focusedPane: PaneID { panes[focus].id }

    /// The keys a pane's hint row shows: its open form's keys, else its verbs from the keymap.
    func hints(forPane index: Int) -> [PaneKeyHint] {
        let pane = panes[index]
        return pane.isEditing ? pane.editingHints(keymap) : keymap.hints(for: .pane(pane.id))
    }

    mutating func focus(_ index: Int) {
        guard panes.indices.contains(index) else { return }
        focus = index
    }
}

/// What the state asks the app to do after a key: the parts that touch the store, the disk or the loop.
enum Effect: Equatable, Sendable {
    case execute(Command)
    case loadTheme(String)
    /// Check a PIN typed at the locked screen, off the loop.
    case verifyPIN(login: String, pin: String)
    /// Read an 835 off the loop; its reconciliation comes back as a question.
    case importERA(ERAImportRequest)
    /// Write an export file off the loop; a status message says when it is on disk.
    case export(ExportLine)
    /// Walk the audit trail off the loop for `:log`; the page comes back as a popup.
    case readLog(AuditLogRequest)
    case redraw
    case quit
}
