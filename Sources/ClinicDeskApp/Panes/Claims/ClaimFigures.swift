import ClinicDomain

/// The biller's figures for a day: the open-claim queue (with the IDs its selection moves through), A/R by age,
/// the denial rate and how many claims are at risk. Each scans every claim (~38k on the large practice), so they
/// are one derived view, computed once per day and change to the claims (or payers, patients, settings).
struct ClaimFigures: Sendable {
    let queue: [ClaimRow]
    let ids: SelectableIDs<ClaimID>
    let aging: ARAging
    let denialRate: Double?
    /// Claims at or past the denied risk level, for the badge.
    let atRisk: Int
    /// The money at risk over the whole queue, for the title.
    let queueAtRisk: Cents
}

struct ClaimFiguresQuery: DerivedQuery {
    let today: LocalDate

    /// What `claimQueue`, `arAging` and `denialRate` read: appointment, task and staff changes keep the figures.
    struct Inputs: Equatable, Sendable {
        let claims: SameStorage<Table<Claim>>
        let payers: SameStorage<Table<Payer>>
        let patients: SameStorage<Table<Patient>>
        let settings: PracticeSettings
    }

    func inputs(of practice: Practice) -> Inputs {
        Inputs(
            claims: SameStorage(practice.claims), payers: SameStorage(practice.payers),
            patients: SameStorage(practice.patients), settings: practice.settings)
    }

    func answer(from practice: Practice) -> ClaimFigures {
        let queue = practice.claimQueue(today: today)
        return ClaimFigures(
            queue: queue, ids: SelectableIDs(queue.map(\.claim.id)),
            aging: practice.arAging(today: today), denialRate: practice.denialRate(today: today),
            atRisk: queue.reduce(0) { $0 + ($1.risk <= .denied ? 1 : 0) },
            queueAtRisk: queue.reduce(.zero) { $0 + $1.atRisk })
    }
}

extension PaneContext {
    var claimFigures: ClaimFigures { cached(ClaimFiguresQuery(today: today)) }
}
