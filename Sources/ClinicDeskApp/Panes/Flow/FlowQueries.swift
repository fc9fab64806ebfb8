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

    func answer(from practice: Practice) -> [FlowRow] {
        practice.flowBoard(on: day, now: now, provider: provider, statuses: statuses)
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
