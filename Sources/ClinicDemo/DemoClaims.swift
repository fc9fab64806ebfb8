import ClinicDomain

/// What a claim is billed for: a finished visit, or (for A/R older than the appointment history) a visit
/// the practice saw before the demo's schedule begins.
struct ClaimSource {
    var appointment: AppointmentID?
    var patient: PatientID
    var provider: StaffID
    var day: LocalDate
    var type: VisitType
    var reason: String
}

/// A claim whose status and circumstances a story decides (near its filing deadline, denied CO-29, …).
struct ClaimStory {
    var status: ClaimStatus
    var age: Int
    var payer: Int
    var denial: Denial? = nil
    /// Days after the date of service it was first submitted (a late filing), if not the usual 2–5.
    var submittedAfter: Int? = nil
    var note: String? = nil
    /// The payer's remittance puts the whole charge on the patient (PR-27: coverage had ended).
    var patientOwes: Denial? = nil
    /// The claim is corrected after the payer paid it: a replacement (frequency 7) or a void (8) follows it.
    var correction: ClaimFrequency? = nil
}

/// The claim queue: every status, real-looking codes and charges, payer-specific filing deadlines, denials with
/// CARC groups, partial payments with CO-45 adjustments, and history stamps that fit the status and the clock.
extension DemoContext {
    /// The biller's worklist stories: drops near the deadline, one past it, denials of each common kind, appeals,
    /// write-offs, and open balances in every A/R age bucket. Payer numbers follow `payerTable`.
    static let claimStories: [ClaimStory] = [
        ClaimStory(status: .draft, age: 80, payer: 5), ClaimStory(status: .ready, age: 84, payer: 6),
        ClaimStory(status: .rejected, age: 109, payer: 3, note: "invalid subscriber ID"),
        ClaimStory(status: .draft, age: 95, payer: 5),
        ClaimStory(status: .denied, age: 130, payer: 6, denial: Denial(group: .CO, code: "29"), submittedAfter: 96),
        ClaimStory(status: .denied, age: 45, payer: 1, denial: Denial(group: .CO, code: "50", rarc: "N130")),
        ClaimStory(status: .denied, age: 38, payer: 4, denial: Denial(group: .CO, code: "97", rarc: "M15")),
        ClaimStory(status: .denied, age: 25, payer: 3, denial: Denial(group: .CO, code: "16", rarc: "M51")),
        ClaimStory(status: .denied, age: 33, payer: 7, denial: Denial(group: .CO, code: "4", rarc: "N519")),
        ClaimStory(status: .denied, age: 29, payer: 5, denial: Denial(group: .OA, code: "18")),
        ClaimStory(status: .appealed, age: 100, payer: 1, denial: Denial(group: .CO, code: "50", rarc: "N130")),
        ClaimStory(status: .appealed, age: 135, payer: 4, denial: Denial(group: .CO, code: "197")),
        ClaimStory(status: .writtenOff, age: 140, payer: 4, denial: Denial(group: .CO, code: "97", rarc: "M15")),
        ClaimStory(status: .partiallyPaid, age: 52, payer: 5), ClaimStory(status: .partiallyPaid, age: 128, payer: 3),
        ClaimStory(status: .partiallyPaid, age: 75, payer: 4),
        ClaimStory(status: .paid, age: 60, payer: 3), ClaimStory(status: .accepted, age: 12, payer: 2),
        ClaimStory(status: .paid, age: 47, payer: 5, patientOwes: Denial(group: .PR, code: "27")),
        ClaimStory(status: .submitted, age: 6, payer: 4),
        ClaimStory(status: .rejected, age: 9, payer: 5, note: "missing rendering NPI"),
        ClaimStory(
            status: .paid, age: 58, payer: 4, note: "99213 billed; the note supports 99214", correction: .replacement),
        ClaimStory(
            status: .paid, age: 42, payer: 3, note: "billed to Aetna; coverage was elsewhere", correction: .void),
    ]

    /// One claim to build: for a visit, a synthetic older visit or a story, or the correction of the claim
    /// planned just before it.
    private struct PlannedClaim {
        var source: ClaimSource
        var story: ClaimStory?
        var corrects: Int? = nil
    }

