import ClinicDomain
import Foundation
import Testing
import TestSupport

/// Accounts on the small demo practice (Carla S-15 the manager, Ana S-6 at the desk, Ben S-14 the biller,
/// Dr Lee S-1, Priya S-9 an MA). PIN hashes here are stand-ins: the domain stores them, never computes them.
@Suite("Accounts")
struct AccountsTests {
    static let carla = StaffID(15), ana = StaffID(6), ben = StaffID(14), drLee = StaffID(1), priya = StaffID(9)

    static func pin(_ byte: UInt8) -> PinHash {
        PinHash(scheme: "test", parameters: ["N": 2], salt: [byte], hash: [byte, byte])
    }

    /// The demo with carla (manager), ana, ben and daniel signed up, carla first.
    static func practice() throws -> Practice {
        var p = Fixture.smallDemo
        try p.run(.addAccount(NewAccount(login: "carla", staff: carla, pin: pin(1))), actor: "carla")
        for (login, id) in [("ana", ana), ("ben", ben), ("daniel", drLee), ("priya", priya)] {
            try p.run(.addAccount(NewAccount(login: login, staff: id, pin: pin(2))), actor: "carla")
        }
        return p
    }

    @Test("an open folder allows everything to anyone, as before accounts")
    func openFolder() throws {
        var p = Fixture.smallDemo
        #expect(!p.hasAccounts)
        try p.run(.addTask(NewTask(title: "Order gloves")), actor: "desk")
        try p.run(.setFee(code: "99214", fee: Cents(16500)), actor: "anyone")
    }

    @Test("the first account is made a manager, whatever role was asked; later ones get their staff's role")
    func firstIsManager() throws {
        var p = Fixture.smallDemo
        try p.run(.addAccount(NewAccount(login: "ana", staff: Self.ana, role: .receptionist, pin: Self.pin(1))))
        #expect(p.account("ana")?.role == .manager)
        try p.run(.addAccount(NewAccount(login: "ben", staff: Self.ben, pin: Self.pin(2))), actor: "ana")
        #expect(p.account("ben")?.role == .biller)
        try p.run(.addAccount(NewAccount(login: "priya", staff: Self.priya, pin: Self.pin(2))), actor: "ana")
        #expect(p.account("priya")?.role == .nurse)
        #expect(p.hasAccounts && p.accounts.count == 3)
    }

    @Test("logins are unique and well formed; the staff member exists and is active")
    func addRules() throws {
        var p = try Self.practice()
        let taken = domainError {
            try p.run(.addAccount(NewAccount(login: "ANA", staff: Self.ana, pin: Self.pin(3))), actor: "carla")
        }
        #expect(taken?.message == "There is already an account 'ana'.")
        let bad = domainError {
            try p.run(.addAccount(NewAccount(login: "a b", staff: Self.ana, pin: Self.pin(3))), actor: "carla")
        }
        #expect(bad?.message.contains("lowercase letters") == true)
        let nobody = domainError {
            try p.run(.addAccount(NewAccount(login: "zed", staff: StaffID(999), pin: Self.pin(3))), actor: "carla")
        }
        #expect(nobody?.message == "There is no staff member S-999.")
        try p.run(.setStaffActive(StaffID(7), active: false), actor: "carla")
        let gone = domainError {
            try p.run(.addAccount(NewAccount(login: "joe", staff: StaffID(7), pin: Self.pin(3))), actor: "carla")
        }
        #expect(gone?.message.contains("deactivated") == true)
    }

    @Test("only a manager manages accounts; anyone changes their own PIN, not another's")
    func whoManages() throws {
        var p = try Self.practice()
        let add = domainError {
            try p.run(.addAccount(NewAccount(login: "joe", staff: StaffID(7), pin: Self.pin(3))), actor: "ana")
        }
        #expect(add?.message == "Managing accounts needs the manager role; ana is a receptionist.")
        try p.run(.setPin(login: "ana", Self.pin(9)), actor: "ana")
        #expect(p.account("ana")?.pin == Self.pin(9) && p.account("ana")?.mustChangePin == false)
        let other = domainError { try p.run(.setPin(login: "ben", Self.pin(9)), actor: "ana") }
        #expect(other?.message == "Changing someone else's PIN needs the manager role; ana is a receptionist.")
        try p.run(.setPin(login: "ben", Self.pin(8)), actor: "carla")
        #expect(p.account("ben")?.mustChangePin == true, "a PIN a manager set is temporary")
    }

