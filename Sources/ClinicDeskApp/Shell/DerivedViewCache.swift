import ClinicDomain

/// A view derived from the practice: the value holds everything the view depends on besides the practice (the day,
/// the clock, filters, the privacy mask), `inputs` the parts of the practice it reads. Equal queries on equal inputs
/// give the same answer.
public protocol DerivedQuery: Hashable, Sendable {
    associatedtype Answer: Sendable
    /// By default the whole state, by its stamp.
    associatedtype Inputs: Equatable & Sendable = PracticeStamp
    func answer(from practice: Practice) -> Answer
    /// What `answer` reads from the practice. A query that reads a few tables names them (as `SameStorage`, which
    /// compares in O(1)), so its answer outlives changes elsewhere (a check-in keeps the claim queue): it must name
    /// every table the answer reads.
    func inputs(of practice: Practice) -> Inputs
}

extension DerivedQuery where Inputs == PracticeStamp {
    public func inputs(of practice: Practice) -> PracticeStamp { PracticeStamp(practice) }
}

/// Remembers derived views (the flow board, the claim queue, the roster, the alerts, the badges' figures): on the
/// large practice each takes milliseconds, and handle, headline, badge and draw ask for them on every key and frame.
/// An answer is kept with the inputs it was computed from (by default the practice state's `PracticeStamp`) and
/// reused while they are equal; a few answers per query type are kept (the day shown and today, a filter or two),
/// newest first. The app passes a clock rounded to the minute, so the views that read the clock are computed once
/// per minute too. One cache per dashboard, shared by every pane, owned by the UI thread (so no lock): it is the
/// dashboard's one view model, and panes keep no caches of their own.
public final class DerivedViewCache {
    /// Answers kept per query type; more only churns.
    static let answersPerQuery = 4

    /// The answers of one query type.
    private final class Answers<Query: DerivedQuery> {
        var entries: [(query: Query, inputs: Query.Inputs, answer: Query.Answer)] = []
    }

    /// `Answers<Query>` by `Query` type.
    private var answers: [ObjectIdentifier: AnyObject] = [:]
    private var computed = 0

    public init() {}

    /// The answer to `query` on `practice`, computed only if it was not computed from equal inputs before.
    public func answer<Query: DerivedQuery>(_ query: Query, from practice: Practice) -> Query.Answer {
        let inputs = query.inputs(of: practice)
        let type = ObjectIdentifier(Query.self)
        let answers = self.answers[type] as? Answers<Query> ?? Answers<Query>()
        if let index = answers.entries.firstIndex(where: { $0.query == query && $0.inputs == inputs }) {
            return answers.entries[index].answer
        }
        // A query may ask others while it computes, so the entry is added after.
        let answer = query.answer(from: practice)
        answers.entries.removeAll { $0.query == query }
        answers.entries.insert((query, inputs, answer), at: 0)
        if answers.entries.count > Self.answersPerQuery { answers.entries.removeLast() }
        self.answers[type] = answers
        computed += 1
        return answer
    }

    /// How many answers have been computed so far (cache misses); tests read it.
    public var computedCount: Int { computed }
}
