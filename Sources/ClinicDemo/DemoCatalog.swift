import ClinicDomain

/// Why people come, what gets coded, and what the practice charges. Codes are real-looking CPT/HCPCS and
/// ICD-10-CM (with the dot) so the claim queue and any 837P export read like a real office's.
enum DemoCatalog {
    struct Reason {
        let text: String
        let type: VisitType
        /// ICD-10-CM, primary first.
        let diagnoses: [String]
        /// Procedures and labs billed beyond the E/M visit (a vaccine's administration code is added by payer).
        let extras: [String]
        /// Who comes for it, in years: no knee osteoarthritis at 12, no blood-pressure check for a toddler.
        var ages: ClosedRange<Int> = 0...120
    }

    static let adults = 18...120

    static let reasons: [Reason] = [
        Reason(
            text: "diabetes follow-up", type: .followUp, diagnoses: ["E11.9", "I10", "E78.5"],
            extras: ["36415", "83036"], ages: adults),
        Reason(text: "blood pressure check", type: .followUp, diagnoses: ["I10"], extras: [], ages: adults),
        Reason(
            text: "medication review", type: .followUp, diagnoses: ["I10", "E78.5", "K21.9"], extras: [],
            ages: adults),
        Reason(text: "lab results", type: .followUp, diagnoses: ["E78.5", "R53.83"], extras: [], ages: adults),
        Reason(
            text: "thyroid follow-up", type: .followUp, diagnoses: ["E03.9"], extras: ["36415", "84443"],
            ages: adults),
        Reason(text: "anxiety follow-up", type: .followUp, diagnoses: ["F41.1"], extras: ["96127"], ages: 12...120),
        Reason(
            text: "depression follow-up", type: .followUp, diagnoses: ["F32.A", "F41.1"], extras: ["96127"],
            ages: 12...120),
        Reason(text: "asthma follow-up", type: .followUp, diagnoses: ["J45.909"], extras: [], ages: 2...120),
        Reason(text: "ear infection follow-up", type: .followUp, diagnoses: ["H66.90"], extras: [], ages: 0...17),
        // Osteoarthritis of the knee is a diagnosis of middle age on; younger knees are coded as pain.
        Reason(text: "knee pain follow-up", type: .followUp, diagnoses: ["M17.11"], extras: [], ages: 40...120),
        Reason(text: "knee pain follow-up", type: .followUp, diagnoses: ["M25.561"], extras: [], ages: 12...39),
        Reason(text: "sore throat", type: .sick, diagnoses: ["J02.9"], extras: ["87880"], ages: 3...120),
        Reason(text: "cough and fever", type: .sick, diagnoses: ["J06.9", "R50.9"], extras: []),
        Reason(text: "ear pain", type: .sick, diagnoses: ["H66.90"], extras: []),
        Reason(text: "low back pain", type: .sick, diagnoses: ["M54.50"], extras: [], ages: 12...120),
        Reason(text: "rash", type: .sick, diagnoses: ["L30.9"], extras: []),
        Reason(text: "UTI symptoms", type: .sick, diagnoses: ["N39.0"], extras: ["81002"], ages: 5...120),
        Reason(text: "sinus congestion", type: .sick, diagnoses: ["J01.90"], extras: [], ages: 5...120),
        Reason(text: "ankle sprain", type: .sick, diagnoses: ["S93.401A"], extras: [], ages: 5...120),
        Reason(text: "heartburn", type: .sick, diagnoses: ["K21.9"], extras: [], ages: adults),
        Reason(text: "palpitations", type: .sick, diagnoses: ["R00.2"], extras: ["93000"], ages: adults),
        // A new patient's first physical is a new-patient preventive visit (9938x), findings coded after Z00.01.
        Reason(
            text: "establish care", type: .newPatient, diagnoses: ["Z00.01", "I10"],
            extras: ["36415", "80053", "85025"], ages: adults),
        Reason(text: "establish care", type: .newPatient, diagnoses: ["Z00.129"], extras: [], ages: 0...17),
        Reason(
            text: "new patient visit", type: .newPatient, diagnoses: ["E11.9", "E66.9"], extras: ["36415", "83036"],
            ages: adults),
        Reason(
            text: "transfer of care", type: .newPatient, diagnoses: ["I10", "E78.5"], extras: ["36415", "80061"],
            ages: adults),
        Reason(text: "transfer of care", type: .newPatient, diagnoses: ["J45.909"], extras: [], ages: 2...17),
        Reason(
            text: "annual physical", type: .physical, diagnoses: ["Z00.00", "Z13.220"],
            extras: ["36415", "80053", "85025", "80061"], ages: adults),
        Reason(
            text: "annual physical", type: .physical, diagnoses: ["Z00.01", "E78.5"],
            extras: ["36415", "80053", "80061"], ages: adults),
        Reason(text: "well-child visit", type: .physical, diagnoses: ["Z00.129"], extras: [], ages: 0...17),
        Reason(text: "pre-employment physical", type: .physical, diagnoses: ["Z02.1"], extras: [], ages: adults),
        // The vaccine product is always billed with its administration (90471, or G0008 for Medicare).
        Reason(
            text: "flu shot and physical", type: .physical, diagnoses: ["Z00.00", "Z23"], extras: ["90686"],
            ages: 3...120),
        Reason(
            text: "mole check and removal", type: .procedure, diagnoses: ["D22.5"], extras: ["11102"],
            ages: 12...120),
        Reason(text: "ear wax removal", type: .procedure, diagnoses: ["H61.23"], extras: ["69210"]),
        Reason(text: "knee injection", type: .procedure, diagnoses: ["M17.11"], extras: ["20610"], ages: 40...120),
        Reason(text: "wart cryotherapy", type: .procedure, diagnoses: ["B07.8"], extras: ["17110"], ages: 5...120),
        Reason(text: "ECG", type: .procedure, diagnoses: ["R00.2", "I10"], extras: ["93000"], ages: adults),
        Reason(text: "telehealth follow-up", type: .telehealth, diagnoses: ["I10"], extras: [], ages: adults),
        Reason(
            text: "medication refill (video)", type: .telehealth, diagnoses: ["F41.1"], extras: [], ages: 12...120),
        Reason(
            text: "lab review (video)", type: .telehealth, diagnoses: ["E11.9", "E78.5"], extras: [], ages: adults),
        Reason(text: "rash check (video)", type: .telehealth, diagnoses: ["L30.9"], extras: [], ages: 0...17),
    ]

