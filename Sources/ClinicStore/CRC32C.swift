// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), table-driven.
//
// Guarantees: every journal record and snapshot body carries this checksum, so a torn or flipped byte is
// detected before any of it is applied. Stored CRCs are *masked* (LevelDB's trick): a CRC computed over bytes
// that themselves contain CRCs (a journal copied into a snapshot, a record embedded in a repair file) would
// otherwise be prone to accidental self-consistency.

public enum CRC32C {
    /// 256-entry lookup table built once (a `let` global is lazily and thread-safely initialised).
    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        return crc
    }

    /// Continues a running CRC over `bytes` (start with 0). `checksum(a+b) == update(update(0,a),b)`.
    public static func update<Bytes: Sequence>(_ crc: UInt32, _ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var c = ~crc
        table.withUnsafeBufferPointer { t in
            for byte in bytes { c = t[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        }
        return ~c
    }

    /// Fast path over raw memory (used for whole records and snapshot bodies).
    public static func update(_ crc: UInt32, _ buffer: UnsafeRawBufferPointer) -> UInt32 {
        var c = ~crc
        table.withUnsafeBufferPointer { t in
            for byte in buffer { c = t[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        }
        return ~c
    }

    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        update(0, bytes)
    }

    private static let maskDelta: UInt32 = 0xA282_EAD8

    /// LevelDB masking: rotate right by 15 bits and add a constant.
    public static func mask(_ crc: UInt32) -> UInt32 {
        ((crc >> 15) | (crc << 17)) &+ maskDelta
    }

    public static func unmask(_ masked: UInt32) -> UInt32 {
        let rot = masked &- maskDelta
        return (rot >> 17) | (rot << 15)
    }
}
