import Foundation

/// The practice as `DomainCoding.encoder(pretty: true).encode(practice)` writes it, plus a trailing newline, but
/// streamed: one row at a time in ID order, in chunks to a sink, so an export of the large practice neither builds
/// a generic `Codable` tree nor holds the document. Row writers (PracticeJSON+*.swift) list each row's keys in
/// Foundation's sorted (UTF-8 byte) order; ExportJSONTests compares the bytes with the encoder's.
public enum PracticeJSON {
    /// Streams the document to `sink` in chunks of about `chunkSize` bytes.
    public static func write(
        _ practice: Practice, chunkSize: Int = JSONStreamWriter.defaultChunkSize,
        to sink: @escaping JSONStreamWriter.Sink
    ) throws {
        var writer = JSONStreamWriter(chunkSize: chunkSize, sink: sink)
        writer.beginObject()
        if practice.hasAccounts { accounts(practice, &writer) }
        try rows("appointments", practice.appointments, appointment, &writer)
        try rows("claims", practice.claims, claim, &writer)
        writer.key("lastNumbers")
        writer.beginObject()
        for (prefix, number) in practice.lastNumbers.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
        {
            writer.key(data: prefix)
            writer.int(number)
        }
        writer.endObject()
        writer.key("lastSeq")
        writer.uint(practice.lastSeq)
        try rows("patients", practice.patients, patient, &writer)
        try rows("payers", practice.payers, payer, &writer)
        try rows("payments", practice.payments, payment, &writer)
        writer.key("settings")
        try settings(practice.settings, &writer)
        try rows("shifts", practice.shifts, shift, &writer)
        try rows("staff", practice.staff, staff, &writer)
        try rows("tasks", practice.tasks, task, &writer)
        try rows("timeOff", practice.timeOff, timeOff, &writer)
        writer.endObject()
        writer.raw(ASCII.newline)
        try writer.finish()
    }

    /// The whole document in memory (tests, small practices).
    public static func bytes(_ practice: Practice) throws -> [UInt8] {
        var document: [UInt8] = []
        try write(practice) { chunk in document.append(contentsOf: chunk) }
        return document
    }

    /// A table as its `Codable` conformance writes it: an array of rows in ID order.
    private static func rows<Row>(
        _ name: StaticString, _ table: Table<Row>,
        _ writeRow: (Row, inout JSONStreamWriter) -> Void,
        _ writer: inout JSONStreamWriter
    ) throws {
        writer.key(name)
        writer.beginArray()
        for row in table.sorted {
            writeRow(row, &writer)
            try writer.flushIfFull()
        }
        writer.endArray()
    }

    /// Settings are one small nested value: Foundation encodes them (so new settings need no edit here), and the
    /// writer re-indents its pretty output to this depth.
    private static func settings(_ settings: PracticeSettings, _ writer: inout JSONStreamWriter) throws {
        writer.preformatted(try DomainCoding.encoder(pretty: true).encode(settings))
    }
}
