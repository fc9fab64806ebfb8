@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

/// What each role sees, by the role table: a receptionist no claims, balances or diagnoses; a biller no clinical
/// notes; a refused change names the role it needs.
@Suite("Role views")
struct RoleViewTests {
    static let dummyPin = PinHash(scheme: "test", parameters: [:], salt: [1], hash: [1])

    /// The busy desk with a manager (the first account) and one account per other role, each on a staff member.
    static func practiceWithAccounts() throws -> Practice {
        var practice = Fixture.busyDesk()
        let staff = practice.staff.values.map(\.id)
        let roles: [(String, Role)] = [
            ("mia", .manager), ("rita", .receptionist), ("bill", .biller), ("nora", .nurse),
        ]
        for (index, (login, role)) in roles.enumerated() {
            _ = try practice.execute(
                .addAccount(NewAccount(login: login, staff: staff[index % staff.count], role: role, pin: dummyPin)),
                actor: index == 0 ? "setup" : "mia", now: Fixture.now)
        }
        return practice
    }

    static func harness(_ login: String, practice: Practice) -> Harness {
        Harness(
            practice, size: Size(width: 160, height: 48),
            desk: DeskOptions(authority: PlainAuthority(pins: [login: "1357"]), signedIn: login))
    }

    @Test func aReceptionistSeesNoClaimOrBalanceAndIsToldWhy() throws {
        let practice = try Self.practiceWithAccounts()
        let manager = Self.harness("mia", practice: practice)
        #expect(manager.text.contains("A/R"))
        let desk = Self.harness("rita", practice: practice)
        let text = desk.text
        #expect(!text.contains("A/R"))
        #expect(text.contains("not shown to the Receptionist role"))
        #expect(!text.contains("Payer"), "no claim queue header")
        desk.press(.character("3"), .enter)
        #expect(desk.statusLine.contains("not shown to the Receptionist role"))
    }

    @Test func aReceptionistIsRefusedAWriteOffWithTheRoleItNeeds() throws {
        let practice = try Self.practiceWithAccounts()
        let claim = try #require(practice.claims.values.first { $0.status == .denied })
        let desk = Self.harness("rita", practice: practice)
        desk.type(":claim writeoff \(claim.id)")
        desk.press(.enter)
        #expect(desk.statusLine.contains("needs the manager role"))
        #expect(desk.source.practice.lastSeq == practice.lastSeq)
    }

    @Test func aBillerSeesNoVisitReasonOrClinicalNote() throws {
        var practice = try Self.practiceWithAccounts()
        let first = try #require(
            practice.appointments.values.filter { $0.day == Fixture.today }.min { $0.start < $1.start })
        practice.appointments.modify(first.id) { $0.reason = "Chest pain on exertion" }
        for login in ["bill", "mia"] {
            let harness = Self.harness(login, practice: practice)
            harness.press(.character("1"), .character("g"), .enter)
            #expect(harness.text.contains("Chest pain") == (login == "mia"), "\(login)")
        }
    }

    @Test func theTitleBarNamesTheSignedInLogin() throws {
        let practice = try Self.practiceWithAccounts()
        #expect(Self.harness("nora", practice: practice).screen.row(0).contains("nora"))
    }
}
