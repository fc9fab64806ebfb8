/// How the billing team works an adjustment: which queue a denied line goes to. A PR group is the patient's share
/// whatever the code; for CO, OA and PI the code decides, from the table below; a code not in it is a write-off.
public enum DenialRoute: String, Sendable, Equatable, CaseIterable {
    /// The patient owes it (any PR code): bill the patient; not a denial at all.
    case patientResponsibility
    /// A coding or information problem: fix the claim (code, modifier, ID, attachment) and send it again.
    case correctAndResubmit
    /// The payer's judgement (necessity, authorization, frequency): ask for reconsideration with documentation.
    case appeal
    /// An expected adjustment under the contract or the law (CO-45, sequestration): post it, nothing to work.
    case contractual
    /// Another payer owes it (primary elsewhere, workers' comp, hospice): bill that payer.
    case otherPayer
    /// The payer has not decided yet (133): follow up; writing it off would lose money still coming.
    case awaitPayer
    /// Nothing else applies (non-covered, benefit exhausted, duplicate): write the balance off.
    case writeOff

    public init(group: AdjustmentGroup, code: String) {
        if group == .PR {
            self = .patientResponsibility
        } else {
            self = Self.byCode[code] ?? .writeOff
        }
    }

    public init(_ denial: Denial) { self.init(group: denial.group, code: denial.code) }

    /// Counts toward the denial rate: the payer refused to pay and someone must act (or write it off).
    public var countsAsDenial: Bool {
        switch self {
        case .correctAndResubmit, .appeal, .otherPayer, .writeOff: return true
        case .patientResponsibility, .contractual, .awaitPayer: return false
        }
    }

    /// The route for a CO, OA or PI code. One line per choice; the codes are in CARC.descriptions.
    static let byCode: [String: DenialRoute] = {
        var table: [String: DenialRoute] = [:]
        func route(_ route: DenialRoute, _ codes: String...) { for code in codes { table[code] = route } }
        // Deductible family and payment sent to the patient: collected from the patient whatever the group says.
        route(.patientResponsibility, "1", "2", "3", "66", "100", "142", "187", "201", "247", "248")
        // Claim data the payer could not match or accept: modifier, place of service, age/sex edits, dates.
        route(.correctAndResubmit, "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "58")
        // Missing or invalid information: authorization number, member ID, NPI, codes invalid on the date.
        route(.correctAndResubmit, "15", "16", "31", "125", "129", "140", "146", "181", "182", "189", "199")
        route(.correctAndResubmit, "206", "207", "208", "284", "288", "B23")
        // Documentation the payer asked for or needs: send it with the claim.
        route(.correctAndResubmit, "107", "163", "226", "227", "250", "251", "252")
        // Bundling edits: resubmit with the modifier (25, 59, XU…) that shows the service was separate.
        route(.correctAndResubmit, "97", "231", "234", "236", "B15", "B16")
        // Provider enrollment or eligibility: fix the rendering/referring provider or the enrollment, then resubmit.
        route(.correctAndResubmit, "183", "184", "185", "B7")
        // Medical necessity, experimental, coverage criteria: appeal with the notes.
        route(.appeal, "40", "50", "51", "54", "55", "56", "150", "151", "152", "167", "222", "272", "273")
        // Authorization denied, missing or exceeded: appeal with the retro-authorization or the reason for urgency.
        route(.appeal, "39", "197", "198", "243", "287")
        // Timely filing: appealable only with proof the claim was sent in time (clearinghouse acceptance report).
        route(.appeal, "29")
        // A bare "denied": the remark code says why; a reconsideration is how to find out.
        route(.appeal, "A1")
        // Contract and law: the discount, withholds, incentives, multiple-procedure and specialty reductions.
        route(.contractual, "24", "45", "59", "94", "104", "131", "144", "172", "186", "225", "237", "253", "256")
        route(.contractual, "B4", "B22")
        // Another payer: primary elsewhere, prior payer's share, liability carriers, hospice, coverage elsewhere.
        route(.otherPayer, "19", "20", "21", "22", "23", "109", "209", "B9", "B11")
        // Coverage not in force on the date of service: find the coverage that was, else the patient's plan changed.
        route(.otherPayer, "26", "27", "32", "33", "177", "200")
        // Pending review: not decided yet.
        route(.awaitPayer, "133")
        return table
    }()
}
