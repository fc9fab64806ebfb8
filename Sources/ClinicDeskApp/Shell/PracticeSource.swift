import ClinicDomain
import Foundation

/// Where the dashboard gets its state and sends its commands. The store implements it for real use;
/// `InMemoryPracticeSource` serves tests and read-only demos. The app loop never blocks on disk through it
/// for longer than one fsync.
public protocol PracticeSource: AnyObject {
    var practice: Practice { get }
    /// Validates and makes durable; returns a one-line receipt ("ok 42 A-812") or throws an error whose description
    /// is the sentence for the status bar.
    func execute(_ command: Command, actor: String, now: Date) throws -> String
    /// Picks up changes made by other terminals; returns true if the state changed.
    func refresh() -> Bool
    /// Sentences the person at the desk should read, once (e.g. "a torn last record was cut on open").
    func takeNotices() -> [String]
}

extension PracticeSource {
    public func takeNotices() -> [String] { [] }
}

/// A source with no disk behind it: for tests and previews.
public final class InMemoryPracticeSource: PracticeSource {
    public private(set) var practice: Practice

    public init(_ practice: Practice) { self.practice = practice }

    public func execute(_ command: Command, actor: String, now: Date) throws -> String {
        let events = try practice.execute(command, actor: actor, now: now)
        let id = practice.newID(of: events.map(\.change)).map { " \($0)" } ?? ""
        return "ok \(events.last?.seq ?? practice.lastSeq)\(id)"
    }

    public func refresh() -> Bool { false }
}