    /// Reasons by visit type, for drawing one quickly.
    static let reasonsByType: [VisitType: [Int]] = Dictionary(grouping: reasons.indices, by: { reasons[$0].type })

    /// Reasons by visit type and age in years (0...120, older ages clamp), so booking a visit stays one pick.
    private static let reasonsByTypeAndAge: [VisitType: [[Int]]] = reasonsByType.mapValues { indices in
        (0...120).map { age in
            let fitting = indices.filter { reasons[$0].ages.contains(age) }
            return fitting.isEmpty ? indices : fitting
        }
    }

    /// The reasons a patient of `age` books a visit of `type` for (all of the type's, if none fits).
    static func reasons(for type: VisitType, age: Int) -> [Int] {
        reasonsByTypeAndAge[type]?[min(120, max(0, age))] ?? [0]
    }

    /// The catalog entries behind a booked reason that fit the patient's age (a text may have variants, like
    /// the two annual physicals, or differ by age band, like "establish care").
    static func reasons(named text: String, type: VisitType, age: Int) -> [Reason] {
        let fitting = reasons(for: type, age: age).map { reasons[$0] }.filter { $0.text == text }
        if !fitting.isEmpty { return fitting }
        return (reasonsByType[type] ?? []).map { reasons[$0] }.filter { $0.text == text }
    }

