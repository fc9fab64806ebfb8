import ClinicDomain
import Synchronization

/// Remembers derived views that scan every claim (A/R aging, the claim queue, the denial rate): on the large
/// practice each takes milliseconds, and the Claims pane asks for them on every frame. They change only when
/// the state does (a new seq) or the day turns, so that pair is the key. One cache per dashboard.
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
}
