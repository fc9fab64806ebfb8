import ClinicDomain
import Foundation
import TerminalKit

/// Keys: the views and movement change only the pane; the verbs become commands (asking y/n where they change
/// the plan) or open the command line prefilled. The domain's refusals come back as sentences in the status bar.
extension RosterPane {
    public mutating func handle(_ action: KeyAction, context: PaneContext) -> PaneAction {
        if let impact { return handleImpact(action, impact, context: context) }
        switch action {
        case .rosterWeek:
            mode = mode == .week ? .today : .week
            swapMark = nil
            return .handled
        case .rosterCredentials:
            mode = mode == .credentials ? .today : .credentials
            return .handled
        case .rosterAddStaff:
            return .prompt("staff add --given  --family  --role ")
        case .rosterPreviousWeek:
            return .showDay(context.day.adding(days: -7))
        case .rosterNextWeek:
            return .showDay(context.day.adding(days: 7))
        default:
            break
        }
        switch mode {
        case .credentials: return handleCredentials(action, context: context)
        case .week:
            let week = weekFigures(context)
            if weekSelection.apply(action, in: week.ids) { return .handled }
            if action == .moveLeft { return .showDay(context.day.adding(days: -1)) }
            if action == .moveRight { return .showDay(context.day.adding(days: 1)) }
            let id = weekSelection.resolve(in: week.ids).map { week.ids[$0] }
            let person = id.flatMap { id in week.people.first { $0.staff.id.description == id } }
            return weekVerb(action, person: person?.staff, context: context)
        case .today:
            let roster = context.roster
            if selection.apply(action, in: roster.ids) { return .handled }
            let id = selection.resolve(in: roster.ids).map { roster.ids[$0] }
            let line = id.flatMap { id in roster.lines.first { $0.selectionID == id } }
            if case .request(let entry)? = line {
                switch action {
                case .open:
                    return .detail(title: "\(entry.id) time off", lines: RosterDetail.request(entry, context: context))
                case .rosterApprove, .rosterDeny: return decide(entry, approve: action == .rosterApprove, context)
                default: return verbWithoutPerson(action)
                }
            }
            guard case .person(let row)? = line else { return verbWithoutPerson(action) }
            return personVerb(action, staff: row.staff, context: context)
        }
    }

    /// The week grid's verbs on the person under the cursor and the day shown, then the person's own.
    private mutating func weekVerb(_ action: KeyAction, person: Staff?, context: PaneContext) -> PaneAction {
        let monday = Practice.monday(of: context.day)
        switch action {
        case .rosterFillTemplates:
            let count = context.practice.templateShifts(weekOf: monday).count
            guard count > 0 else { return .message("The templates add nothing to the week of \(monday.shortLabel).") }
            return .command(
                .applyTemplates(week: monday, staff: nil),
                confirm:
                    "Fill the week of \(monday.shortLabel) from the templates: \(count) shift\(count == 1 ? "" : "s")?")
        case .rosterCopyWeek:
            let last = monday.adding(days: -7)
            let count = context.practice.copiedShifts(fromWeekOf: last, toWeekOf: monday).count
            guard count > 0 else { return .message("Copying the week of \(last.shortLabel) adds nothing.") }
            return .command(
                .copyWeek(from: last, to: monday, staff: nil),
                confirm: "Copy the week of \(last.shortLabel) onto \(monday.shortLabel): "
                    + "\(count) shift\(count == 1 ? "" : "s")?")
        default:
            guard let person else { return verbWithoutPerson(action) }
            return personVerb(action, staff: person, context: context)
        }
    }

