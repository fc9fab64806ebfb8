import Foundation
import Testing
@testable import ClinicStore

@Suite struct SnapshotFileTests {
    @Test func writeReadRoundTripIsPrivateAndLeavesNoTemp() throws {
        let dir = TempFolder("snap")
        let body = jsonBody("{\"hello\":\"world\"}")
        let path = try SnapshotFile.write(folder: dir.path, seq: 77, body: body)
        #expect(path.hasSuffix("snapshot-77.snap"))
        let (seq, read) = try SnapshotFile.read(path: path)
        #expect(seq == 77 && read.withBytes { Array($0) } == body.withBytes { Array($0) } && read.encoding == 1)
        #expect(mode(of: path) == 0o600)
        #expect(try FileSystem.list(dir.path) == ["snapshot-77.snap"])
    }

    @Test func everyTruncationAndHeaderFlipIsRefused() throws {
        let dir = TempFolder("snap")
        let path = try SnapshotFile.write(folder: dir.path, seq: 3, body: jsonBody("{\"x\":[1,2,3]}"))
        let bytes = dir.bytes("snapshot-3.snap")
        for cut in 0..<bytes.count {
            #expect(throws: StoreError.self) { try SnapshotFile.parse(Array(bytes[0..<cut]), path: path) }
        }
        for index in 0..<bytes.count {
            var damaged = bytes
            damaged[index] ^= 0x10
            #expect(throws: StoreError.self) { try SnapshotFile.parse(damaged, path: path) }
        }
    }

    @Test func newerVersionFailsClearly() throws {
        let dir = TempFolder("snap")
        let path = try SnapshotFile.write(folder: dir.path, seq: 3, body: jsonBody("{}"))
        var bytes = dir.bytes("snapshot-3.snap")
        bytes[8] = 2
        // re-seal the header so only the version differs
        let crc = CRC32C.mask(CRC32C.checksum(bytes[0..<36]))
        withUnsafeBytes(of: crc.littleEndian) { for i in 0..<4 { bytes[36 + i] = $0[i] } }
        #expect(throws: StoreError.unsupportedFormat(path: path, found: "snapshot version 2", supported: 1)) {
            try SnapshotFile.parse(bytes, path: path)
        }
    }
}

func jsonBody(_ text: String) -> SnapshotBody { SnapshotBody(encoding: SnapshotBody.json, storage: Array(text.utf8)) }
