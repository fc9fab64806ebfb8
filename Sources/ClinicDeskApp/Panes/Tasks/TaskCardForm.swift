import ClinicDomain
import Foundation
import TerminalKit

/// The new-card (`n`) and edit-card (`e`) form, as a plain value: keys go in, an `Outcome` comes out, and tests
/// drive it without a terminal. The fields live in a TerminalKit `Form`; this type adds what a card means: the
/// owner list from the roster, one toggle per standard label, notes typed on one line (`\n` starts a new line),
/// and saving — checked against the domain's rules first, so a refusal shows inside the form and nothing is sent.
struct TaskCardForm: Sendable, Equatable {
    enum Purpose: Sendable, Equatable {
        case new(BoardColumn)
        case edit(TaskID)
    }

    enum Field: Sendable, Hashable {
        case title, due, time, priority, owner, notes
        /// One of `TaskLabel.standard`, a yes/no toggle.
        case label(String)
    }

    enum Outcome: Sendable, Equatable {
        case editing
        case cancelled
        /// Send these, in order (one for a new card; for an edit, one per kind of change).
        case save([Command])
        /// Nothing sent; the reason is also shown in the form.
        case refused(String)
    }

    let purpose: Purpose
    var form: Form<Field>
    /// The owner choice's staff, in option order after "nobody".
    let owners: [StaffID]
    /// The card as it was when the form opened (edit): only what differs from it is sent.
    let original: TaskCard?

    static let priorities = TaskPriority.allCases
    static let toggle = ["no", "yes"]

    /// An empty card for `column`.
    init(newIn column: BoardColumn, context: PaneContext) {
        purpose = .new(column)
        original = nil
        owners = Self.ownerIDs(context)
        form = Self.layout(
            title: "New card in \(column.label)", card: nil, owners: owners, context: context)
    }

    /// `card`'s fields, to change.
    init(editing card: TaskCard, context: PaneContext) {
        purpose = .edit(card.id)
        original = card
        var ids = Self.ownerIDs(context)
        // An owner no longer on the roster (deactivated) stays choosable, so opening the form changes nothing.
        if let owner = card.owner, !ids.contains(owner) { ids.append(owner) }
        owners = ids
        form = Self.layout(title: "Edit \(card.id)", card: card, owners: ids, context: context)
    }

    private static func ownerIDs(_ context: PaneContext) -> [StaffID] {
        context.practice.rosterRows(on: context.today, now: context.now).map(\.staff.id)
    }

    private static func layout(title: String, card: TaskCard?, owners: [StaffID], context: PaneContext)
        -> Form<Field>
    {
        let practice = context.practice
        let statuses = Dictionary(
            practice.rosterRows(on: context.today, now: context.now).map { ($0.staff.id, $0.status.label) },
            uniquingKeysWith: { first, _ in first })
        let ownerNames =
            ["nobody"]
            + owners.map { id in
                let name = practice.staff[id]?.displayName ?? id.description
                return Sanitizer.clean(statuses[id].map { "\(name) · \($0)" } ?? name)
            }
        var fields: [FormField<Field>] = [
            .text(.title, "Title", TextInput(card?.title ?? "", maxLength: 200), width: 40),
            .text(.due, "Due", TextInput(card?.due?.description ?? "", filter: .date), width: 10),
            .text(.time, "Due time", TextInput(card?.dueTime?.description ?? "", filter: .time), width: 5),
            .choice(
                .priority, "Priority", options: priorities.map(\.rawValue),
                selected: priorities.firstIndex(of: card?.priority ?? .normal)),
            .choice(.owner, "Owner", options: ownerNames, selected: ownerIndex(card?.owner, in: owners)),
        ]
        for label in TaskLabel.standard {
            let on = card?.labels.contains(label) ?? false
            fields.append(.choice(.label(label), "Label \(label)", options: toggle, selected: on ? 1 : 0))
        }
        let notes = (card?.notes ?? "").replacingOccurrences(of: "\n", with: "\\n")
        fields.append(.text(.notes, "Notes", TextInput(notes, maxLength: 2000), width: 40))
        let keys = context.keymap
        let footer = [(KeyAction.formSubmit, "save"), (.formNextField, "field"), (.formCancel, "cancel")]
            .map { "\(keys.keyLabel($0.0)) \($0.1)" }.joined(separator: " · ")
        var form = Form(title: title, fields: fields, footer: footer, width: 66)
        form.setHint(.due, "YYYY-MM-DD, empty for none")
        form.setHint(.time, "HH:MM, needs a due day")
        form.setHint(.priority, "←→")
        form.setHint(.notes, "\\n starts a line")
        return form
    }

