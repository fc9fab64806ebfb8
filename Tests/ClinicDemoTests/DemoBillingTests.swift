#if DEBUG
    @testable import ClinicDemo
#else
    import ClinicDemo
#endif
import ClinicDomain
import Foundation
import Testing
import TestSupport

/// The demo's billing as a biller reads it: every finished visit billed, money that reconciles, code pairs that
/// make sense, payers typed and timed as they really are.
@Suite struct DemoBillingTests {
    let practice = Fixture.smallDemo
    let today = Fixture.today

    var claimByVisit: [AppointmentID: Claim] {
        var byVisit: [AppointmentID: Claim] = [:]
        for claim in practice.claims.values where claim.frequency == .original {
            if let visit = claim.appointment { byVisit[visit] = claim }
        }
        return byVisit
    }

    @Test func everyFinishedVisitIsBilledOrRecentlyUnbilled() {
        let byVisit = claimByVisit
        let seen = practice.appointments.values.filter { $0.status == .checkedOut }
        let unbilled = seen.filter { byVisit[$0.id] == nil }
        let ages = unbilled.map { $0.day.days(until: today) }
        #expect(seen.count > 500)
        #expect(ages.allSatisfy { $0 <= 10 }, "unbilled ages \(ages.sorted())")
        #expect((3...40).contains(unbilled.count), "\(unbilled.count) unbilled of \(seen.count)")
        #expect(ages.contains { $0 > practice.settings.unbilledAlertDays }, "nothing for the unbilled alert")
        for visit in unbilled {
            let payer = practice.patients[visit.patient]?.payer.flatMap { practice.payers[$0] }
            #expect(payer?.kind != .selfPay, "\(visit.id): a self-pay visit left unbilled")
        }
    }

