import ClinicDomain
import Crypto
import Foundation
import _CryptoExtras

/// PINs to and from `PinHash`: scrypt (swift-crypto's `KDF.Scrypt`, BoringSSL underneath) with a 16-byte random
/// salt per hash. The cost is stored in each hash, so raising it later leaves old hashes verifiable; a stored cost
/// outside sane bounds (a tampered file asking for gigabytes) never verifies.
public struct PinHasher: Sendable {
    public struct Cost: Sendable, Equatable {
        /// scrypt's N (a power of two), r and p, and the derived length in bytes.
        public var rounds: Int
        public var blockSize: Int
        public var parallelism: Int
        public var length: Int

        public init(rounds: Int, blockSize: Int, parallelism: Int, length: Int) {
            self.rounds = rounds; self.blockSize = blockSize; self.parallelism = parallelism; self.length = length
        }

        /// N = 2^15, r = 8, p = 1, 32 bytes: 32 MiB and a fraction of a second per try (a second in a debug build).
        public static let standard = Cost(rounds: 1 << 15, blockSize: 8, parallelism: 1, length: 32)
    }

    public static let scheme = "scrypt"
    public static let saltBytes = 16
    public let cost: Cost

    /// Tests may pass a cheap cost explicitly; nothing else should.
    public init(cost: Cost = .standard) { self.cost = cost }

    public struct HashingError: Error, CustomStringConvertible {
        public let description: String
    }

    public func hash(pin: String) throws -> PinHash {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { [UInt8]($0) }
        let derived = try Self.derive(pin, salt: salt, cost)
        return PinHash(
            scheme: Self.scheme,
            parameters: ["N": cost.rounds, "r": cost.blockSize, "p": cost.parallelism, "length": cost.length],
            salt: salt, hash: derived)
    }

    /// True only when `pin` derives the stored bytes. The comparison takes the same time wherever they differ.
    public static func verify(pin: String, against stored: PinHash) -> Bool {
        guard stored.scheme == scheme, let cost = cost(of: stored), stored.hash.count == cost.length,
            let derived = try? derive(pin, salt: stored.salt, cost)
        else { return false }
        return constantTimeEqual(derived, stored.hash)
    }

    /// The stored cost, if it is one this build is willing to spend (N a power of two up to 2^20, r ≤ 32, p ≤ 4).
    static func cost(of stored: PinHash) -> Cost? {
        guard let n = stored.parameters["N"], let r = stored.parameters["r"], let p = stored.parameters["p"],
            let length = stored.parameters["length"],
            n >= 2, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r), (1...4).contains(p),
            (16...64).contains(length), !stored.salt.isEmpty
        else { return nil }
        return Cost(rounds: n, blockSize: r, parallelism: p, length: length)
    }

    private static func derive(_ pin: String, salt: [UInt8], _ cost: Cost) throws -> [UInt8] {
        do {
            let key = try KDF.Scrypt.deriveKey(
                from: Array(pin.utf8), salt: salt, outputByteCount: cost.length, rounds: cost.rounds,
                blockSize: cost.blockSize, parallelism: cost.parallelism)
            return key.withUnsafeBytes { [UInt8]($0) }
        } catch {
            throw HashingError(description: "could not hash the PIN (scrypt): \(error)")
        }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
