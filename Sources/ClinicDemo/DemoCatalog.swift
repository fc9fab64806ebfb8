import ClinicDomain

/// Why people come, what gets coded, and what the practice charges. Codes are real-looking CPT/HCPCS and
/// ICD-10-CM (with the dot) so the claim queue and any 837P export read like a real office's.
enum DemoCatalog {
    struct Reason {
        let text: String
        let type: VisitType
        /// ICD-10-CM, primary first.
        let diagnoses: [String]
        /// Procedures and labs billed beyond the E/M visit.
        let extras: [String]
    }

    static let reasons: [Reason] = [
        Reason(
            text: "diabetes follow-up", type: .followUp, diagnoses: ["E11.9", "I10", "E78.5"],
            extras: ["36415", "83036"]),
        Reason(text: "blood pressure check", type: .followUp, diagnoses: ["I10"], extras: []),
        Reason(text: "medication review", type: .followUp, diagnoses: ["I10", "E78.5", "K21.9"], extras: []),
        Reason(text: "lab results", type: .followUp, diagnoses: ["E78.5", "R53.83"], extras: []),
        Reason(text: "thyroid follow-up", type: .followUp, diagnoses: ["E03.9"], extras: ["36415", "84443"]),
        Reason(text: "anxiety follow-up", type: .followUp, diagnoses: ["F41.1"], extras: ["96127"]),
        Reason(text: "depression follow-up", type: .followUp, diagnoses: ["F32.A", "F41.1"], extras: ["96127"]),
        Reason(text: "asthma follow-up", type: .followUp, diagnoses: ["J45.909"], extras: []),
        Reason(text: "knee pain follow-up", type: .followUp, diagnoses: ["M17.11"], extras: []),
        Reason(text: "sore throat", type: .sick, diagnoses: ["J02.9"], extras: ["87880"]),
        Reason(text: "cough and fever", type: .sick, diagnoses: ["J06.9", "R50.9"], extras: []),
        Reason(text: "ear pain", type: .sick, diagnoses: ["H66.90"], extras: []),
        Reason(text: "low back pain", type: .sick, diagnoses: ["M54.50"], extras: []),
        Reason(text: "rash", type: .sick, diagnoses: ["L30.9"], extras: []),
        Reason(text: "UTI symptoms", type: .sick, diagnoses: ["N39.0"], extras: ["81002"]),
        Reason(text: "sinus congestion", type: .sick, diagnoses: ["J01.90"], extras: []),
        Reason(text: "ankle sprain", type: .sick, diagnoses: ["S93.401A"], extras: []),
        Reason(text: "heartburn", type: .sick, diagnoses: ["K21.9"], extras: []),
        Reason(text: "palpitations", type: .sick, diagnoses: ["R00.2"], extras: ["93000"]),
        Reason(
            text: "establish care", type: .newPatient, diagnoses: ["Z00.00", "I10"],
            extras: ["36415", "80053", "85025"]),
        Reason(
            text: "new patient visit", type: .newPatient, diagnoses: ["E11.9", "E66.9"], extras: ["36415", "83036"]),
        Reason(text: "transfer of care", type: .newPatient, diagnoses: ["I10", "E78.5"], extras: ["36415", "80061"]),
        Reason(
            text: "annual physical", type: .physical, diagnoses: ["Z00.00", "Z13.220"],
            extras: ["36415", "80053", "85025", "80061"]),
        Reason(
            text: "annual physical", type: .physical, diagnoses: ["Z00.01", "E78.5"],
            extras: ["36415", "80053", "80061"]),
        Reason(text: "pre-employment physical", type: .physical, diagnoses: ["Z02.1"], extras: []),
        Reason(
            text: "flu shot and physical", type: .physical, diagnoses: ["Z00.00", "Z23"], extras: ["90471", "90686"]),
        Reason(text: "mole check and removal", type: .procedure, diagnoses: ["D22.5"], extras: ["11102"]),
        Reason(text: "ear wax removal", type: .procedure, diagnoses: ["H61.23"], extras: ["69210"]),
        Reason(text: "knee injection", type: .procedure, diagnoses: ["M17.11"], extras: ["20610"]),
        Reason(text: "wart cryotherapy", type: .procedure, diagnoses: ["B07.8"], extras: ["17110"]),
        Reason(text: "ECG", type: .procedure, diagnoses: ["R00.2", "I10"], extras: ["93000"]),
        Reason(text: "telehealth follow-up", type: .telehealth, diagnoses: ["I10"], extras: []),
        Reason(text: "medication refill (video)", type: .telehealth, diagnoses: ["F41.1"], extras: []),
        Reason(text: "lab review (video)", type: .telehealth, diagnoses: ["E11.9", "E78.5"], extras: []),
    ]

    /// Reasons by visit type, for drawing one quickly.
    static let reasonsByType: [VisitType: [Int]] = Dictionary(grouping: reasons.indices, by: { reasons[$0].type })

    static func reason(named text: String, type: VisitType) -> Reason? {
        reasonsByType[type]?.lazy.map { reasons[$0] }.first { $0.text == text }
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

    /// The practice's fee schedule, in cents (what it bills; payers allow less).
    static let fees: [String: Int] = [
        "99212": 9_500, "99213": 14_500, "99214": 21_000, "99215": 29_000,
        "99202": 12_500, "99203": 19_500, "99204": 29_500, "99205": 37_500,
        "99384": 24_500, "99385": 26_000, "99386": 29_000, "99387": 32_000,
        "99392": 21_000, "99393": 21_500, "99394": 22_500, "99395": 23_500, "99396": 25_000, "99397": 26_500,
        "G0438": 25_500, "G0439": 18_500,
        "11102": 16_500, "69210": 8_500, "20610": 14_000, "17110": 12_000, "93000": 6_500,
        "36415": 1_800, "85025": 2_800, "80053": 4_200, "80061": 3_800, "83036": 3_000, "84443": 4_500,
        "81002": 1_200, "87880": 3_200, "90471": 2_800, "90686": 4_200, "96127": 1_500,
    ]

    /// The visit's own E/M code: by type, the patient's age (preventive codes) and payer (Medicare wellness).
    static func visitCode(_ type: VisitType, age: Int, medicare: Bool, random: inout DemoRandom) -> (
        code: String, modifiers: [String]
    )? {
        switch type {
        case .followUp, .sick:
            return (random.weighted([("99213", 58), ("99214", 30), ("99212", 7), ("99215", 5)]), [])
        case .telehealth:
            return (random.weighted([("99213", 70), ("99214", 30)]), ["95"])
        case .newPatient:
            return (random.weighted([("99203", 55), ("99204", 40), ("99202", 5)]), [])
        case .physical:
            if medicare && age >= 65 { return (random.chance(0.85) ? "G0439" : "G0438", []) }
            switch age {
            case ..<12: return ("99393", [])
            case ..<18: return ("99394", [])
            case ..<40: return ("99395", [])
            case ..<65: return ("99396", [])
            default: return ("99397", [])
            }
        case .procedure:
            // A separately identifiable problem visit on the same day carries modifier 25.
            return random.chance(0.35) ? ("99213", ["25"]) : nil
        }
    }
}