    @Test func claimStatusFitsItsAge() {
        for claim in practice.claims.values where claim.frequency == .original && claim.appointment != nil {
            let age = claim.ageInDays(today: today)
            let selfPay = practice.payers[claim.payer]?.kind == .selfPay
            if selfPay { #expect(claim.status == .draft, "\(claim.id): self-pay \(claim.status)") }
            if age < 2 && !selfPay { #expect([.draft, .ready].contains(claim.status), "\(claim.id) \(claim.status)") }
            if age >= 8 { #expect(![.draft, .ready].contains(claim.status) || selfPay, "\(claim.id) \(claim.status)") }
        }
    }

    @Test(arguments: [DemoSize.small, .large])
    func moneyReconcilesToTheCent(size: DemoSize) {
        let practice = size == .small ? practice : DemoBillingTests.large
        for claim in practice.claims.values {
            let money = claim.money
            #expect(money.contractual >= .zero, "\(claim.id): negative CO")
            #expect(money.insuranceBalance >= .zero, "\(claim.id): credit \(money.insuranceBalance)")
            guard claim.postings.contains(where: { $0.bucket == .payerPaid }) else { continue }
            #expect(claim.postings.allSatisfy { $0.reference?.hasPrefix("ERA ") == true || $0.bucket == .writeOff })
            // CO-45 = charged − allowed on the lines the payer decided; allowed = paid + PR.
            let pending = claim.status == .partiallyPaid ? money.insuranceBalance : .zero
            let allowed = money.payerPaid + money.patientResponsibility
            if claim.status != .writtenOff {
                #expect(money.contractual == claim.billed - pending - allowed, "\(claim.id)")
            }
            for posting in claim.postings where posting.bucket == .patientResponsibility {
                #expect(CARC.check(group: .PR, code: posting.reason) == nil)
            }
        }
        // One trace number per payer per payment day.
        var traces: [String: Set<String>] = [:]
        for claim in practice.claims.values {
            for posting in claim.postings {
                if let ref = posting.reference { traces[ref, default: []].insert("\(claim.payer) \(posting.on)") }
            }
        }
        #expect(traces.values.allSatisfy { $0.count == 1 })
    }

    @Test func copayPostedIsTheCopayCollected() {
        let credits = claimByVisit.values.filter { claim in
            guard let visit = practice.appointments[claim.appointment ?? AppointmentID(0)],
                claim.postings.contains(where: { $0.bucket == .payerPaid })
            else { return false }
            let copay = claim.postings.filter { $0.bucket == .patientResponsibility && $0.reason == "3" }
                .reduce(Cents.zero) { $0 + $1.amount }
            if copay == visit.copayCollected || visit.copayCollected == .zero { return false }
            #expect(
                claim.history.contains { $0.note?.contains("credit to the patient") == true },
                "\(claim.id) \(claim.status): PR-3 \(copay), collected \(visit.copayCollected), billed \(claim.billed)")
            return true
        }
        #expect(credits.count <= 2)
        let balances = practice.patientBalances()
        #expect(balances.values.contains { $0.total > .zero })
        #expect(practice.payments.values.contains { $0.isRefund })
        #expect(practice.payments.values.contains { !$0.isRefund })
    }

    @Test(arguments: [DemoSize.small, .large])
    func codesMakeSense(size: DemoSize) {
        let practice = size == .small ? practice : DemoBillingTests.large
        for claim in practice.claims.values {
            let codes = claim.lines.map(\.code)
            let patient = practice.patients[claim.patient]
            let age = patient?.age(on: claim.dateOfService) ?? 40
            let medicare = practice.payers[claim.payer]?.kind == .medicare
            for diagnosis in claim.diagnoses {
                #expect(ICD10CM.status(diagnosis) == .billable, "\(claim.id): \(diagnosis)")
                if diagnosis.hasPrefix("M17") { #expect(age >= 40, "\(claim.id): \(diagnosis) at \(age)") }
                if diagnosis.hasPrefix("Z00.1") { #expect(age < 18, "\(claim.id): \(diagnosis) at \(age)") }
                if diagnosis.hasPrefix("Z00.0") { #expect(age >= 18, "\(claim.id): \(diagnosis) at \(age)") }
            }
            if codes.contains("90471") || codes.contains("G0008") {
                #expect(codes.contains("90686"), "\(claim.id): administration without a vaccine")
            }
            if codes.contains("90686") {
                #expect(codes.contains(medicare ? "G0008" : "90471"), "\(claim.id): \(codes)")
                let line = claim.lines.first { $0.code == "90686" }
                #expect(line.map { claim.diagnoses[$0.effectivePointers[0] - 1] } == "Z23", "\(claim.id)")
            }
            for code in codes where code.hasPrefix("9938") || code.hasPrefix("9939") {
                #expect(!medicare, "\(claim.id): CPT preventive code for Medicare")
                let band = Int(String(code.last ?? "0")) ?? 0
                let bands = [0...0, 1...4, 5...11, 12...17, 18...39, 40...64, 65...200]
                #expect(bands[band - 1].contains(max(0, age)), "\(claim.id): \(code) at \(age)")
            }
            for line in claim.lines {
                #expect(line.effectivePointers.allSatisfy { (1...claim.diagnoses.count).contains($0) })
                #expect(practice.settings.feeSchedule.fee(for: line.code) == line.charge, "\(claim.id) \(line.code)")
            }
        }
    }

    @Test func payersAreTypedAndTimedAsTheyAre() {
        let byName = Dictionary(uniqueKeysWithValues: practice.payers.values.map { ($0.name, $0) })
        #expect(byName["Humana Medicare Advantage"]?.kind == .medicare)
        #expect(byName["NY Medicaid"]?.timelyFilingDays == 90)
        for payer in practice.payers.values {
            switch payer.kind {
            case .medicare: #expect(payer.timelyFilingDays == 365)
            case .medicaid: #expect(payer.timelyFilingDays == 90)
            case .commercial: #expect((90...180).contains(payer.timelyFilingDays), "\(payer.name)")
            case .selfPay: break
            }
        }
    }

    @Test(arguments: [DemoSize.small, .large])
    func denialsAreThePayersAndCorrectionsAreLinked(size: DemoSize) {
        let practice = size == .small ? practice : DemoBillingTests.large
        let claims = Array(practice.claims.values)
        for status in ClaimStatus.allCases {
            #expect(claims.contains { $0.status == status }, "\(size): no \(status) claim")
        }
        for claim in claims {
            if let denial = claim.denial { #expect(denial.group != .PR, "\(claim.id): \(denial)") }
            if claim.frequency != .original {
                let original = claim.replaces.flatMap { practice.claims[$0] }
                let closed: ClaimStatus = claim.frequency == .void ? .voided : .replaced
                #expect(original?.status == closed, "\(claim.id) corrects \(String(describing: claim.replaces))")
                #expect(claim.payerClaimNumber != nil && claim.payerClaimNumber == original?.payerClaimNumber)
            }
        }
        #expect(claims.contains { $0.frequency == .replacement } && claims.contains { $0.frequency == .void })
        #expect(
            claims.contains { c in c.postings.contains { $0.bucket == .patientResponsibility && $0.reason == "27" } })
    }

    /// The large practice; a debug build checks it on two months of history (billing is checked per claim).
    static let large: Practice = {
        #if DEBUG
            var scale = DemoScale.of(.large)
            scale.pastDays = 60
            scale.taskHistoryDays = 0
            return DemoPractice.generate(
                size: .large, scale: scale, seed: 7, today: Fixture.today, now: Fixture.now,
                timeZone: Fixture.timeZone)
        #else
            return DemoPractice.generate(
                size: .large, seed: 7, today: Fixture.today, now: Fixture.now, timeZone: Fixture.timeZone)
        #endif
    }()
}
