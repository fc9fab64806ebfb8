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
        ClaimStory(status: .denied, age: 33, payer: 7, denial: Denial(group: .PR, code: "2")),
        ClaimStory(status: .appealed, age: 100, payer: 1, denial: Denial(group: .CO, code: "50", rarc: "N130")),
        ClaimStory(status: .appealed, age: 135, payer: 4, denial: Denial(group: .CO, code: "197")),
        ClaimStory(status: .writtenOff, age: 140, payer: 4, denial: Denial(group: .CO, code: "97", rarc: "M15")),
        ClaimStory(status: .partiallyPaid, age: 52, payer: 5), ClaimStory(status: .partiallyPaid, age: 128, payer: 3),
        ClaimStory(status: .partiallyPaid, age: 75, payer: 4),
        ClaimStory(status: .paid, age: 60, payer: 3), ClaimStory(status: .accepted, age: 12, payer: 2),
        ClaimStory(status: .submitted, age: 6, payer: 4),
        ClaimStory(status: .rejected, age: 9, payer: 5, note: "missing rendering NPI"),
    ]

    mutating func addClaims() {
        var random = self.random(5)
        var planned: [(source: ClaimSource, story: ClaimStory?)] = []
        let insured = insuredPatients()
        for source in visitsToBill {
            guard let payer = practice.patients[source.patient]?.payer, practice.payers[payer]?.kind != .selfPay else {
                continue
            }
            let age = source.day.days(until: today)
            // The small office keeps ~60 claims: every recent visit's draft would swamp the queue.
            let share = size == .small && age <= 1 ? 0.1 : scale.claimShare
            if random.chance(share) { planned.append((source, nil)) }
        }
        for story in Self.claimStories {
            planned.append(
                (syntheticSource(age: story.age, payer: story.payer, insured: insured, random: &random), story))
        }
        for _ in 0..<scale.syntheticClaims {
            let age = random.int(15...scale.syntheticClaimDays)
            let payer = random.int(1...7)
            planned.append((syntheticSource(age: age, payer: payer, insured: insured, random: &random), nil))
        }
        // Claims are created on the date of service, so IDs follow it.
        let ordered = planned.enumerated().sorted {
            ($0.element.source.day, $0.offset) < ($1.element.source.day, $1.offset)
        }
        for (offset, item) in ordered.enumerated() {
            let claim = makeClaim(
                id: ClaimID(2001 + offset), source: item.element.source, story: item.element.story,
                random: &random)
            practice.seed(claim: claim)
        }
    }

    /// Established, insured patients per payer number, for visits before the schedule's history.
    private func insuredPatients() -> [Int: [PatientID]] {
        var byPayer: [Int: [PatientID]] = [:]
        for id in established.prefix(2_000) {
            if let payer = practice.patients[id]?.payer { byPayer[payer.number, default: []].append(id) }
        }
        return byPayer
    }

    private func syntheticSource(age: Int, payer: Int, insured: [Int: [PatientID]], random: inout DemoRandom)
        -> ClaimSource
    {
        var day = today.adding(days: -age)
        while !isClinicDay(day) { day = day.adding(days: -1) }
        let patients = insured[payer] ?? insured.values.first ?? established
        let reason = DemoCatalog.reasons[random.index(DemoCatalog.reasons.count)]
        return ClaimSource(
            appointment: nil, patient: random.pick(patients), provider: random.pick(providers).id,
            day: day, type: reason.type, reason: reason.text)
    }

    private func randomStatus(age: Int, random: inout DemoRandom) -> ClaimStatus {
        switch age {
        case ..<3: return random.weighted([(.draft, 70), (.ready, 30)])
        case ..<8: return random.weighted([(.ready, 15), (.submitted, 45), (.accepted, 30), (.rejected, 10)])
        case ..<21:
            return random.weighted([
                (.submitted, 20), (.accepted, 35), (.paid, 25), (.partiallyPaid, 8), (.denied, 8), (.rejected, 4),
            ])
        case ..<46:
            return random.weighted([
                (.submitted, 4), (.accepted, 10), (.paid, 55), (.partiallyPaid, 12), (.denied, 13), (.appealed, 6),
            ])
        case ..<91:
            return random.weighted([
                (.accepted, 2), (.paid, 65), (.partiallyPaid, 10), (.denied, 9), (.appealed, 9), (.writtenOff, 5),
            ])
        default:
            return random.weighted([(.paid, 70), (.partiallyPaid, 8), (.denied, 6), (.appealed, 7), (.writtenOff, 9)])
        }
    }

    static let commonDenials: [(Denial, Int)] = [
        (Denial(group: .CO, code: "50", rarc: "N130"), 25), (Denial(group: .CO, code: "97", rarc: "M15"), 20),
        (Denial(group: .CO, code: "16", rarc: "M51"), 20), (Denial(group: .CO, code: "197"), 10),
        (Denial(group: .CO, code: "4", rarc: "N519"), 8), (Denial(group: .CO, code: "11"), 7),
        (Denial(group: .PR, code: "27"), 5), (Denial(group: .CO, code: "18"), 5),
    ]

    private func makeClaim(id: ClaimID, source: ClaimSource, story: ClaimStory?, random: inout DemoRandom) -> Claim {
        let age = source.day.days(until: today)
        let status = story?.status ?? randomStatus(age: age, random: &random)
        let patient = practice.patients[source.patient]
        let payerID = patient?.payer ?? PayerID(1)
        let patientAge = patient.map { $0.age(on: source.day) } ?? 40
        let lines = serviceLines(
            source, age: patientAge,
            medicare: practice.payers[payerID]?.kind == .medicare, random: &random)
        let reason = DemoCatalog.reason(named: source.reason, type: source.type)
        // A child's well visit is coded Z00.129, not the adult Z00.00/Z00.01.
        let diagnoses = Array((reason?.diagnoses ?? ["Z00.00"]).prefix(random.int(1...3)))
            .map { patientAge < 18 && $0.hasPrefix("Z00.0") ? "Z00.129" : $0 }
        var claim = Claim(
            id: id, patient: source.patient, provider: source.provider, payer: payerID,
            appointment: source.appointment, dateOfService: source.day, diagnoses: diagnoses, lines: lines)
        let denial =
            story?.denial
            ?? (status == .denied || status == .appealed || (status == .writtenOff && random.chance(0.7))
                ? random.weighted(Self.commonDenials) : nil)
        playOut(&claim, status: status, denial: denial, story: story, random: &random)
        return claim
    }

    private func serviceLines(_ source: ClaimSource, age: Int, medicare: Bool, random: inout DemoRandom)
        -> [ServiceLine]
    {
        var codes: [(String, [String])] = []
        if let visit = DemoCatalog.visitCode(source.type, age: age, medicare: medicare, random: &random) {
            codes.append(visit)
        }
        let reason = DemoCatalog.reason(named: source.reason, type: source.type)
        for extra in reason?.extras ?? [] where source.type == .procedure || random.chance(0.8) {
            codes.append((extra, []))
        }
        if codes.isEmpty { codes.append(("99213", [])) }
        return codes.map { code, modifiers in
            ServiceLine(code: code, modifiers: modifiers, units: 1, charge: Cents(DemoCatalog.fees[code] ?? 10_000))
        }
    }
}
