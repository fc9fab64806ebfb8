import ClinicDomain
import Synchronization

/// A view derived from the practice: the value holds everything the view depends on besides the practice state
/// (the day, the clock, filters, the privacy mask), so two equal queries on the same state give the same answer.
public protocol DerivedQuery: Hashable, Sendable {
    associatedtype Answer: Sendable
    func answer(from practice: Practice) -> Answer
}

/// Remembers derived views (the flow board, the claim queue, the roster, the alerts, the badges' figures): on the
/// large practice each takes milliseconds, and handle, headline, badge and draw ask for them on every key and frame.
/// Answers are kept per practice state (`PracticeStamp`): a new state forgets them all. A few answers per query
/// type are kept (the day shown and today, a filter or two); the app passes a clock rounded to the minute, so the
/// views that read the clock are computed once per minute too. One cache per dashboard, shared by every pane.
public final class DerivedViewCache: Sendable {
    /// Answers kept per query type, newest first; more only churns.
    static let answersPerQuery = 4

    /// The answers of one query type. Only touched under the cache's lock.
    private final class Answers<Query: DerivedQuery>: @unchecked Sendable {
        var entries: [(query: Query, answer: Query.Answer)] = []
    }

    private struct Storage: @unchecked Sendable {
        var stamp: PracticeStamp?
        /// `Answers<Query>` by `Query` type.
        var answers: [ObjectIdentifier: AnyObject] = [:]
        var computed = 0
    }

    private let storage = Mutex(Storage())

    public init() {}

    /// The answer to `query` on `practice`, computed only if this state has not been asked it before.
    public func answer<Query: DerivedQuery>(_ query: Query, from practice: Practice) -> Query.Answer {
        let stamp = PracticeStamp(practice)
        let type = ObjectIdentifier(Query.self)
        let remembered: Query.Answer? = storage.withLock { storage in
            guard storage.stamp == stamp, let answers = storage.answers[type] as? Answers<Query> else { return nil }
            return answers.entries.first { $0.query == query }?.answer
        }
        if let remembered { return remembered }
        // Computed outside the lock: a query may ask others (the grid asks who works that day).
        let answer = query.answer(from: practice)
        storage.withLock { storage in
            if storage.stamp != stamp {
                storage.stamp = stamp
                storage.answers = [:]
            }
            let answers = storage.answers[type] as? Answers<Query> ?? Answers<Query>()
            answers.entries.insert((query, answer), at: 0)
            if answers.entries.count > Self.answersPerQuery { answers.entries.removeLast() }
            storage.answers[type] = answers
            storage.computed += 1
        }
        return answer
    }

    /// How many answers have been computed so far (cache misses); tests read it.
    public var computedCount: Int { storage.withLock { $0.computed } }
}
