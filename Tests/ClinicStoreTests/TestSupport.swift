import Foundation
import Glibc
@testable import ClinicStore

/// A fresh temporary folder per test, removed at deinit.
final class TempFolder {
    let path: String
    init(_ name: String = "store") {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/clinicstore-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
    func bytes(_ name: String) -> [UInt8] { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file(name))))) ?? [] }
    func write(_ name: String, _ bytes: [UInt8]) { _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes)) }
}

func mode(of path: String) -> mode_t {
    var st = stat()
    _ = stat(path, &st)
    return st.st_mode & 0o777
}
