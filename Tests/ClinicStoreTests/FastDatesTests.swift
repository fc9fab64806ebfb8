import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

@Suite struct FastDatesTests {
    struct Box: Codable, Equatable { var at: Date }

    @Test func sameTextAsDomainCodingAndRoundTrips() throws {
        var random = SystemRandomNumberGenerator()
        let samples: [Double] =
            [0, 1, 59, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 1_795_510_800, 4_102_444_799]
            + (0..<2_000).map { _ in Double(Int.random(in: 0...4_102_444_799, using: &random)) }
        for seconds in samples {
            let box = Box(at: Date(timeIntervalSince1970: seconds))
            let domain = try DomainCoding.encoder().encode(box)
            #expect(try FastDates.encoder().encode(box) == domain, "\(seconds)")
            #expect(try FastDates.decoder().decode(Box.self, from: domain) == box)
        }
    }

    @Test func otherShapesFallBackOrFail() throws {
        let fractional = Data(#"{"at":"2026-11-24T14:00:00+01:00"}"#.utf8)
        let expected = ISO8601DateFormatter().date(from: "2026-11-24T14:00:00+01:00")
        #expect(try FastDates.decoder().decode(Box.self, from: fractional).at == expected)
        #expect(throws: (any Error).self) {
            try FastDates.decoder().decode(Box.self, from: Data(#"{"at":"yesterday"}"#.utf8))
        }
        #expect(FastDates.parse("2026-13-01T00:00:00Z") == nil)
    }
}
