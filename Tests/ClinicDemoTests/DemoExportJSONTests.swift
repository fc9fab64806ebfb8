import ClinicDemo
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The streaming export on a generated practice (hundreds of rows of every kind, real-looking text): the same bytes
/// as Foundation's pretty encoder plus a newline. Lives here because ClinicDomainTests does not depend on ClinicDemo.
@Suite struct DemoExportJSONTests {
    @Test(arguments: [UInt64(7), 42])
    func smallDemoExportsTheEncodersBytes(seed: UInt64) throws {
        let practice = seed == Fixture.seed ? Fixture.smallDemo : Fixture.demo(seed: seed)
        let streamed = try PracticeJSON.bytes(practice)
        let encoded = try Array(DomainCoding.encoder(pretty: true).encode(practice)) + [0x0A]
        // Compared by first difference: printing a megabyte of byte arrays helps no one.
        let firstDifference = zip(streamed, encoded).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil, "first differing byte at \(firstDifference ?? 0)")
        #expect(streamed.count == encoded.count)
        #expect(practice.appointments.count > 100 && practice.claims.count > 10)
    }
}