    /// A verb on a person, for the day shown.
    private mutating func personVerb(_ action: KeyAction, staff: Staff, context: PaneContext) -> PaneAction {
        let practice = context.practice
        let day = context.day
        let row = context.roster.lines.lazy.compactMap { line -> RosterRow? in
            if case .person(let row) = line, row.staff.id == staff.id { return row }
            return nil
        }.first
        let shift = row?.shifts.first
        let who = "\(staff.displayName) (\(staff.id))"
        switch action {
        case .open:
            guard let row else { return .handled }
            let cards = TaskCardWords.linkedCardsLines(.staff(staff.id), practice: context.practice)
            return .detail(
                title: "\(staff.id) \(staff.fullName)", lines: RosterDetail.person(row, context: context) + cards)
        case .rosterSick:
            impact = ImpactTarget(staff: staff.id, day: day, practice: practice, now: context.now)
            impactSelection = ListSelection()
            return .command(.callInSick(staff.id, day: day), confirm: "Record a sick call for \(who) on \(day)?")
        case .rosterImpact:
            impact = ImpactTarget(staff: staff.id, day: day, practice: practice, now: context.now)
            impactSelection = ListSelection()
            return .handled
        case .rosterTimeOff:
            let start = day.adding(days: 1)
            return .prompt("pto request \(staff.id) \(start) \(start) --type vacation --note \"\"")
        case .rosterApprove, .rosterDeny:
            guard let entry = row?.pendingRequests.first else { return .message("\(who) has no pending request.") }
            return decide(entry, approve: action == .rosterApprove, context)
        case .rosterClockIn, .rosterBreak, .rosterClockOut:
            guard day == context.today else { return .message("The time clock is for today (t: back to today).") }
            let punch: ClockAction
            switch action {
            case .rosterClockIn: punch = .clockIn
            case .rosterClockOut: punch = .clockOut
            default:
                if case .onBreak? = row?.status { punch = .breakEnd } else { punch = .breakStart }
            }
            return .command(.clock(staff.id, punch), confirm: nil)
        case .rosterAddShift:
            let template = staff.template.first { $0.weekday == day.weekday }
            var text =
                "shift add \(staff.id) \(day) \(template?.start ?? TimeOfDay(hour: 8)) "
                + "\(template?.end ?? TimeOfDay(hour: 17))"
            if let template, let breakStart = template.breakStart {
                text += " --break \(breakStart)+\(template.breakMinutes)"
            }
            return .prompt(text)
        case .rosterRemoveShift:
            guard let shift else { return .message("\(who) has no shift on \(day.shortLabel).") }
            return .command(
                .removeShift(shift.id),
                confirm: "Remove \(shift.id): \(staff.displayName) \(day.shortLabel) \(shift.hours(withBreak: true))?")
        case .rosterSwap:
            return swap(shift, staff: staff, context: context)
        case .rosterEditStaff:
            return .prompt("staff edit \(staff.id) ")
        case .rosterDeactivate:
            return .command(
                .setStaffActive(staff.id, active: false),
                confirm: "Deactivate \(who)? They leave the roster; their history stays.")
        case .rosterRenew:
            let kind = staff.credentials.min { $0.expires < $1.expires }?.kind ?? .licence
            let verb = staff.credentials.isEmpty ? "set" : "renew"
            return .prompt("credential \(verb) \(staff.id) \(kind.rawValue) --expires ")
        default:
            return .unhandled
        }
    }

    /// x: the first marks the person's shift that day, the second (on another shift) asks to swap the two.
    private mutating func swap(_ shift: Shift?, staff: Staff, context: PaneContext) -> PaneAction {
        guard let shift else {
            return .message("\(staff.displayName) has no shift on \(context.day.shortLabel) to swap.")
        }
        guard let marked = swapMark, marked != shift.id, let first = context.practice.shifts[marked] else {
            if swapMark == shift.id {
                swapMark = nil
                return .message("Swap cancelled.")
            }
            swapMark = shift.id
            return .message("\(shift.id) marked: select the other shift and press \(context.key(.rosterSwap)).")
        }
        swapMark = nil
        let name = context.practice.staff[first.staff]?.displayName ?? first.staff.description
        return .command(
            .swapShifts(first.id, shift.id),
            confirm: "Swap \(first.id) (\(name) \(first.day.shortLabel) \(first.hours())) with \(shift.id) "
                + "(\(staff.displayName) \(shift.day.shortLabel) \(shift.hours()))?")
    }

