import Foundation
import Glibc

// A snapshot file, `snapshot-<seq>.snap`: a fixed 40-byte header, then the whole state.
//
//   magic "CLINSNAP" | u32 format version | u32 body encoding | u64 lastSeq | u64 body length |
//   u32 masked CRC-32C of body | u32 masked CRC-32C of the 36 header bytes before it        (little-endian)
//
// Body encoding 2 (written now) is the sectioned binary body of `SnapshotSections`; each section carries its own
// checksum, so the header's body checksum is 0 and unused. Body encoding 1 is the JSON of earlier versions: still
// read (its header checksum covers the body), and replaced by the next snapshot.
//
// Guarantees: a snapshot appears under its final name only complete and durable — it is written to a temp
// file (O_CREAT|O_EXCL|O_CLOEXEC, 0600), fsync'd, renamed into place, and the folder fsync'd — so a crash
// leaves either the old set of snapshots or the new one, plus at most a stray temp file that `check --repair`
// (and the next snapshot) removes. Reading verifies magic, version, length and checksums before use.

/// A snapshot's body as read from (or written to) its file, with the encoding its header names.
public struct SnapshotBody: Sendable {
    public static let json: UInt32 = 1
    public static let binary: UInt32 = 2

    public let encoding: UInt32
    /// The file's bytes (when read) or just the body (when built); `start` is where the body begins.
    let storage: [UInt8]
    let start: Int

    init(encoding: UInt32, storage: [UInt8], start: Int = 0) {
        self.encoding = encoding
        self.storage = storage
        self.start = start
    }

    public var count: Int { storage.count - start }

    func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let result = storage.withUnsafeBytes { raw in
            Result { () throws(E) -> R in try body(UnsafeRawBufferPointer(rebasing: raw[start...])) }
        }
        return try result.get()
    }
}

public enum SnapshotFile {
    public static let magic: [UInt8] = Array("CLINSNAP".utf8)
    public static let headerSize = 40
    public static let formatVersion: UInt32 = 1
    static let tempPrefix = ".snapshot-"

    public static func fileName(seq: UInt64) -> String { "snapshot-\(seq).snap" }

    public static func header(seq: UInt64, encoding: UInt32, body: UnsafeRawBufferPointer) -> [UInt8] {
        var out = magic
        RecordCodec.append32(formatVersion, to: &out)
        RecordCodec.append32(encoding, to: &out)
        out.append(contentsOf: RecordCodec.bytes64(seq))
        out.append(contentsOf: RecordCodec.bytes64(UInt64(body.count)))
        RecordCodec.append32(encoding == SnapshotBody.json ? CRC32C.mask(CRC32C.update(0, body)) : 0, to: &out)
        RecordCodec.append32(CRC32C.mask(CRC32C.checksum(out)), to: &out)
        return out
    }

    /// Writes `body` as snapshot `seq` into `folder`, atomically and durably. Returns the final path.
    @discardableResult
    public static func write(folder: String, seq: UInt64, body: SnapshotBody) throws(StoreError) -> String {
        let final = FileSystem.join(folder, fileName(seq: seq))
        let temp = FileSystem.join(folder, "\(tempPrefix)\(seq).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let file = try POSIXFile.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
        do throws(StoreError) {
            var failure: StoreError?
            body.withBytes { raw in
                do throws(StoreError) {
                    let head = header(seq: seq, encoding: body.encoding, body: raw)
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

    /// Reads and verifies a snapshot; returns its seq and body (a binary body's sections are verified as they
    /// are decoded).
    public static func read(path: String) throws(StoreError) -> (seq: UInt64, body: SnapshotBody) {
        let file = try POSIXFile.open(path, flags: O_RDONLY)
        defer { file.close() }
        let bytes = try file.readToEnd()
        return try parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(StoreError) -> (seq: UInt64, body: SnapshotBody) {
        guard bytes.count >= headerSize else {
            throw StoreError.corrupt(
                path: path, offset: Int64(bytes.count),
                detail: "snapshot is \(bytes.count) bytes, shorter than its \(headerSize)-byte header")
        }
        guard Array(bytes[0..<8]) == magic else {
            throw StoreError.corrupt(path: path, offset: 0, detail: "not a ClinicDesk snapshot (bad magic)")
        }
        let head = Array(bytes[0..<headerSize])
        let fields = head.withUnsafeBytes { raw in
            (
                headerCRC: RecordCodec.read32(raw, 36), version: RecordCodec.read32(raw, 8),
                encoding: RecordCodec.read32(raw, 12), seq: RecordCodec.read64(raw, 16),
                length: RecordCodec.read64(raw, 24), bodyCRC: RecordCodec.read32(raw, 32)
            )
        }
        guard CRC32C.mask(CRC32C.checksum(head[0..<36])) == fields.headerCRC else {
            throw StoreError.corrupt(path: path, offset: 36, detail: "snapshot header checksum mismatch")
        }
        guard fields.version == formatVersion else {
            throw StoreError.unsupportedFormat(
                path: path, found: "snapshot version \(fields.version)",
                supported: Int(formatVersion))
        }
        guard fields.encoding == SnapshotBody.json || fields.encoding == SnapshotBody.binary else {
            throw StoreError.unsupportedFormat(
                path: path, found: "snapshot body encoding \(fields.encoding)",
                supported: Int(formatVersion))
        }
        let actual = UInt64(bytes.count - headerSize)
        guard fields.length == actual else {
            throw StoreError.corrupt(
                path: path, offset: Int64(headerSize) + Int64(min(actual, fields.length)),
                detail: "snapshot body is \(actual) bytes, header says \(fields.length)")
        }
        let body = SnapshotBody(encoding: fields.encoding, storage: bytes, start: headerSize)
        if fields.encoding == SnapshotBody.json {
            let crc = body.withBytes { CRC32C.update(0, $0) }
            guard CRC32C.mask(crc) == fields.bodyCRC else {
                throw StoreError.corrupt(
                    path: path, offset: Int64(headerSize), detail: "snapshot body checksum mismatch")
            }
        }
        return (fields.seq, body)
    }
}
