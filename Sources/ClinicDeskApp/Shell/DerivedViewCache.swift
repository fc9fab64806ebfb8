import ClinicDomain
import Synchronization

/// Remembers derived views that scan every claim or card (A/R aging, the claim queue, the denial rate, the task
/// board): on the large practice each takes milliseconds, and the panes ask for them on every frame. They change
/// only when the state does (a new seq) or the day turns, so that is the key. One cache per dashboard.
public final class DerivedViewCache: Sendable {
    public struct ClaimFigures: Sendable {
        public let queue: [ClaimRow]
        public let aging: ARAging
        public let denialRate: Double?
    }

    private struct Entry: Sendable {
        let seq: UInt64
        let today: LocalDate
        let figures: ClaimFigures
    }

    private let claims = Mutex<Entry?>(nil)
    private let board = Mutex<(seq: UInt64, columns: [BoardColumn: [TaskCard]])?>(nil)

    public init() {}

    public func claimFigures(_ practice: Practice, today: LocalDate) -> ClaimFigures {
        if let entry = claims.withLock({ $0 }), entry.seq == practice.lastSeq, entry.today == today {
            return entry.figures
        }
        let figures = ClaimFigures(queue: practice.claimQueue(today: today), aging: practice.arAging(today: today),
                                   denialRate: practice.denialRate(today: today))
        claims.withLock { $0 = Entry(seq: practice.lastSeq, today: today, figures: figures) }
        return figures
    }

    /// The task board's columns, top to bottom (the large practice has ~2k cards to filter and sort per column).
    public func boardColumns(_ practice: Practice) -> [BoardColumn: [TaskCard]] {
        if let cached = board.withLock({ $0 }), cached.seq == practice.lastSeq { return cached.columns }
        var columns: [BoardColumn: [TaskCard]] = [:]
        for card in practice.tasks.values { columns[card.column, default: []].append(card) }
        for key in columns.keys { columns[key]?.sort { ($0.rank, $0.id) < ($1.rank, $1.id) } }
        board.withLock { $0 = (practice.lastSeq, columns) }
        return columns
    }
}