    @Test("the last active manager can be neither disabled nor demoted")
    func lastManager() throws {
        var p = try Self.practice()
        let disable = domainError { try p.run(.setAccountActive(login: "carla", active: false), actor: "carla") }
        #expect(disable?.message.contains("last active manager and cannot be disabled") == true)
        let demote = domainError { try p.run(.setAccountRole(login: "carla", .biller), actor: "carla") }
        #expect(demote?.message.contains("cannot be demoted") == true)
        try p.run(.setAccountRole(login: "ben", .manager), actor: "carla")
        try p.run(.setAccountActive(login: "carla", active: false), actor: "ben")
        #expect(p.account("carla")?.active == false)
    }

    @Test("signing in: a login that is not an account, or a disabled one, is refused before any rule")
    func signInFirst() throws {
        var p = try Self.practice()
        let stranger = domainError { try p.run(.addTask(NewTask(title: "x")), actor: "desk") }
        #expect(stranger?.message == "Sign in first: this folder has accounts and 'desk' is not one of them.")
        try p.run(.setAccountActive(login: "ana", active: false), actor: "carla")
        let disabled = domainError { try p.run(.addTask(NewTask(title: "x")), actor: "ana") }
        #expect(disabled?.message == "The account 'ana' is disabled; a manager can enable it.")
        try p.run(.setAccountActive(login: "ana", active: true), actor: "carla")
        try p.run(.addTask(NewTask(title: "x")), actor: "ana")
    }

    @Test("accounts survive the practice's Codable round trip; an old practice without them decodes with none")
    func codable() throws {
        let p = try Self.practice()
        let data = try DomainCoding.encoder().encode(p)
        let back = try DomainCoding.decoder().decode(Practice.self, from: data)
        #expect(back == p && back.accounts.count == 5)
        let open = try DomainCoding.encoder().encode(Fixture.smallDemo)
        #expect(!String(decoding: open, as: UTF8.self).contains("\"accounts\""))
        #expect(try DomainCoding.decoder().decode(Practice.self, from: open).accounts.isEmpty)
    }

    @Test("the JSON export lists logins and roles, never a PIN hash")
    func exportHasNoHash() throws {
        let p = try Self.practice()
        let text = String(decoding: try PracticeJSON.bytes(p), as: UTF8.self)
        #expect(text.contains("\"login\" : \"carla\""))
        #expect(!text.contains("\"pin\"") && !text.contains("\"salt\"") && !text.contains("\"scheme\""))
    }

    @Test("descriptions and reflection never show the salt or hash")
    func noHashInText() throws {
        let account = try #require(try Self.practice().account("carla"))
        #expect(!"\(account)".contains("[1") && !String(reflecting: account.pin).contains("salt"))
        #expect("\(account.pin)" == "PinHash(test)")
    }

    @Test("PIN rule: 4 to 12 digits, no repeated digit, no run")
    func pinRule() {
        #expect(PinRule.problem("2580") == nil && PinRule.problem("739164") == nil)
        #expect(PinRule.problem("123") != nil && PinRule.problem("1234567890123") != nil)
        #expect(PinRule.problem("12a4") == "A PIN is digits only (0-9).")
        #expect(PinRule.problem("0000")?.contains("repeated") == true)
        for run in ["1234", "9876", "7890", "3210"] { #expect(PinRule.problem(run)?.contains("run") == true, "\(run)") }
    }

    @Test("throttle: 1, 2, 4 … seconds, at most 30; time is an argument; a success clears it")
    func throttle() {
        #expect((0...7).map(SignInThrottle.delay(afterFailures:)) == [0, 1, 2, 4, 8, 16, 30, 30])
        #expect(SignInThrottle.delay(afterFailures: 1000) == 30)
        var t = SignInThrottle()
        let start = Fixture.now
        #expect(t.recordFailure("Ana", at: start) == 1)
        #expect(t.recordFailure("ana", at: start) == 2)
        #expect(t.wait("ana", now: start.addingTimeInterval(0.5)) == 1.5)
        #expect(t.wait("ana", now: start.addingTimeInterval(3)) == 0)
        #expect(t.wait("ben", now: start) == 0)
        t.recordSuccess("ana")
        #expect(t.failureCount("ana") == 0)
    }
}
