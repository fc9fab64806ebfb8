import Foundation
import Testing
import TestSupport

/// Every input in the fuzzing seed corpus (Tests/FuzzCorpus), the fuzzer's past findings included, replayed through
/// the ordinary build of ClinicDeskFuzz: each must come back as an error value or a clean result, never a crash.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus").path

    @Test(arguments: ["command", "record", "snapshot", "theme", "keys", "era"])
    func everySeedAndFindingReplaysWithoutACrash(target: String) throws {
        let folder = Self.corpus + "/" + target
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!inputs.isEmpty, "Tests/FuzzCorpus/\(target) has no seeds")
        let fuzz = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().appendingPathComponent("ClinicDeskFuzz")
        let result = try CLI.run([target, folder], executable: fuzz.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("\(target): \(inputs.count) inputs replayed, no crash"), "\(result.out)")
    }
}
