import ClinicDomain
import Foundation
import Testing

@testable import ClinicX12

/// The exact text the writer makes: a golden file for every claim shape, and the segments that matter one by one.
@Suite struct Claim837WriterTests {
    static func fixture(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "edi", subdirectory: "Fixtures/837")
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func segments(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.dropLast()) }
    }

    /// To re-record after an intended change: `X837_RECORD=/path/to/Tests/ClinicX12Tests/Fixtures/837 swift test
    /// --skip-build --filter Claim837WriterTests`, then read the diff.
    @Test func everyShapeMatchesTheGoldenFile() throws {
        let text = try Claim837Writer.write(Claim837Samples.file(Claim837Samples.everyShape))
        if let folder = ProcessInfo.processInfo.environment["X837_RECORD"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("every-shape.edi"))
        }
        let golden = try #require(Self.fixture("every-shape"))
        #expect(text == golden)
    }
}
