import Foundation
import Glibc

/// A temporary data folder, removed when the test lets go of it.
public final class Folder {
    public let path: String

    public init(_ name: String) {
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        path = FileManager.default.temporaryDirectory.path + "/clinicdesk-e2e-\(name)-\(unique)"
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    /// The file's size in bytes, or -1 if it does not exist.
    public func size(_ name: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file(name)))?[.size] as? Int) ?? -1
    }
}
