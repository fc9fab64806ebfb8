import ClinicDomain
import Foundation
import TerminalKit

/// The roster of a day as the pane shows it, with the headline's and the badge's figures: the rows scan the
/// day's appointments and every time-off entry, the gaps every shift, so they are one derived view, computed once
/// per state, day and minute instead of on every key, headline, badge and draw.
struct RosterFigures: Sendable {
    let lines: [RosterLine]
    /// Each line's text and style, as drawn.
    let texts: [(String, StyleSlot)]
    /// The selectable lines' IDs (people, requests), in line order.
    let ids: SelectableIDs<String>
    let onDuty: Int
    let sick: Int
    let pto: Int
    /// People with a shift, sick call or PTO that day.
    let scheduled: Int
    let gaps: [CoverageGap]
    /// "Front desk now: Ana R. · Joe M. (on break)", and its style (critical when nobody is there).
    let frontDesk: (text: String, slot: StyleSlot)
}

struct RosterQuery: DerivedQuery {
    let day: LocalDate
    let today: LocalDate
    let now: Date
    /// The `/` filter: the people and requests whose line holds it (headings and notes go while it is on).
    var text = TextMatch("")

    func answer(from practice: Practice) -> RosterFigures {
        let rows = practice.rosterRows(on: day, now: now)
        let gaps = practice.coverageGaps(on: day)
        var onDuty = 0, sick = 0, pto = 0
        for row in rows {
            switch row.status {
            case .onDuty, .withPatient: onDuty += 1
            case .away(.sick, _): sick += 1
            case .away: pto += 1
            default: break
            }
        }
        var lines = RosterLine.lines(
            rows: rows, gaps: gaps, practice: practice, day: day, today: today, now: now)
        var texts = lines.map { RosterText.describe($0, practice: practice) }
        if !text.isEmpty {
            let kept = lines.indices.filter { lines[$0].selectionID != nil && text.matches(texts[$0].0) }
            lines = kept.map { lines[$0] }
            texts = kept.map { texts[$0] }
        }
        let todayRows = day == today ? rows : practice.rosterRows(on: today, now: now)
        return RosterFigures(
            lines: lines, texts: texts,
            ids: SelectableIDs(lines.compactMap(\.selectionID)), onDuty: onDuty,
            sick: sick, pto: pto, scheduled: rows.filter { $0.status != .off }.count, gaps: gaps,
            frontDesk: RosterText.frontDesk(todayRows, practice: practice, now: now))
    }
}

extension PaneContext {
    var roster: RosterFigures { cached(RosterQuery(day: day, today: today, now: now, text: filter)) }
}
