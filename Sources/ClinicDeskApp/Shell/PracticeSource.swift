import ClinicDomain
import Foundation

/// Where the dashboard gets its state and sends its commands. The store implements it for real use;
/// `InMemoryPracticeSource` serves tests and read-only demos. The app loop never waits on disk through it:
/// `submit` returns at once and the outcome comes back through its completion.
public protocol PracticeSource: AnyObject {
    var practice: Practice { get }
    /// Starts validating and making `command` durable, and returns without waiting for the disk. `completion`
    /// runs exactly once, on any thread, in the order the commands were submitted, after `practice` shows the
    /// change (or, refused, without any change).
    func submit(
        _ command: Command, actor: String, now: Date,
        completion: @escaping @Sendable (WriteOutcome) -> Void)
    /// Picks up changes made by other terminals; returns true if the state changed.
    func refresh() -> Bool
    /// Sentences the person at the desk should read, once (e.g. "a torn last record was cut on open").
    func takeNotices() -> [String]
    /// How `:log` reads the audit trail, off the loop; nil where there is none to read.
    func auditTrail() -> AuditTrailReader?
}

extension PracticeSource {
    public func takeNotices() -> [String] { [] }
    public func auditTrail() -> AuditTrailReader? { nil }
}

/// Walks the whole history, oldest first, handing each event to the page; runs on a background queue, so it
/// holds only values that are safe to send (a folder path, a copy of the events).
public struct AuditTrailReader: Sendable {
    public let walk: @Sendable (inout AuditPage) throws -> Void

    public init(walk: @escaping @Sendable (inout AuditPage) throws -> Void) { self.walk = walk }
}

/// How a submitted command ended.
public enum WriteOutcome: Equatable, Sendable {
    /// Durable; the one-line receipt ("ok 42 A-812").
    case saved(receipt: String)
    /// Nothing changed; the sentence for the status bar.
    case refused(String)
}

/// A source with no disk behind it: for tests and previews. A submit completes before it returns, so key
/// scripts see their results at once.
public final class InMemoryPracticeSource: PracticeSource {
    public private(set) var practice: Practice
    /// Every event executed here, for `:log`.
    private var events: [Event] = []

    public init(_ practice: Practice) { self.practice = practice }

    /// Validates and applies; returns the receipt or throws the refusal. Also how tests play "another desk".
    public func execute(_ command: Command, actor: String, now: Date) throws -> String {
        let events = try practice.execute(command, actor: actor, now: now)
        self.events += events
        let id = practice.newID(of: events.map(\.change)).map { " \($0)" } ?? ""
        return "ok \(events.last?.seq ?? practice.lastSeq)\(id)"
    }

    public func auditTrail() -> AuditTrailReader? {
        let events = events
        return AuditTrailReader { page in events.forEach { page.offer($0) } }
    }

    public func submit(
        _ command: Command, actor: String, now: Date,
        completion: @escaping @Sendable (WriteOutcome) -> Void
    ) {
        do {
            completion(.saved(receipt: try execute(command, actor: actor, now: now)))
        } catch {
            completion(.refused(String(describing: error)))
        }
    }

    public func refresh() -> Bool { false }
}