    /// y/n on a request: approving names the conflicts it creates and, if there are any, approves over them.
    private func decide(_ entry: TimeOff, approve: Bool, _ context: PaneContext) -> PaneAction {
        guard approve else { return .prompt("pto deny \(entry.id) --reason \"") }
        let practice = context.practice
        let name = practice.staff[entry.staff]?.displayName ?? entry.staff.description
        let conflicts = practice.approvalConflicts(entry, now: context.now)
        guard !conflicts.isEmpty else {
            return .command(
                .approveTimeOff(entry.id, override: false),
                confirm: "Approve \(entry.id): \(name) \(RosterText.span(entry)) (\(entry.kind.label))?")
        }
        return .command(
            .approveTimeOff(entry.id, override: true),
            confirm: "Approving \(entry.id) creates \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s"): "
                + conflicts.joined(separator: "; ") + ". Approve anyway?")
    }

    private func verbWithoutPerson(_ action: KeyAction) -> PaneAction {
        switch action {
        case .rosterApprove, .rosterDeny: return .message("Select a pending time-off request first.")
        case .open: return .handled
        case _ where action.scope == .pane(.roster): return .message("Select a person first.")
        default: return .unhandled
        }
    }

    private mutating func handleCredentials(_ action: KeyAction, context: PaneContext) -> PaneAction {
        let list = context.cached(RosterCredentialsQuery(today: context.today))
        if credentialSelection.apply(action, in: list.ids) { return .handled }
        let id = credentialSelection.resolve(in: list.ids).map { list.ids[$0] }
        let item = id.flatMap { id in list.items.first { $0.id == id } }
        switch action {
        case .rosterRenew, .open:
            guard let prompt = item?.prompt else { return .message("Select a credential first.") }
            return .prompt(prompt)
        default:
            return action.scope == .pane(.roster)
                ? .message("In the credentials view: r renews, c goes back.") : .unhandled
        }
    }

    /// The impact view's keys: move a visit, make a call-patient task, add a cover shift; Esc goes back.
    private mutating func handleImpact(_ action: KeyAction, _ target: ImpactTarget, context: PaneContext)
        -> PaneAction
    {
        let figures = impactFigures(target, context)
        if impactSelection.apply(action, in: figures.ids) { return .handled }
        let id = impactSelection.resolve(in: figures.ids).map { figures.ids[$0] }
        let item = id.flatMap { id in figures.items.first { $0.id == id } }
        let absent = context.practice.staff[target.staff]?.displayName ?? target.staff.description
        switch (action, item?.action) {
        case (.close, _), (.rosterWeek, _):
            impact = nil
            return .handled
        case (.rosterMoveVisit, .visit(let visit, let suggestion)?), (.open, .visit(let visit, let suggestion)?):
            guard let suggestion else {
                return .message("No free slot within two weeks for \(visit.id): book it by hand in Flow.")
            }
            let provider = context.practice.staff[suggestion.provider]?.displayName ?? suggestion.provider.description
            let when =
                suggestion.day == visit.day ? "\(suggestion.start)" : "\(suggestion.day.shortLabel) \(suggestion.start)"
            return .command(
                .moveAppointment(
                    visit.id, day: suggestion.day, start: suggestion.start, provider: suggestion.provider,
                    override: false),
                confirm: "Move \(visit.id) \(context.patientName(visit.patient, short: true)) to \(provider) \(when)?")
        case (.rosterCallPatient, .visit(let visit, _)?):
            if let task = context.practice.tasks.values.first(where: { $0.title.contains("reschedule \(visit.id) ") }) {
                return .message("\(task.id) already asks to call about \(visit.id).")
            }
            let patient = context.practice.patients[visit.patient]?.shortName ?? visit.patient.description
            return .command(
                .addTask(
                    NewTask(
                        title: "Call \(patient) to reschedule \(visit.id) (\(absent) out sick)", column: .today,
                        due: context.today, priority: .high, labels: ["patients"])), confirm: nil)
        case (.rosterAddShift, .cover(let gap, let member)?), (.open, .cover(let gap, let member)?):
            return .command(
                .addShift(member.id, day: gap.day, start: gap.from, end: gap.to, role: gap.roles.first, breakAt: nil),
                confirm: "Add a shift for \(member.displayName) \(gap.day.shortLabel) \(gap.from)–\(gap.to) "
                    + "(\(gap.name))?")
        case (.rosterMoveVisit, _), (.rosterCallPatient, _):
            return .message(item == nil ? "Nothing to move." : "Select a visit still to move.")
        case (.rosterAddShift, _):
            return .message("Select a cover suggestion under a gap.")
        case (.open, _):
            return .handled
        default:
            return action.scope == .pane(.roster) ? .message("Esc closes the impact view first.") : .unhandled
        }
    }
}