    /// Visit types as booked in a family practice, weighted; minutes per type drawn from 15/20/30/40.
    static let typeWeights: [(VisitType, Int)] = [
        (.followUp, 40), (.sick, 20), (.physical, 13), (.newPatient, 7), (.procedure, 8), (.telehealth, 12),
    ]

    static func minutes(for type: VisitType, random: inout DemoRandom) -> Int {
        switch type {
        case .followUp, .sick: return random.chance(0.5) ? 15 : 20
        case .telehealth: return 20
        case .procedure: return 30
        case .newPatient, .physical: return 40
        }
    }

    static let cancelReasons = [
        "patient called — feeling better", "work conflict", "no transportation", "rescheduled by patient",
        "childcare", "weather", "insurance changed", "family emergency",
    ]

    /// Codes the demo bills beyond `FeeSchedule.standard`, in cents. The demo practice's fee schedule is the
    /// standard one plus these, so charge capture in the app bills the same fees the demo's claims carry.
    static let extraFees: [String: Int] = [
        "99381": 15_500, "99382": 16_500, "99383": 16_500, "99384": 18_500,
        "11102": 16_500, "69210": 8_500, "84443": 4_500, "80061": 3_800,
    ]

    static let feeSchedule: FeeSchedule = {
        var schedule = FeeSchedule.standard
        for (code, cents) in extraFees where schedule.fees[code] == nil { schedule.fees[code] = Cents(cents) }
        return schedule
    }()

    /// Vaccine products: billed only with an administration code on the same claim.
    static let vaccines: Set<String> = ["90686", "90715", "90750", "Q2035"]

    /// The diagnoses a line treats, best first: its pointer goes to the first the claim carries (else the
    /// primary). The vaccine and its administration point at Z23, the lipid panel at the lipid finding.
    static let lineDiagnoses: [String: [String]] = [
        "90686": ["Z23"], "90471": ["Z23"], "G0008": ["Z23"], "80061": ["E78.5", "Z13.220"],
        "83036": ["E11.9"], "84443": ["E03.9"], "96127": ["F41.1", "F32.A"], "93000": ["R00.2"],
        "87880": ["J02.9"], "81002": ["N39.0"], "20610": ["M17.11"],
    ]

    /// The preventive visit by age band (CPT): 99381–99387 for a new patient, 99391–99397 for an established
    /// one — under 1, 1–4, 5–11, 12–17, 18–39, 40–64, 65 and over.
    static func preventiveCode(age: Int, newPatient: Bool) -> String {
        let band: Int
        switch age {
        case ..<1: band = 1
        case ..<5: band = 2
        case ..<12: band = 3
        case ..<18: band = 4
        case ..<40: band = 5
        case ..<65: band = 6
        default: band = 7
        }
        return (newPatient ? "9938" : "9939") + String(band)
    }

    /// The visit's own E/M code: by type, the patient's age (preventive codes) and payer (Medicare pays its
    /// annual wellness visit, G0438 the first and G0439 after, not the CPT preventive codes).
    static func visitCode(
        _ type: VisitType, preventive: Bool, age: Int, medicare: Bool, random: inout DemoRandom
    ) -> (code: String, modifiers: [String])? {
        switch type {
        case .newPatient where preventive:
            return (medicare ? "G0438" : preventiveCode(age: age, newPatient: true), [])
        case .physical:
            if medicare { return (random.chance(0.85) ? "G0439" : "G0438", []) }
            return (preventiveCode(age: age, newPatient: false), [])
        case .followUp, .sick:
            return (random.weighted([("99213", 58), ("99214", 30), ("99212", 7), ("99215", 5)]), [])
        case .telehealth:
            return (random.weighted([("99213", 70), ("99214", 30)]), ["95"])
        case .newPatient:
            return (random.weighted([("99203", 55), ("99204", 40), ("99202", 5)]), [])
        case .procedure:
            // A separately identifiable problem visit on the same day carries modifier 25.
            return random.chance(0.35) ? ("99213", ["25"]) : nil
        }
    }
}
