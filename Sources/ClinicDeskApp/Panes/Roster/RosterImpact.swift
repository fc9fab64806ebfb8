import ClinicDomain
import Foundation
import TerminalKit

/// Whose absence the impact view shows, with what it listed when it opened: visits moved and gaps covered since
/// then stay on the list as done instead of vanishing.
struct ImpactTarget: Hashable, Sendable {
    struct GapKey: Hashable, Sendable {
        let name: String, from: TimeOfDay, to: TimeOfDay
    }
    let staff: StaffID
    let day: LocalDate
    var visits: [AppointmentID] = []
    var gaps: [GapKey] = []

    /// The target with the visits and gaps the absence breaks now (before or just after the sick call).
    init(staff: StaffID, day: LocalDate, practice: Practice, now: Date) {
        self.staff = staff; self.day = day
        let impact = practice.absenceImpact(of: staff, on: [day], now: now)
        visits = impact.visits.map(\.appointment.id)
        gaps = impact.gaps.map { GapKey(name: $0.name, from: $0.from, to: $0.to) }
    }
}

/// One row of the impact view, and what its keys act on.
struct ImpactItem: Sendable {
    enum Action: Sendable {
        /// A visit still to move, with the slot suggested for it.
        case visit(Appointment, SlotSuggestion?)
        /// Someone who could cover a gap.
        case cover(CoverageGap, Staff)
    }
    let text: String
    let slot: StyleSlot
    let id: String?
    let action: Action?
}

/// The sick-call impact, recomputed from the practice each state: the visits still to move (with suggestions),
/// those done, the gaps it opens with who could cover them.
struct RosterImpact: Sendable {
    let title: String
    let titleSlot: StyleSlot
    let items: [ImpactItem]
    let ids: SelectableIDs<String>
}

struct RosterImpactQuery: DerivedQuery {
    let target: ImpactTarget
    let now: Date
    let privacy: Bool

    func answer(from practice: Practice) -> RosterImpact {
        let name = practice.staff[target.staff]?.displayName ?? target.staff.description
        let impact = practice.absenceImpact(of: target.staff, on: [target.day], now: now)
        let recorded = practice.timeOff(for: target.staff, on: target.day) != nil
        var items: [ImpactItem] = []
        func add(_ text: String, _ slot: StyleSlot, id: String? = nil, _ action: ImpactItem.Action? = nil) {
            items.append(ImpactItem(text: text, slot: slot, id: id, action: action))
        }
        var visitIDs = target.visits
        for visit in impact.visits where !visitIDs.contains(visit.appointment.id) {
            visitIDs.append(visit.appointment.id)
        }
        var open = 0
        let idWidth = visitIDs.map { $0.description.count }.max() ?? 4
        if !visitIDs.isEmpty { add("Visits to move", .tableHeader) }
        for id in visitIDs {
            guard let appointment = practice.appointments[id] else { continue }
            let patient = patientName(appointment.patient, practice)
            let task = practice.tasks.values.first { $0.title.contains("reschedule \(id) ") }
            let lead =
                "\(appointment.start) " + DisplayWidth.pad(id.description, to: idWidth) + " "
                + DisplayWidth.pad(DisplayWidth.truncate(patient, to: 16), to: 16) + " "
            if let visit = impact.visits.first(where: { $0.appointment.id == id }) {
                open += 1
                let goes =
                    visit.suggestion.map { "→ " + slotText($0.provider, $0.day, $0.start, practice) }
                    ?? "no free slot in 2 weeks"
                let taskText = task.map { "  ✓ call task \($0.id)" } ?? ""
                add(
                    lead + goes + taskText, task == nil ? .alertWarn : .text, id: id.description,
                    .visit(appointment, visit.suggestion))
            } else {
                let done: String
                if appointment.status == .cancelled {
                    done = "✓ cancelled"
                } else if appointment.provider != target.staff || appointment.day != target.day {
                    done = "✓ moved to " + slotText(appointment.provider, appointment.day, appointment.start, practice)
                } else {
                    done = "✓ \(appointment.status.rawValue)"
                }
                add(lead + done + (task.map { "  ✓ call task \($0.id)" } ?? ""), .ok, id: id.description)
            }
        }
        // Today's gaps already over cannot be covered any more.
        let past = target.day == practice.clock.day(of: now) ? practice.clock.timeOfDay(of: now) : TimeOfDay(minutes: 0)
        var gapKeys = target.gaps.filter { $0.to > past }
        for gap in impact.gaps where gap.to > past {
            let key = ImpactTarget.GapKey(name: gap.name, from: gap.from, to: gap.to)
            if !gapKeys.contains(key) { gapKeys.append(key) }
        }
        if !gapKeys.isEmpty { add("Coverage gaps it opens", .tableHeader) }
        var openGaps = 0
        for key in gapKeys {
            guard let option = impact.cover.first(where: { $0.gap.name == key.name && $0.gap.from == key.from }) else {
                add("✓ \(key.name) \(key.from)–\(key.to) covered", .ok)
                continue
            }
            openGaps += 1
            add("⚠ " + option.gap.description, .rosterGap)
            if option.candidates.isEmpty {
                add("    nobody off that day and under their hours could cover", .textDim)
            }
            for candidate in option.candidates {
                let cap = candidate.staff.weeklyHours.map { " of \($0)h" } ?? ""
                add(
                    "    cover: \(candidate.staff.displayName) (\(candidate.staff.role.label), "
                        + "\(RosterHours.hours(candidate.plannedMinutes))\(cap) this week)", .text,
                    id: "cover \(key.name) \(key.from) \(candidate.staff.id)", .cover(option.gap, candidate.staff))
            }
        }
        if items.isEmpty { add("Nothing to move and no coverage gaps: the day still works.", .ok) }
        var title = "\(name) sick \(target.day.shortLabel): "
        var parts: [String] = []
        if !visitIDs.isEmpty { parts.append("\(open) of \(visitIDs.count) visits to move") }
        if !gapKeys.isEmpty { parts.append("\(openGaps) of \(gapKeys.count) gaps open") }
        title += parts.isEmpty ? "nothing breaks" : parts.joined(separator: " · ")
        if !recorded { title += " · sick call NOT recorded (preview)" }
        return RosterImpact(
            title: title, titleSlot: open + openGaps == 0 ? .ok : .alertWarn, items: items,
            ids: SelectableIDs(items.compactMap(\.id)))
    }

    private func patientName(_ id: PatientID, _ practice: Practice) -> String {
        guard let patient = practice.patients[id] else { return id.description }
        return privacy ? patient.initials : patient.shortName
    }

    /// "Dr Lee 10:40" the same day, "Dr Lee Tue 24 Nov 08:00" another.
    private func slotText(_ provider: StaffID, _ day: LocalDate, _ start: TimeOfDay, _ practice: Practice) -> String {
        let who = practice.staff[provider]?.displayName ?? provider.description
        return day == target.day ? "\(who) \(start)" : "\(who) \(day.shortLabel) \(start)"
    }
}