    /// The owner choice's option for `owner`: 0 is "nobody".
    private static func ownerIndex(_ owner: StaffID?, in owners: [StaffID]) -> Int {
        owner.flatMap { owners.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    }

    // MARK: - Reading the form

    var title: String { form.text(.title).trimmingCharacters(in: .whitespaces) }
    var dueText: String { form.text(.due).trimmingCharacters(in: .whitespaces) }
    var timeText: String { form.text(.time).trimmingCharacters(in: .whitespaces) }
    var priority: TaskPriority { form.choice(.priority).map { Self.priorities[$0] } ?? .normal }
    var owner: StaffID? { form.choice(.owner).flatMap { $0 == 0 ? nil : owners[$0 - 1] } }
    var labels: [String] { TaskLabel.standard.filter { form.choice(.label($0)) == 1 } }
    /// The notes as stored: `\n` typed in the one-line field is a line break.
    var notes: String {
        form.text(.notes).replacingOccurrences(of: "\\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Keys

    mutating func handle(_ key: Key, context: PaneContext) -> Outcome {
        switch form.handle(key) {
        case .cancelled: return .cancelled
        case .submitted: return save(context: context)
        case .editing, .ignored:
            form.message = nil
            return .editing
        }
    }

    /// Checks the typed values, builds the command(s) and asks the domain whether it accepts them.
    mutating func save(context: PaneContext) -> Outcome {
        let due: LocalDate?
        if dueText.isEmpty {
            due = nil
        } else if let day = LocalDate(dueText) {
            due = day
        } else {
            return refuse("Due must be a date as YYYY-MM-DD, e.g. 2026-11-24 (or empty).", focus: .due)
        }
        let time: TimeOfDay?
        if timeText.isEmpty {
            time = nil
        } else if let parsed = TimeOfDay(timeText) {
            time = parsed
        } else {
            return refuse("Due time must be HH:MM, e.g. 16:30 (or empty).", focus: .time)
        }
        if time != nil, due == nil { return refuse("A due time needs a due day.", focus: .due) }
        let commands = self.commands(due: due, time: time)
        guard !commands.isEmpty else { return refuse("Nothing changed.", focus: nil) }
        for command in commands {
            if let refusal = context.practice.refusal(of: command, actor: context.user, now: context.now) {
                return refuse("Not saved: \(refusal)", focus: nil)
            }
        }
        return .save(commands)
    }

    private func commands(due: LocalDate?, time: TimeOfDay?) -> [Command] {
        switch purpose {
        case .new(let column):
            return [
                .addTask(
                    NewTask(
                        title: title, column: column, owner: owner, due: due, priority: priority, labels: labels,
                        dueTime: time, notes: notes))
            ]
        case .edit(let id):
            guard let card = original else { return [] }
            var edit = TaskEdit()
            if title != card.title { edit.title = title }
            if due != card.due { edit.due = due.map { .set($0) } ?? .clear }
            if time != card.dueTime { edit.dueTime = time.map { .set($0) } ?? .clear }
            if priority != card.priority { edit.priority = priority }
            if notes != card.notes { edit.notes = notes.isEmpty ? .clear : .set(notes) }
            var commands: [Command] = []
            if edit != TaskEdit() { commands.append(.editTask(id, edit)) }
            if owner != card.owner { commands.append(.assignTask(id, to: owner)) }
            let add = labels.filter { !card.labels.contains($0) }
            // Only standard labels are toggles; an old free-text label stays as it is.
            let remove = card.labels.filter { TaskLabel.standard.contains($0) && !labels.contains($0) }
            if !add.isEmpty || !remove.isEmpty { commands.append(.labelTask(id, add: add, remove: remove)) }
            return commands
        }
    }

    private mutating func refuse(_ text: String, focus: Field?) -> Outcome {
        form.message = StyledLine(text, slot: .error)
        if let focus { form.focus(on: focus) }
        return .refused(text)
    }

    // MARK: - Hints and drawing

    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: keymap.keyLabel(.formNextField), label: "next field"),
            PaneKeyHint(key: "←→", label: "choose / toggle"),
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "save"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "cancel"),
        ]
    }

    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        var shown = form
        if let day = LocalDate(dueText) { shown.setHint(.due, day.longLabel) }
        shown.draw(into: &canvas, in: rect, theme: context.theme)
    }
}