    mutating func addClaims() {
        var random = self.random(5)
        var planned: [PlannedClaim] = []
        let insured = insuredPatients()
        for source in visitsToBill {
            guard let payer = practice.patients[source.patient]?.payer.flatMap({ practice.payers[$0] }) else {
                continue
            }
            // Self-pay visits are always billed (to the patient); an insured one waits now and then for a note
            // to be signed or a code to be queried — a handful, all recent.
            if payer.kind != .selfPay && random.chance(Self.unbilledShare(age: source.day.days(until: today))) {
                continue
            }
            planned.append(PlannedClaim(source: source))
        }
        for story in Self.claimStories {
            let source = syntheticSource(age: story.age, payer: story.payer, insured: insured, random: &random)
            planned.append(PlannedClaim(source: source, story: story))
            if story.correction != nil {
                planned.append(PlannedClaim(source: source, story: story, corrects: planned.count - 1))
            }
        }
        for _ in 0..<scale.syntheticClaims {
            let age = random.int(15...scale.syntheticClaimDays)
            let payer = random.int(1...7)
            planned.append(
                PlannedClaim(source: syntheticSource(age: age, payer: payer, insured: insured, random: &random)))
        }
        // Claims are created on the date of service, so IDs follow it (a correction comes after its original).
        let ordered = planned.indices.sorted { (planned[$0].source.day, $0) < (planned[$1].source.day, $1) }
        var built: [Int: Claim] = [:]
        var ledger = PatientLedger()
        for (offset, index) in ordered.enumerated() {
            let item = planned[index]
            let id = ClaimID(2001 + offset)
            var claim: Claim
            if let original = item.corrects.flatMap({ built[$0] }), let story = item.story {
                claim = correction(of: original, id: id, story: story)
                built[item.corrects ?? index]?.status = story.correction == .void ? .voided : .replaced
                if let closed = built[item.corrects ?? index] { practice.seed(claim: closeOriginal(closed, by: claim)) }
            } else {
                claim = makeClaim(id: id, source: item.source, story: item.story, ledger: &ledger, random: &random)
            }
            built[index] = claim
            practice.seed(claim: claim)
        }
        addPatientPayments(ledger, random: &random)
    }

    /// Chance that a finished insured visit `age` days ago has no claim yet: a few of today's (the note is not
    /// signed), fewer after that, none after ten days — a biller chases those down.
    static func unbilledShare(age: Int) -> Double {
        switch age {
        case ..<1: return 0.2
        case ...3: return 0.04
        case ...10: return 0.015
        default: return 0
        }
    }

    /// Established, insured patients per payer number, for visits before the schedule's history. Those without
    /// a copay: a copay is collected at a visit the demo has no appointment for, so it could not net out.
    private func insuredPatients() -> [Int: [PatientID]] {
        var byPayer: [Int: [PatientID]] = [:]
        var withCopay: [Int: [PatientID]] = [:]
        for id in established.prefix(2_000) {
            guard let patient = practice.patients[id], let payer = patient.payer else { continue }
            if patient.copay == .zero {
                byPayer[payer.number, default: []].append(id)
            } else {
                withCopay[payer.number, default: []].append(id)
            }
        }
        return byPayer.merging(withCopay) { without, _ in without }
    }

    private func syntheticSource(age: Int, payer: Int, insured: [Int: [PatientID]], random: inout DemoRandom)
        -> ClaimSource
    {
        var day = today.adding(days: -age)
        while !isClinicDay(day) { day = day.adding(days: -1) }
        let patients = insured[payer] ?? insured.values.first ?? established
        let patient = random.pick(patients)
        let patientAge = practice.patients[patient]?.age(on: day) ?? 40
        let type = random.weighted(DemoCatalog.typeWeights)
        let reason = DemoCatalog.reasons[random.pick(DemoCatalog.reasons(for: type, age: patientAge))]
        return ClaimSource(
            appointment: nil, patient: patient, provider: random.pick(providers).id,
            day: day, type: reason.type, reason: reason.text)
    }

