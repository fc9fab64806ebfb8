import Foundation
import Glibc

// A snapshot file, `snapshot-<seq>.snap`: a fixed 40-byte header, then the whole state as JSON.
//
//   magic "CLINSNAP" | u32 format version | u32 body encoding (1 = JSON) | u64 lastSeq | u64 body length |
//   u32 masked CRC-32C of body | u32 masked CRC-32C of the 36 header bytes before it        (little-endian)
//
// Guarantees: a snapshot appears under its final name only complete and durable — it is written to a temp
// file (O_CREAT|O_EXCL|O_CLOEXEC, 0600), fsync'd, renamed into place, and the folder fsync'd — so a crash
// leaves either the old set of snapshots or the new one, plus at most a stray temp file that `check --repair`
// (and the next snapshot) removes. Reading verifies magic, version, length and both checksums before use.

public enum SnapshotFile {
    public static let magic: [UInt8] = Array("CLINSNAP".utf8)
    public static let headerSize = 40
    public static let formatVersion: UInt32 = 1
    static let jsonEncoding: UInt32 = 1
    static let tempPrefix = ".snapshot-"

    public static func fileName(seq: UInt64) -> String { "snapshot-\(seq).snap" }

    public static func header(seq: UInt64, body: UnsafeRawBufferPointer) -> [UInt8] {
        var out = magic
        RecordCodec.append32(formatVersion, to: &out)
        RecordCodec.append32(jsonEncoding, to: &out)
        out.append(contentsOf: RecordCodec.bytes64(seq))
        out.append(contentsOf: RecordCodec.bytes64(UInt64(body.count)))
        RecordCodec.append32(CRC32C.mask(CRC32C.update(0, body)), to: &out)
        RecordCodec.append32(CRC32C.mask(CRC32C.checksum(out)), to: &out)
        return out
    }

    /// Writes `body` as snapshot `seq` into `folder`, atomically and durably. Returns the final path.
    @discardableResult
    public static func write(folder: String, seq: UInt64, body: Data) throws(StoreError) -> String {
        let final = FileSystem.join(folder, fileName(seq: seq))
        let temp = FileSystem.join(folder, "\(tempPrefix)\(seq).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let file = try POSIXFile.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
        do throws(StoreError) {
            var failure: StoreError?
            body.withUnsafeBytes { raw in
                do throws(StoreError) {
                    let head = header(seq: seq, body: raw)
                    try file.write(head, at: 0)
                    try file.write(raw, at: Int64(headerSize))
                } catch { failure = error }
            }
            if let failure { throw failure }
            try file.fullSync()
            file.close()
            try FileSystem.rename(temp, final)
        } catch {
            file.close()
            try? FileSystem.remove(temp)
            throw error
        }
        try FileSystem.syncDirectory(folder)
        return final
    }

    /// Reads and verifies a snapshot; returns its seq and JSON body.
    public static func read(path: String) throws(StoreError) -> (seq: UInt64, body: Data) {
        let file = try POSIXFile.open(path, flags: O_RDONLY)
        defer { file.close() }
        let bytes = try file.readToEnd()
        return try parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(StoreError) -> (seq: UInt64, body: Data) {
        guard bytes.count >= headerSize else {
            throw StoreError.corrupt(path: path, offset: Int64(bytes.count),
                                     detail: "snapshot is \(bytes.count) bytes, shorter than its \(headerSize)-byte header")
        }
        guard Array(bytes[0..<8]) == magic else {
            throw StoreError.corrupt(path: path, offset: 0, detail: "not a ClinicDesk snapshot (bad magic)")
        }
        let head = Array(bytes[0..<headerSize])
        let fields = head.withUnsafeBytes { raw in
            (headerCRC: RecordCodec.read32(raw, 36), version: RecordCodec.read32(raw, 8),
             encoding: RecordCodec.read32(raw, 12), seq: RecordCodec.read64(raw, 16),
             length: RecordCodec.read64(raw, 24), bodyCRC: RecordCodec.read32(raw, 32))
        }
        guard CRC32C.mask(CRC32C.checksum(head[0..<36])) == fields.headerCRC else {
            throw StoreError.corrupt(path: path, offset: 36, detail: "snapshot header checksum mismatch")
        }
        guard fields.version == formatVersion else {
            throw StoreError.unsupportedFormat(path: path, found: "snapshot version \(fields.version)",
                                               supported: Int(formatVersion))
        }
        guard fields.encoding == jsonEncoding else {
            throw StoreError.unsupportedFormat(path: path, found: "snapshot body encoding \(fields.encoding)",
                                               supported: Int(formatVersion))
        }
        let actual = UInt64(bytes.count - headerSize)
        guard fields.length == actual else {
            throw StoreError.corrupt(path: path, offset: Int64(headerSize) + Int64(min(actual, fields.length)),
                                     detail: "snapshot body is \(actual) bytes, header says \(fields.length)")
        }
        let (crc, body) = bytes.withUnsafeBytes { raw in
            let body = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            return (CRC32C.update(0, body), Data(body))
        }
        guard CRC32C.mask(crc) == fields.bodyCRC else {
            throw StoreError.corrupt(path: path, offset: Int64(headerSize), detail: "snapshot body checksum mismatch")
        }
        return (fields.seq, body)
    }
}
