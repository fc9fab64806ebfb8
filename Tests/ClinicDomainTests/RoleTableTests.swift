import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The role table: every command has a row (the switch makes it so; this checks every verb of the command
/// language lands on a permission a manager holds), and the refusals a front desk meets name the role needed.
@Suite("Role table")
struct RoleTableTests {
    @Test("every permission allows the manager, and every verb of the language has a permission")
    func exhaustive() throws {
        for permission in RoleTable.Permission.allCases {
            #expect(RoleTable.roles(permission).contains(.manager), "\(permission)")
            #expect(!RoleTable.action(permission).isEmpty)
        }
        let used = Set(expectedCommands.values.map(RoleTable.permission(for:)))
        #expect(used.count > 12, "the language's verbs spread over the table")
        for (usage, command) in expectedCommands {
            #expect(RoleTable.permits(.manager, command), "\(usage)")
        }
    }

    @Test("only a manager approves time off, writes off, voids, sets fees, staff, credentials, coverage, accounts")
    func managerOnly() {
        let managerOnly: [Command] = [
            .approveTimeOff(TimeOffID(1)), .denyTimeOff(TimeOffID(1)), .writeOffClaim(ClaimID(1)),
            .voidClaim(ClaimID(1)), .setFee(code: "99214", fee: nil),
            .addStaff(NewStaff(givenName: "a", familyName: "b", role: .nurse)),
            .removeCredential(nil, kind: .clia), .removeCoverageRule(1), .setAccountRole(login: "x", .biller),
            .setAccountActive(login: "x", active: false),
        ]
        for command in managerOnly {
            for role in Role.allCases {
                #expect(RoleTable.permits(role, command) == (role == .manager), "\(role) \(command)")
            }
        }
    }

    @Test("the jobs: desk books and takes copays; biller works claims; nurse rooms; provider codes")
    func jobs() {
        let id = AppointmentID(1)
        #expect(RoleTable.permits(.receptionist, .checkIn(id)))
        #expect(RoleTable.permits(.receptionist, .collectCopay(id, amount: nil)))
        #expect(!RoleTable.permits(.receptionist, .payClaim(ClaimID(1), amount: Cents(100), adjustment: nil)))
        #expect(!RoleTable.permits(.biller, .checkIn(id)), "billers do not run the front desk")
        #expect(RoleTable.permits(.biller, .postRemittances([])))
        #expect(!RoleTable.permits(.biller, .see(id)))
        #expect(
            RoleTable.permits(.nurse, .room(id, room: nil))
                && !RoleTable.permits(
                    .nurse,
                    .bookAppointment(
                        Booking(
                            patient: PatientID(1), provider: StaffID(1), day: Fixture.today,
                            start: Fixture.time("09:00"))))
        )
        #expect(RoleTable.permits(.provider, .editClaim(ClaimID(1), ClaimContent(diagnoses: [], lines: []))))
        #expect(!RoleTable.permits(.provider, .submitClaim(ClaimID(1))))
        #expect(
            RoleTable.permits(
                .receptionist,
                .recordPatientPayment(PatientID(1), amount: Cents(100), method: .cash, claim: nil, refund: false)))
        #expect(
            !RoleTable.permits(
                .receptionist,
                .recordPatientPayment(PatientID(1), amount: Cents(100), method: .cash, claim: nil, refund: true)))
    }

    @Test("refusals through validate name the role: a receptionist's write-off, a biller's check-in")
    func refusals() throws {
        var p = try AccountsTests.practice()
        let claim = try #require(p.claims.values.first { $0.status.isOpen })
        let writeOff = domainError { try p.run(.writeOffClaim(claim.id, reason: "small balance"), actor: "ana") }
        #expect(writeOff?.message == "Writing off a claim needs the manager role; ana is a receptionist.")
        let visit = try #require(
            p.appointments(on: Fixture.today).first { $0.status == .scheduled || $0.status == .confirmed })
        let arrive = domainError { try p.run(.checkIn(visit.id), actor: "ben") }
        #expect(
            arrive?.message == "Checking patients in and out needs the manager or receptionist role; ben is a biller.")
        try p.run(.checkIn(visit.id), actor: "ana")
        let punch = domainError { try p.run(.clock(AccountsTests.ben, .clockIn), actor: "ana") }
        #expect(punch?.message == "Punching someone else's clock needs the manager role; ana is a receptionist.")
        let sentenceForRefusal = p.validateRefusal(.writeOffClaim(claim.id), actor: "carla")
        #expect(sentenceForRefusal == nil || !sentenceForRefusal!.contains("needs the"), "a manager may write off")
    }

    @Test("visibility: receptionist no diagnoses or balances; biller no clinical notes; reviews for managers")
    func visibility() {
        #expect(!RoleTable.sees(.receptionist, .diagnoses) && !RoleTable.sees(.receptionist, .claimBalances))
        #expect(RoleTable.sees(.receptionist, .patientContact))
        #expect(!RoleTable.sees(.biller, .clinicalNotes) && RoleTable.sees(.biller, .claimBalances))
        for role in Role.allCases { #expect(RoleTable.sees(role, .performanceReviews) == (role == .manager)) }
    }

    @Test("role names: synonyms parse, staff roles map")
    func names() {
        #expect(
            Role.parse("MA") == .nurse && Role.parse("front-desk") == .receptionist && Role.parse("doctor") == .provider
        )
        #expect(Role.parse("desk") == .receptionist && Role.parse("np") == .provider && Role.parse("janitor") == nil)
        #expect(Role(defaultFor: .physicianAssistant) == .provider && Role(defaultFor: .medicalAssistant) == .nurse)
        #expect(Role(defaultFor: .biller) == .biller && Role(defaultFor: .manager) == .manager)
    }
}

extension Practice {
    /// What validate says, as text, or nil when it accepts.
    fileprivate func validateRefusal(_ command: Command, actor: String) -> String? {
        do { _ = try validate(command, actor: actor, now: Fixture.now); return nil } catch { return error.message }
    }
}
