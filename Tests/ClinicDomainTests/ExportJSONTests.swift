import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// `PracticeJSON` must write exactly the bytes of `DomainCoding.encoder(pretty: true)` plus a newline, so exports,
/// their diffs and everything downstream stay as they were when Foundation built the whole document.
@Suite("Streaming JSON export")
struct ExportJSONTests {
    /// What the export wrote before streaming: Foundation's pretty encoding and a newline.
    static func foundationExport(_ practice: Practice) throws -> [UInt8] {
        try Array(DomainCoding.encoder(pretty: true).encode(practice)) + [0x0A]
    }

    /// Fails with the first differing line, so a mismatch reads as JSON rather than as two byte arrays.
    static func expectSameBytes(
        _ actual: [UInt8], _ expected: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard actual != expected else { return }
        let actualLines = String(decoding: actual, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let line =
            actualLines.indices.first { $0 >= expectedLines.count || actualLines[$0] != expectedLines[$0] }
            ?? actualLines.count
        let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
        let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
        Issue.record(
            "differs at line \(line + 1): got \(got.debugDescription), Foundation wrote \(want.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test(
        "every field set, in plain text and in text that needs escaping", arguments: ["plain", ExportFixture.awkward])
    func everythingSet(text: String) throws {
        let practice = ExportFixture.everythingSet(text: text)
        Self.expectSameBytes(try PracticeJSON.bytes(practice), try Self.foundationExport(practice))
    }

    @Test func everyOptionalNilAndEveryArrayEmpty() throws {
        let practice = ExportFixture.nothingOptional()
        Self.expectSameBytes(try PracticeJSON.bytes(practice), try Self.foundationExport(practice))
    }

    @Test func emptyPractice() throws {
        let practice = Practice(settings: PracticeSettings(name: "Empty", timeZoneID: "UTC"))
        let bytes = try PracticeJSON.bytes(practice)
        Self.expectSameBytes(bytes, try Self.foundationExport(practice))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"appointments\" : [\n\n  ],"))
    }

    @Test func dictionaryKeysSortByUTF8BytesAndAreEscaped() throws {
        var practice = ExportFixture.everythingSet()
        practice.lastNumbers = ["PY": 3, "P": 12, "a": 1, "B": 2, "": 0, "é": 5, "Z\"\\\n": 6, "a10": 7, "a9": 8]
        practice.lastSeq = .max
        Self.expectSameBytes(try PracticeJSON.bytes(practice), try Self.foundationExport(practice))
    }

    @Test func extremeNumbersAndOddValuesMatchTheirCodableText() throws {
        var practice = ExportFixture.everythingSet()
        practice.seed(
            task: TaskCard(
                id: TaskID(Int.max), title: "max", column: .done, rank: Int.min,
                createdAt: ExportFixture.instant))
        practice.seed(
            shift: Shift(
                id: ShiftID(8), staff: StaffID(0), day: LocalDate(year: 12_345, month: 0, day: 100),
                start: TimeOfDay(minutes: -5), end: TimeOfDay(minutes: 100_000), role: .biller))
        practice.seed(
            patient: Patient(
                id: PatientID(13), givenName: "x", familyName: "y",
                birthDate: LocalDate(year: -44, month: 3, day: 15), phone: "", payer: PayerID(-2),
                copay: Cents(Int.min)))
        Self.expectSameBytes(try PracticeJSON.bytes(practice), try Self.foundationExport(practice))
    }

    @Test func rowsComeInIDOrderAcrossManyChunks() throws {
        let practice = ExportFixture.manyRows(3_000)
        let bytes = try PracticeJSON.bytes(practice)
        #expect(bytes.count > 4 * JSONStreamWriter.defaultChunkSize)
        Self.expectSameBytes(bytes, try Self.foundationExport(practice))
    }

    /// Foundation floors fractions and turns Julian before 1582; the writer formats only whole seconds 1600–9999
    /// itself, and these cover both sides of every edge.
    @Test func instantsMatchFoundationsISO8601() throws {
        var generator = SplitMix(seed: 2026)
        var dates = [
            0, -1, 1, 1.5, -0.5, 0.999_999, 1_795_536_000, 1_795_536_000.999_999_9, -11_676_096_000,
            -11_676_096_001, 253_402_300_799, 253_402_300_800, -62_135_596_800, 1e13,
        ]
        .map { Date(timeIntervalSince1970: $0) }
        // Stored a hair under / over a whole second: re-based on 1970 the interval rounds to a whole number.
        dates += [Double(816_000_000).nextDown, Double(816_000_000).nextUp, Double(-1).nextDown].map {
            Date(timeIntervalSinceReferenceDate: $0)
        }
        for _ in 0..<5_000 {
            let seconds = Double(Int.random(in: -12_000_000_000...254_000_000_000, using: &generator))
            dates.append(Date(timeIntervalSince1970: seconds))
        }
        var written: [UInt8] = []
        var writer = JSONStreamWriter { written.append(contentsOf: $0) }
        writer.beginArray()
        for date in dates { writer.instant(date) }
        writer.endArray()
        try writer.finish()
        Self.expectSameBytes(written, Array(try DomainCoding.encoder(pretty: true).encode(dates)))
    }