    private func randomStatus(age: Int, random: inout DemoRandom) -> ClaimStatus {
        switch age {
        case ..<2: return random.weighted([(.draft, 60), (.ready, 40)])
        case ..<8: return random.weighted([(.ready, 10), (.submitted, 45), (.accepted, 37), (.rejected, 8)])
        case ..<21:
            return random.weighted([
                (.submitted, 15), (.accepted, 35), (.paid, 35), (.partiallyPaid, 5), (.denied, 7), (.rejected, 3),
            ])
        case ..<46:
            return random.weighted([
                (.submitted, 2), (.accepted, 6), (.paid, 72), (.partiallyPaid, 8), (.denied, 9), (.appealed, 3),
            ])
        case ..<91:
            return random.weighted([
                (.accepted, 1), (.paid, 80), (.partiallyPaid, 6), (.denied, 6), (.appealed, 4), (.writtenOff, 3),
            ])
        case ..<121:
            return random.weighted([(.paid, 84), (.partiallyPaid, 4), (.denied, 3), (.appealed, 4), (.writtenOff, 5)])
        default:
            return random.weighted([(.paid, 88), (.partiallyPaid, 2), (.denied, 2), (.appealed, 2), (.writtenOff, 6)])
        }
    }

    /// What payers deny for: CO, OA and PI groups only — a PR code is the patient's share, never a denial.
    static let commonDenials: [(Denial, Int)] = [
        (Denial(group: .CO, code: "50", rarc: "N130"), 25), (Denial(group: .CO, code: "97", rarc: "M15"), 20),
        (Denial(group: .CO, code: "16", rarc: "M51"), 20), (Denial(group: .CO, code: "197"), 10),
        (Denial(group: .CO, code: "4", rarc: "N519"), 8), (Denial(group: .CO, code: "11"), 7),
        (Denial(group: .OA, code: "18"), 5), (Denial(group: .CO, code: "109"), 5),
    ]

    private func makeClaim(
        id: ClaimID, source: ClaimSource, story: ClaimStory?, ledger: inout PatientLedger,
        random: inout DemoRandom
    ) -> Claim {
        let age = source.day.days(until: today)
        let patient = practice.patients[source.patient]
        let payerID = patient?.payer ?? PayerID(1)
        let payer = practice.payers[payerID]
        let selfPay = payer?.kind == .selfPay
        let patientAge = patient.map { $0.age(on: source.day) } ?? 40
        let reasons = DemoCatalog.reasons(named: source.reason, type: source.type, age: patientAge)
        let reason = reasons.isEmpty ? nil : random.pick(reasons)
        let (diagnoses, lines) = codes(
            source, reason: reason, age: patientAge, medicare: payer?.kind == .medicare, random: &random)
        var claim = Claim(
            id: id, patient: source.patient, provider: source.provider, payer: payerID,
            appointment: source.appointment, dateOfService: source.day, diagnoses: diagnoses, lines: lines,
            placeOfService: source.type == .telehealth ? "10" : PlaceOfService.office)
        // A self-pay claim is the patient's bill: it stays a draft, never sent to a payer.
        var status = selfPay ? .draft : story?.status ?? randomStatus(age: age, random: &random)
        // A partial payment is some lines paid and the rest pending: it needs two lines.
        if status == .partiallyPaid && lines.count < 2 { status = .paid }
        let needsDenial = status == .denied || status == .appealed || (status == .writtenOff && lines.count < 2)
        let denial =
            story?.denial
            ?? (needsDenial || (status == .writtenOff && random.chance(0.7))
                ? random.weighted(Self.commonDenials) : nil)
        let collected = source.appointment.flatMap { practice.appointments[$0]?.copayCollected } ?? .zero
        playOut(
            &claim, status: status, denial: denial, story: story, copayCollected: collected, ledger: &ledger,
            random: &random)
        if selfPay {
            ledger.selfPay.append(
                PatientLedger.Share(patient: claim.patient, claim: id, amount: claim.billed, on: claim.dateOfService))
        }
        return claim
    }

