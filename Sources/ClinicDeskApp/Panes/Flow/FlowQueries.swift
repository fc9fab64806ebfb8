import ClinicDomain
import Foundation

// The Flow pane's derived views, kept in the dashboard's DerivedViewCache: handle, headline, badge and draw ask
// for the same board and numbers several times per frame, and on the large practice each costs a good share of the
// 0.5 ms frame budget (docs/PERFORMANCE.md). Queries that read the clock carry `now`; the week and the grid do not.

/// The day's flow rows after the pane's filters.
struct FlowBoardQuery: DerivedQuery {
    let day: LocalDate
    let now: Date
    let provider: StaffID?
    let statuses: Set<FlowStatus>?
    /// The `/` filter, matched against the list's visible text (patient as shown, ID, provider, type, status, room).
    var text = TextMatch("")
    var privacy = false

    func answer(from practice: Practice) -> [FlowRow] {
        let rows = practice.flowBoard(on: day, now: now, provider: provider, statuses: statuses)
        guard !text.isEmpty else { return rows }
        return rows.filter { text.matches(Self.searchFields($0, practice: practice, privacy: privacy)) }
    }

    static func searchFields(_ row: FlowRow, practice: Practice, privacy: Bool) -> [String] {
        let a = row.appointment
        let patient = row.patient.map { privacy ? $0.initials : $0.shortName } ?? a.patient.description
        let provider = practice.staff[a.provider]?.columnName ?? a.provider.description
        return [
            a.id.description, a.start.hhmm, patient, provider, a.visitType.shortLabel, a.status.listLabel, a.room ?? "",
        ]
    }
}

/// The same rows' IDs, for the selection to find its row without a scan (once per state, not per key).
struct FlowBoardIDsQuery: DerivedQuery {
    let board: FlowBoardQuery

    func answer(from practice: Practice) -> SelectableIDs<AppointmentID> {
        SelectableIDs(board.answer(from: practice).map(\.id))
    }
}

/// The headline's numbers: booked, waiting, waits, no-shows, counts by status.
struct FlowMetricsQuery: DerivedQuery {
    let day: LocalDate
    let now: Date

    func answer(from practice: Practice) -> FlowMetrics { practice.flowMetrics(on: day, now: now) }
}

/// The week overview from `monday`.
struct WeekOverviewQuery: DerivedQuery {
    let monday: LocalDate

    func answer(from practice: Practice) -> [WeekCell] { practice.weekOverview(from: monday, days: 7) }
}

/// Providers with a column on `day` (see `Practice.providersWorking`).
struct ProvidersWorkingQuery: DerivedQuery {
    let day: LocalDate

    func answer(from practice: Practice) -> [Staff] { practice.providersWorking(on: day) }
}

/// The time grid's layout for `day`, narrowed to `provider`.
struct GridModelQuery: DerivedQuery {
    let day: LocalDate
    let provider: StaffID?

    func answer(from practice: Practice) -> GridModel {
        GridModel(practice: practice, day: day, columns: practice.providersWorking(on: day), providerFilter: provider)
    }
}

/// Providers away on `day`, for the list's "move" flag (asked per row drawn).
struct ProvidersAwayQuery: DerivedQuery {
    let day: LocalDate

    func answer(from practice: Practice) -> [StaffID: TimeOffKind] { practice.providersAway(on: day) }
}

/// Per provider per day of the week from `monday`: visits still to see while the provider is away, for the week
/// overview's "sick · 3 to move".
struct WeekToMoveQuery: DerivedQuery {
    let monday: LocalDate

    func answer(from practice: Practice) -> [StaffID: [LocalDate: Int]] {
        var counts: [StaffID: [LocalDate: Int]] = [:]
        for offset in 0..<7 {
            let day = monday.adding(days: offset)
            let away = practice.providersAway(on: day)
            guard !away.isEmpty else { continue }
            for a in practice.appointments(on: day) where away[a.provider] != nil && a.needsMoveIfAway {
                counts[a.provider, default: [:]][day, default: 0] += 1
            }
        }
        return counts
    }
}
