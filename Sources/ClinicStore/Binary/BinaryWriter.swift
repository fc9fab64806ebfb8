import Foundation

// The byte-level half of the binary encodings (snapshot sections, journal events): LEB128 varints, zigzag for
// signed values, strings either inline (length + UTF-8) or as an index into a string table that the snapshot
// writes once. Hand-written because no package on this machine does a compact, Codable-free format, and generic
// Codable was 90 % of every open.

struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// When set, strings are written as indexes into it (snapshots); otherwise inline (journal records).
    private(set) var stringTable: StringTable?

    init(interning: Bool, capacity: Int = 0) {
        stringTable = interning ? StringTable() : nil
        bytes.reserveCapacity(capacity)
    }

    init(sharing table: StringTable, capacity: Int = 0) {
        stringTable = table
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Zigzag: small negative numbers stay short.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func fixed32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func fixed64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ value: String) {
        if let table = stringTable {
            unsigned(UInt64(table.index(of: value)))
        } else {
            var copy = value
            copy.withUTF8 { utf8 in
                unsigned(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// Whole-second instants (every event time) as a varint of seconds; anything else as the exact double.
    mutating func date(_ value: Date) {
        let seconds = value.timeIntervalSince1970
        if seconds == seconds.rounded(.down), abs(seconds) < 9e15 {
            int(Int(seconds) << 1)
        } else {
            int(1)
            fixed64(seconds.bitPattern)
        }
    }

    mutating func optionalDate(_ value: Date?) {
        bool(value != nil)
        if let value { date(value) }
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
}

/// Every distinct string of a snapshot, once: names, payer names, codes and actors repeat thousands of times, so
/// the file is smaller and each string is decoded (and held in memory) once.
final class StringTable {
    private(set) var strings: [String] = []
    private var indexes: [String: Int] = [:]

    func index(of string: String) -> Int {
        if let index = indexes[string] { return index }
        let index = strings.count
        strings.append(string)
        indexes[string] = index
        return index
    }
}