    /// Diagnoses and service lines: the visit's E/M, the reason's procedures and labs (a vaccine always with
    /// its administration), charges from the practice's fee schedule, and each line pointing at what it treats.
    private func codes(
        _ source: ClaimSource, reason: DemoCatalog.Reason?, age: Int, medicare: Bool, random: inout DemoRandom
    ) -> ([String], [ServiceLine]) {
        // A child's well visit is Z00.129 (Z00.121 with findings), never the adult Z00.00/Z00.01.
        let reasonDiagnoses = (reason?.diagnoses ?? ["Z00.00"]).map {
            age < 18 && $0.hasPrefix("Z00.0") ? ($0 == "Z00.01" ? "Z00.121" : "Z00.129") : $0
        }
        let preventive = reasonDiagnoses.first.map { $0.hasPrefix("Z00.") } ?? false
        var codes: [(String, [String])] = []
        if let visit = DemoCatalog.visitCode(
            source.type, preventive: preventive, age: age, medicare: medicare, random: &random)
        {
            codes.append(visit)
        }
        for extra in reason?.extras ?? [] where source.type == .procedure || random.chance(0.8) {
            if DemoCatalog.vaccines.contains(extra) { codes.append((medicare ? "G0008" : "90471", [])) }
            codes.append((extra, []))
        }
        if codes.isEmpty { codes.append(("99213", [])) }
        // The primary diagnosis, up to two more, and any a line needs (Z23 for the vaccine).
        var diagnoses = Array(reasonDiagnoses.prefix(random.int(1...3)))
        for (code, _) in codes {
            if let needed = DemoCatalog.lineDiagnoses[code]?.first(where: reasonDiagnoses.contains),
                !diagnoses.contains(needed)
            {
                diagnoses.append(needed)
            }
        }
        let schedule = practice.settings.feeSchedule
        let lines = codes.map { code, modifiers in
            let pointer = DemoCatalog.lineDiagnoses[code]?.lazy.compactMap { diagnoses.firstIndex(of: $0) }.first
            // The visit line points at every diagnosis it addressed (at most four); the others at their own.
            let pointers =
                code == codes[0].0 && pointer == nil ? Array(1...min(4, diagnoses.count)) : [(pointer ?? 0) + 1]
            return ServiceLine(
                code: code, modifiers: modifiers, units: 1, charge: schedule.fee(for: code) ?? Cents(10_000),
                pointers: pointers)
        }
        return (diagnoses, lines)
    }

    /// The corrected claim that follows a paid one: a replacement with the right code, or a void of a claim
    /// sent to the wrong payer. It quotes the payer's claim number and waits on the payer.
    private func correction(of original: Claim, id: ClaimID, story: ClaimStory) -> Claim {
        let frequency = story.correction ?? .replacement
        var lines = original.lines
        if frequency == .replacement, let index = lines.firstIndex(where: { $0.code == "99213" }) {
            lines[index].code = "99214"
            lines[index].charge = practice.settings.feeSchedule.fee(for: "99214") ?? lines[index].charge
        }
        let paidOn = original.postings.last?.on ?? original.dateOfService
        let startDay = min(today.adding(days: -3), paidOn.adding(days: 4))
        let steps: [(ClaimStatus, Int, String?)] =
            frequency == .void
            ? [(.ready, 0, "voids \(original.id): \(story.note ?? "sent in error")"), (.submitted, 1, "837P batch")]
            : [
                (.draft, 0, "replaces \(original.id): \(story.note ?? "corrected")"), (.ready, 1, nil),
                (.submitted, 2, "837P batch"), (.accepted, 3, nil),
            ]
        let biller = members(.biller).first?.username ?? "billing"
        var claim = Claim(
            id: id, patient: original.patient, provider: original.provider, payer: original.payer,
            appointment: original.appointment, dateOfService: original.dateOfService,
            diagnoses: original.diagnoses, lines: lines, placeOfService: original.placeOfService,
            frequency: frequency, replaces: original.id, payerClaimNumber: original.payerClaimNumber)
        claim.history = steps.enumerated().map { index, step in
            let actor = step.0 == .accepted ? "clearinghouse" : biller
            return ClaimStamp(
                status: step.0, at: min(instant(startDay.adding(days: step.1), 600 + index * 7), now), actor: actor,
                note: step.2)
        }
        claim.status = steps[steps.count - 1].0
        claim.submittedOn = startDay.adding(days: frequency == .void ? 1 : 2)
        claim.acceptedOn = frequency == .void ? nil : startDay.adding(days: 3)
        claim.followUp = startDay.adding(days: 30)
        return claim
    }

    /// The original once its correction is sent: closed as replaced or voided, its payment kept until the payer
    /// takes it back on a remittance.
    private func closeOriginal(_ original: Claim, by correction: Claim) -> Claim {
        var closed = original
        let at = correction.history.first?.at ?? now
        let last = closed.history.last?.at ?? at
        closed.history.append(
            ClaimStamp(
                status: closed.status, at: max(at, last.addingTimeInterval(60)), actor: correction.history[0].actor,
                note: "\(correction.frequency.label) \(correction.id)"))
        closed.followUp = nil
        return closed
    }
}