    @Test func chunksAreAboutTheChunkSizeAndJoinToTheDocument() throws {
        let practice = ExportFixture.manyRows(2_000)
        var chunks: [[UInt8]] = []
        try PracticeJSON.write(practice, chunkSize: 4_096) { chunks.append(Array($0)) }
        #expect(chunks.count > 10)
        // Flushed between rows: each chunk but the last reaches the size and overshoots it by less than a row (a
        // staff row with credentials and a weekly template is the longest, under 2 KB). The first holds the
        // settings, one preformatted value (the coverage rules alone are over a kilobyte).
        for chunk in chunks.dropFirst().dropLast() { #expect((4_096..<4_096 + 2_048).contains(chunk.count)) }
        Self.expectSameBytes(chunks.flatMap { $0 }, try Self.foundationExport(practice))
    }

    struct SinkFull: Error {}

    @Test func aFailingSinkStopsTheExport() throws {
        let practice = ExportFixture.manyRows(2_000)
        var calls = 0
        #expect(throws: SinkFull.self) {
            try PracticeJSON.write(practice, chunkSize: 1_024) { _ in
                calls += 1
                if calls == 2 { throw SinkFull() }
            }
        }
        #expect(calls == 2)
    }

    /// A field added to a row type must be added to its writer too: with every optional set, the keys written for
    /// each row and nested value are exactly its stored properties.
    @Test func everyStoredPropertyIsWritten() throws {
        let practice = ExportFixture.everythingSet()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(PracticeJSON.bytes(practice))) as? [String: Any])
        func keys(_ table: String, _ nested: String? = nil) -> Set<String> {
            let row = (json[table] as? [[String: Any]])?.first ?? [:]
            guard let nested else { return Set(row.keys) }
            let value = row[nested]
            let object = (value as? [[String: Any]])?.first ?? value as? [String: Any] ?? [:]
            return Set(object.keys)
        }
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        let appointment = try #require(practice.appointments.sorted.first)
        let claim = try #require(practice.claims.sorted.first)
        let staff = try #require(practice.staff.sorted.first)
        #expect(
            Set(json.keys) == [
                "appointments", "claims", "lastNumbers", "lastSeq", "patients", "payers", "payments", "settings",
                "shifts", "staff", "tasks", "timeOff",
            ])
        #expect(keys("appointments") == labels(appointment))
        // A flow stamp keeps room and note behind one reference: its keys are what its Codable conformance writes.
        let stamp = try #require(appointment.history.first { $0.room != nil && $0.note != nil })
        let stampKeys = try #require(
            try JSONSerialization.jsonObject(with: DomainCoding.encoder().encode(stamp)) as? [String: Any])
        #expect(keys("appointments", "history") == Set(stampKeys.keys))
        #expect(Set(stampKeys.keys) == ["status", "at", "actor", "room", "note"])
        #expect(keys("claims") == labels(claim))
        #expect(keys("claims", "lines") == labels(try #require(claim.lines.first)))
        #expect(keys("claims", "denial") == labels(try #require(claim.denial)))
        #expect(keys("claims", "history") == labels(try #require(claim.history.first)))
        #expect(keys("claims", "postings") == labels(try #require(claim.postings.first)))
        #expect(keys("patients", "address") == labels(try #require(practice.patients.sorted.first?.address)))
        #expect(keys("payments") == labels(try #require(practice.payments.sorted.first)))
        #expect(keys("staff") == labels(staff))
        #expect(keys("staff", "credentials") == labels(try #require(staff.credentials.first)))
        #expect(keys("patients") == labels(try #require(practice.patients.sorted.first)))
        #expect(keys("payers") == labels(try #require(practice.payers.sorted.first)))
        #expect(keys("shifts") == labels(try #require(practice.shifts.sorted.first)))
        #expect(keys("tasks") == labels(try #require(practice.tasks.sorted.first)))
        #expect(keys("timeOff") == labels(try #require(practice.timeOff.sorted.first)))
    }

    @Test func theDocumentDecodesBackToThePractice() throws {
        let practice = ExportFixture.everythingSet(text: ExportFixture.awkward)
        let decoded = try DomainCoding.decoder().decode(Practice.self, from: Data(PracticeJSON.bytes(practice)))
        #expect(decoded == practice)
        #expect(decoded.shifts[ShiftID(8)]?.end == TimeOfDay(hour: 30, minute: 15))
        #expect(decoded.shifts[ShiftID(8)]?.isOvernight == true)
        #expect(decoded.settings.practiceCredentials == practice.settings.practiceCredentials)
        #expect(decoded.settings.coverage.last?.need == .perProvider(0.5))
    }

    @Test func overnightEndsAreWrittenPast24AndReadBack() throws {
        let practice = ExportFixture.everythingSet()
        let text = String(decoding: try PracticeJSON.bytes(practice), as: UTF8.self)
        #expect(text.contains("\"30:15\""))
        #expect(text.contains("\"26:00\""))
        let decoder = DomainCoding.decoder()
        #expect(
            try decoder.decode([TimeOfDay].self, from: Data(#"["30:00","24:00","47:59","06:00"]"#.utf8)).map(\.minutes)
                == [1800, 1440, 2879, 360])
        for bad in [#"["48:00"]"#, #"["30:60"]"#, #"["-1:00"]"#, #"["3000"]"#] {
            #expect(throws: DecodingError.self) { try decoder.decode([TimeOfDay].self, from: Data(bad.utf8)) }
        }
    }
}
