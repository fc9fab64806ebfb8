import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore
import TestSupport

/// PIN hashing (scrypt) and accounts in the store: journal events, snapshots (with and without the section).
@Suite("PIN hashing and stored accounts")
struct PinHasherTests {
    /// A cheap cost, for speed; the default is never weakened (`standardCost` checks it).
    static let cheap = PinHasher(cost: PinHasher.Cost(rounds: 16, blockSize: 1, parallelism: 1, length: 32))

    @Test("the default cost is scrypt N=2^15, r=8, p=1, 32 bytes, and a hash records it")
    func standardCost() throws {
        #expect(PinHasher().cost == PinHasher.Cost(rounds: 32_768, blockSize: 8, parallelism: 1, length: 32))
        let hash = try PinHasher().hash(pin: "739164")
        #expect(hash.scheme == "scrypt" && hash.parameters == ["N": 32_768, "r": 8, "p": 1, "length": 32])
        #expect(hash.salt.count == 16 && hash.hash.count == 32)
        #expect(PinHasher.verify(pin: "739164", against: hash))
    }

    @Test("the right PIN verifies, a wrong one does not; the salt differs per hash")
    func verify() throws {
        let a = try Self.cheap.hash(pin: "2580")
        let b = try Self.cheap.hash(pin: "2580")
        #expect(PinHasher.verify(pin: "2580", against: a) && PinHasher.verify(pin: "2580", against: b))
        #expect(!PinHasher.verify(pin: "2581", against: a) && !PinHasher.verify(pin: "", against: a))
        #expect(a.salt != b.salt && a.hash != b.hash)
        #expect(!a.hash.containsSubsequence(Array("2580".utf8)))
    }

    @Test("a stored hash with another scheme, a huge cost or a cut hash never verifies")
    func tampered() throws {
        var hash = try Self.cheap.hash(pin: "2580")
        var other = hash
        other.scheme = "plain"
        #expect(!PinHasher.verify(pin: "2580", against: other))
        other = hash
        other.parameters["N"] = 1 << 30
        #expect(!PinHasher.verify(pin: "2580", against: other))
        other = hash
        other.parameters["N"] = 15
        #expect(!PinHasher.verify(pin: "2580", against: other))
        hash.hash.removeLast()
        #expect(!PinHasher.verify(pin: "2580", against: hash))
        #expect(
            PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 3]) && !PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 4]))
    }

    @Test(
        "AccountSignIn: signed in, wrong PIN, unknown login, disabled — the last three in words that give nothing away")
    func signIn() throws {
        var p = Fixture.smallDemo
        try p.run(.addAccount(NewAccount(login: "carla", staff: StaffID(15), pin: try Self.cheap.hash(pin: "2580"))))
        try p.run(
            .addAccount(NewAccount(login: "ana", staff: StaffID(6), pin: try Self.cheap.hash(pin: "4711"))),
            actor: "carla")
        guard case .signedIn(let account) = AccountSignIn.verify(login: "Carla", pin: "2580", in: p) else {
            Issue.record("carla should sign in"); return
        }
        #expect(account.role == .manager)
        #expect(AccountSignIn.verify(login: "carla", pin: "4711", in: p) == .wrongPin)
        #expect(AccountSignIn.verify(login: "nobody", pin: "2580", in: p) == .unknownLogin)
        #expect(AccountSignIn.Outcome.wrongPin.sentence == AccountSignIn.Outcome.unknownLogin.sentence)
        try p.run(.setAccountActive(login: "ana", active: false), actor: "carla")
        #expect(AccountSignIn.verify(login: "ana", pin: "4711", in: p) == .disabled)
    }

    @Test("accounts go through the journal and a snapshot and come back equal")
    func storeRoundTrip() throws {
        let dir = TempFolder("accounts")
        let store = try makeStore(dir)
        let pin = try Self.cheap.hash(pin: "2580")
        _ = try store.execute(
            command("staff add --given Carla --family Romano --role manager"), actor: "x", now: testNow)
        _ = try store.execute(
            .addAccount(NewAccount(login: "carla", staff: StaffID(1), pin: pin)), actor: "carla", now: testNow)
        store.close()
        let replayed = try Store.open(folder: dir.path, options: quietOptions())
        #expect(replayed.practice.account("carla")?.pin == pin)
        try replayed.snapshotNow()
        let expected = replayed.practice
        replayed.close()
        let fromSnapshot = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        defer { fromSnapshot.close() }
        #expect(fromSnapshot.practice == expected && fromSnapshot.practice.accounts.count == 1)
    }

    @Test("every account role has a binary code")
    func roleCodes() {
        #expect(Set(BinaryCodes.accountRole) == Set(Role.allCases))
        #expect(BinaryCodes.accountRole.count == Role.allCases.count)
    }

    @Test("a snapshot without an accounts section (every one before accounts) loads as an open folder")
    func oldSnapshot() throws {
        let practice = Fixture.smallDemo
        let body = try EventCodec().snapshotBody(practice)
        let bytes = body.withBytes { Array($0) }
        // No section of kind 13 in the body an open folder writes.
        let located = try bytes.withUnsafeBytes { raw in
            try SnapshotSections.locate(raw, bodyOffset: 0, path: "old")
        }
        #expect(located.ranges[.accounts] == nil)
        let decoded = try EventCodec().practice(
            fromSnapshot: SnapshotBody(
                encoding: body.encoding, storage: [UInt8](repeating: 0, count: SnapshotFile.headerSize) + bytes,
                start: SnapshotFile.headerSize),
            path: "old")
        #expect(decoded == practice && !decoded.hasAccounts)
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
