import Testing
@testable import ClinicStore

@Suite struct CRC32CTests {
    @Test func knownVectors() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        // RFC 3720 (iSCSI) B.4: 32 bytes of zeros, of 0xFF, and an ascending sequence.
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    }

    @Test func incrementalEqualsWhole() {
        let data = Array("The quick brown fox jumps over the lazy dog".utf8)
        let split = CRC32C.update(CRC32C.update(0, data[0..<10]), data[10...])
        #expect(split == CRC32C.checksum(data))
        #expect(data.withUnsafeBytes { CRC32C.update(0, $0) } == CRC32C.checksum(data))
    }

    @Test func maskRoundTripsAndDiffers() {
        for crc: UInt32 in [0, 1, 0xE306_9283, 0xFFFF_FFFF, 0x1234_5678] {
            #expect(CRC32C.unmask(CRC32C.mask(crc)) == crc)
            #expect(CRC32C.mask(crc) != crc)
        }
    }
}
