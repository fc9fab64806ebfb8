import ClinicDomain
import Foundation
import TerminalKit

/// What the card view says about a card in words (due, age in column, each link's item), and the "Cards" line the
/// other panes' details show for the cards linked to their item.
enum TaskCardWords {
    /// "Fri 20 Nov 2026 16:30 · OVERDUE, 3 days late", "… · due today", "… · in 2 days"; nil when no due day.
    /// The words say it, so it reads without colour too.
    static func due(_ card: TaskCard, context: PaneContext) -> (text: String, overdue: Bool, today: Bool)? {
        guard let due = card.due else { return nil }
        let clock = context.practice.clock
        let when = due.longLabel + (card.dueTime.map { " \($0)" } ?? "")
        guard card.column != .done else { return (when, false, false) }
        if card.isOverdue(now: context.now, clock: clock) {
            let late = due.days(until: context.today)
            let howLate = late <= 0 ? "past its time today" : late == 1 ? "1 day late" : "\(late) days late"
            return (when + " · OVERDUE, " + howLate, true, false)
        }
        if card.isDueToday(now: context.now, clock: clock) { return (when + " · due today", false, true) }
        let days = context.today.days(until: due)
        return (when + " · in " + (days == 1 ? "1 day" : "\(days) days"), false, false)
    }

    /// "3 days in Today", "since today in Today".
    static func age(_ card: TaskCard, now: Date) -> String {
        let days = card.daysInColumn(now: now)
        let span = days == 0 ? "under a day" : days == 1 ? "1 day" : "\(days) days"
        return "\(span) in \(card.column.label)"
    }

    /// What a link points to, as this terminal may show it (a patient's initials under the privacy mask); a link
    /// whose item is gone says so.
    static func link(_ link: ItemLink, context: PaneContext) -> String {
        let practice = context.practice
        let gone = "(no longer exists)"
        let text: String
        switch link {
        case .claim(let id):
            guard let claim = practice.claims[id] else { return gone }
            text =
                "claim · \(context.patientName(claim.patient, short: true)) · \(claim.dateOfService) · "
                + claim.status.label
        case .appointment(let id):
            guard let visit = practice.appointments[id] else { return gone }
            let provider = practice.staff[visit.provider]?.displayName ?? visit.provider.description
            text =
                "visit · \(context.patientName(visit.patient, short: true)) · \(visit.day.shortLabel) "
                + "\(visit.start) · \(provider) · \(visit.status.label)"
        case .patient(let id):
            guard practice.patients[id] != nil else { return gone }
            text = "patient · " + context.patientName(id)
        case .staff(let id):
            guard let person = practice.staff[id] else { return gone }
            text = "staff · \(person.displayName)" + (person.active ? "" : " (deactivated)")
        case .task(let id):
            guard let other = practice.tasks[id] else { return gone }
            text = "card · \(other.title) · \(other.column.label)"
        }
        return Sanitizer.clean(text)
    }

    /// "Cards       T-4 Call Aetna, T-9 Order gloves" for a detail popup; empty when no card links to `item`.
    static func linkedCardsLines(_ item: ItemLink, practice: Practice, label: String = "Cards") -> [String] {
        let cards = practice.cards(linkedTo: item).sorted { $0.id < $1.id }
        guard !cards.isEmpty else { return [] }
        let list = cards.map { "\($0.id) \(Sanitizer.clean($0.title))" }.joined(separator: ", ")
        return [DisplayWidth.pad(label, to: 11) + " " + list]
    }
}
