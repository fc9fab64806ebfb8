import ClinicDomain
import Foundation
import Synchronization

/// Derived views remembered between calls, so one frame (handle, headline, badge, draw) computes the day's board
/// and numbers once, and the week and the grid's layout are computed again only when the data changes.
///
/// Why a shared reference inside a value pane: `draw` and `headline` are not mutating, yet on the large practice
/// the board, the metrics and the week overview each cost a good share of the 0.5 ms frame budget (DESIGN §7).
/// Entries are keyed by everything they depend on: the practice's fingerprint (its last event and sizes, its
/// settings), the day, the filters, and for clocks the whole second of `now` (waits are whole minutes of it).
final class FlowMemo: Sendable {
    /// What identifies a practice state without comparing it: every change is an event, so `lastSeq` moves; the
    /// counts and settings guard against two different practices at the same seq (tests, previews).
    struct Stamp: Equatable, Sendable {
        let seq: UInt64
        let appointments: Int
        let patients: Int
        let shifts: Int
        let timeOff: Int
        let settings: PracticeSettings

        init(_ practice: Practice) {
            seq = practice.lastSeq; appointments = practice.appointments.count; patients = practice.patients.count
            shifts = practice.shifts.count; timeOff = practice.timeOff.count; settings = practice.settings
        }
    }

    private struct BoardKey: Equatable, Sendable { let stamp: Stamp; let day: LocalDate; let second: Int; let provider: StaffID?; let statuses: Set<FlowStatus>? }
    private struct MetricsKey: Equatable, Sendable { let stamp: Stamp; let day: LocalDate; let second: Int }
    private struct DayKey: Equatable, Sendable { let stamp: Stamp; let day: LocalDate }
    private struct GridKey: Equatable, Sendable { let stamp: Stamp; let day: LocalDate; let provider: StaffID? }

    private struct Entries: Sendable {
        var boards: [(BoardKey, [FlowRow])] = []
        var metrics: [(MetricsKey, FlowMetrics)] = []
        var weeks: [(DayKey, [WeekCell])] = []
        var working: [(DayKey, [Staff])] = []
        var grids: [(GridKey, GridModel)] = []
    }

    /// A few entries per kind: the day shown and today, a filter or two; more only churns.
    private static let capacity = 4
    private let entries = Mutex(Entries())

    /// Looks `key` up in the list `path` names, computing and remembering the value on a miss (newest first).
    private func remembered<Key: Equatable & Sendable, Value: Sendable>(_ path: WritableKeyPath<Entries, [(Key, Value)]>, _ key: Key,
                                                   _ compute: () -> Value) -> Value {
        if let hit = entries.withLock({ $0[keyPath: path].first { $0.0 == key }?.1 }) { return hit }
        // Computed outside the lock: another caller may compute the same value meanwhile, which is harmless.
        let value = compute()
        entries.withLock { stored in
            stored[keyPath: path].insert((key, value), at: 0)
            if stored[keyPath: path].count > Self.capacity { stored[keyPath: path].removeLast() }
        }
        return value
    }

    private static func second(_ now: Date) -> Int { Int(now.timeIntervalSince1970.rounded(.down)) }

    func board(_ practice: Practice, day: LocalDate, now: Date, provider: StaffID?, statuses: Set<FlowStatus>?) -> [FlowRow] {
        let key = BoardKey(stamp: Stamp(practice), day: day, second: Self.second(now), provider: provider, statuses: statuses)
        return remembered(\.boards, key) { practice.flowBoard(on: day, now: now, provider: provider, statuses: statuses) }
    }

    func metrics(_ practice: Practice, day: LocalDate, now: Date) -> FlowMetrics {
        remembered(\.metrics, MetricsKey(stamp: Stamp(practice), day: day, second: Self.second(now))) {
            practice.flowMetrics(on: day, now: now)
        }
    }

    func week(_ practice: Practice, monday: LocalDate) -> [WeekCell] {
        remembered(\.weeks, DayKey(stamp: Stamp(practice), day: monday)) { practice.weekOverview(from: monday, days: 7) }
    }

    func providersWorking(_ practice: Practice, day: LocalDate) -> [Staff] {
        remembered(\.working, DayKey(stamp: Stamp(practice), day: day)) { practice.providersWorking(on: day) }
    }

    func grid(_ context: PaneContext, provider: StaffID?) -> GridModel {
        remembered(\.grids, GridKey(stamp: Stamp(context.practice), day: context.day, provider: provider)) {
            GridModel(practice: context.practice, day: context.day,
                      columns: providersWorking(context.practice, day: context.day), providerFilter: provider)
        }
    }
}
