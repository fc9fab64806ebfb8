import ClinicDomain
import Foundation
import TerminalKit

/// A card's second line on the board: owner · due · checklist · age in column · link mark, as much as fits in the
/// column's width, the most important parts kept first (due, checklist, owner, age, links, labels). Overdue and
/// due-today say so in words ("2d late", "today 16:30"), not only by colour, so a plain terminal reads them too.
extension TaskCardText {
    /// How a part of the line is drawn.
    enum Emphasis: Equatable, Sendable { case dim, late, today }

    struct Part: Equatable, Sendable {
        var text: String
        var emphasis: Emphasis = .dim
        /// A shorter form when room is short ("16:30" for "today 16:30").
        var compact: String?
        /// Lower is kept longer.
        var importance: Int
        /// The owner's name may be cut (to a few cells) rather than dropped.
        var cuttable = false
    }

    /// The due part: "2d late", "16:30 late", "today", "today 16:30", "11-26" (with its time when `wide`);
    /// nil for a card without a due day, or done.
    static func duePart(_ card: TaskCard, now: Date, clock: PracticeClock, wide: Bool = false) -> Part? {
        guard let due = card.due, card.column != .done else { return nil }
        let today = clock.day(of: now)
        let time = card.dueTime?.description
        if card.isOverdue(now: now, clock: clock) {
            if due < today { return Part(text: "\(due.days(until: today))d late", emphasis: .late, importance: 0) }
            return Part(text: "\(time ?? "") late", emphasis: .late, compact: "late", importance: 0)
        }
        if due == today {
            guard let time else { return Part(text: "today", emphasis: .today, importance: 0) }
            return Part(text: "today \(time)", emphasis: .today, compact: time, importance: 0)
        }
        if wide, let time { return Part(text: "\(due.mmdd) \(time)", compact: due.mmdd, importance: 0) }
        return Part(text: due.mmdd, importance: 0)
    }

    /// Every part the card has, in the order they are shown.
    static func parts(_ card: TaskCard, practice: Practice, now: Date, wide: Bool = false) -> [Part] {
        var parts: [Part] = []
        if let owner = card.owner {
            let name = practice.staff[owner]?.displayName ?? owner.description
            parts.append(Part(text: name, importance: 2, cuttable: true))
        }
        if let due = duePart(card, now: now, clock: practice.clock, wide: wide) { parts.append(due) }
        if let progress = card.checklistProgress { parts.append(Part(text: progress, importance: 1)) }
        let age = card.daysInColumn(now: now)
        if card.column != .done, age > 0 { parts.append(Part(text: "\(age)d", importance: 3)) }
        if !card.links.isEmpty {
            parts.append(Part(text: card.links.count == 1 ? "↗" : "↗\(card.links.count)", importance: 4))
        }
        if wide, !card.labels.isEmpty {
            parts.append(Part(text: card.labels.map { "#" + $0 }.joined(separator: " "), importance: 5))
        }
        return parts
    }

    /// The parts that fit in `width` cells, joined by `separator` (" · " when everything fits so, else a space),
    /// least important dropped first; a cut owner keeps at least 4 cells ("Ben…").
    static func fit(_ parts: [Part], width: Int) -> (parts: [Part], separator: String) {
        func length(_ parts: [Part], _ separator: String) -> Int {
            parts.reduce(0) { $0 + DisplayWidth.of($1.text) } + max(0, parts.count - 1) * DisplayWidth.of(separator)
        }
        if length(parts, " · ") <= width { return (parts, " · ") }
        var kept = parts
        // Compact forms first, then drop the least important until the rest fits.
        for i in kept.indices where length(kept, " ") > width {
            if let compact = kept[i].compact { kept[i].text = compact }
        }
        while length(kept, " ") > width, !kept.isEmpty {
            if let cut = kept.firstIndex(where: \.cuttable) {
                let others = length(kept.filter { !$0.cuttable }, " ") + (kept.count > 1 ? 1 : 0)
                let room = width - others
                if room >= 4 {
                    kept[cut].text = DisplayWidth.truncate(kept[cut].text, to: room)
                    kept[cut].cuttable = false
                    continue
                }
            }
            guard let worst = kept.indices.max(by: { kept[$0].importance < kept[$1].importance }) else { break }
            kept.remove(at: worst)
        }
        return (kept, " ")
    }

    /// The second line's text as drawn, for tests and the plain reading of a card.
    static func metaLine(_ card: TaskCard, practice: Practice, now: Date, width: Int) -> String {
        let fitted = fit(parts(card, practice: practice, now: now, wide: width >= wideColumn), width: width)
        return fitted.parts.map(\.text).joined(separator: fitted.separator)
    }

    /// From this column width on (the 160-column layout) the line shows due times and labels.
    static let wideColumn = 26
}
