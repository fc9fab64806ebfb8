import ClinicDomain
import Foundation
import TerminalKit

/// What the biller narrowed the queue to: any mix of a status, a payer, an aging bucket, a provider and "mine".
/// A value, part of the queue's cache key, so each filter's rows are computed once per practice state and day.
struct ClaimFilter: Hashable, Sendable {
    var status: ClaimStatus?
    var payer: PayerID?
    var aging: AgingBucket?
    var provider: StaffID?
    /// "Mine": the user whose claims to keep (see `worker(of:)`), nil when off.
    var mine: String?
    /// The `/` filter: rows whose visible text (ID, patient as shown, payer, status, reason) holds it.
    var text = TextMatch("")
    /// The privacy mask: names are matched as initials, as they are shown.
    var privacy = false

    var isEmpty: Bool { self == ClaimFilter(privacy: privacy) }

    func matches(_ row: ClaimRow) -> Bool {
        let claim = row.claim
        if let status, claim.status != status { return false }
        if let payer, claim.payer != payer { return false }
        if let aging, AgingBucket(ageInDays: row.ageDays) != aging { return false }
        if let provider, claim.provider != provider { return false }
        if let mine, Self.worker(of: claim)?.caseInsensitiveCompare(mine) != .orderedSame { return false }
        return true
    }

    /// Who owns a claim's next step: the last person who moved it or wrote on it. The domain keeps no follow-up
    /// owner, so the worklist convention stands in for one — whoever last touched a claim works it until someone
    /// else does. The clearinghouse's acknowledgements and the unsigned first stamp of a replacement or void are
    /// not anyone's work, so they do not take a claim away from its biller.
    static func worker(of claim: Claim) -> String? {
        claim.history.last { !$0.actor.isEmpty && !Self.automaticActors.contains($0.actor.lowercased()) }?.actor
    }

    /// Actors that are systems, not people (the demo's and the ERA import's).
    static let automaticActors: Set<String> = ["clearinghouse", "era", "system"]

    /// The active filters as the pane title shows them, most telling first.
    func labels(_ practice: Practice) -> [String] {
        var labels: [String] = []
        if let status { labels.append(status.label) }
        if let payer { labels.append(Sanitizer.clean(practice.payers[payer]?.name ?? payer.description)) }
        if let aging { labels.append(aging.label + " days") }
        if let provider {
            labels.append(Sanitizer.clean(practice.staff[provider]?.displayName ?? provider.description))
        }
        if mine != nil { labels.append("mine") }
        return labels
    }
}

/// The queue after a filter, with the IDs its selection moves through. Only asked for with a filter on: the
/// unfiltered queue is `ClaimFigures`'.
struct FilteredClaimQueue: Sendable {
    let rows: [ClaimRow]
    let ids: SelectableIDs<ClaimID>
    /// The money at risk over the rows shown, for the title.
    let atRisk: Cents
}

struct FilteredClaimQueueQuery: DerivedQuery {
    let today: LocalDate
    let filter: ClaimFilter

    func inputs(of practice: Practice) -> ClaimFiguresQuery.Inputs {
        ClaimFiguresQuery(today: today).inputs(of: practice)
    }

    func answer(from practice: Practice) -> FilteredClaimQueue {
        let text = filter.text
        let rows = practice.claimQueue(today: today).filter {
            filter.matches($0)
                && (text.isEmpty
                    || text.matches(
                        ClaimText.searchFields($0, practice: practice, privacy: filter.privacy, today: today)))
        }
        return FilteredClaimQueue(
            rows: rows, ids: SelectableIDs(rows.map(\.claim.id)), atRisk: rows.reduce(.zero) { $0 + $1.atRisk })
    }
}

/// Checked-out visits nobody has billed, oldest first, optionally one provider's. Reads appointments and claims.
struct UnbilledVisitsQuery: DerivedQuery {
    let today: LocalDate
    let provider: StaffID?
    var text = TextMatch("")
    var privacy = false

    func inputs(of practice: Practice) -> BillingTables { BillingTables(practice) }

    struct Answer: Sendable {
        let visits: [UnbilledVisit]
        let ids: SelectableIDs<AppointmentID>
    }

    func answer(from practice: Practice) -> Answer {
        let visits = practice.unbilledVisits(today: today).filter { visit in
            guard provider == nil || visit.provider == provider else { return false }
            guard !text.isEmpty else { return true }
            let patient = practice.patients[visit.patient].map { privacy ? $0.initials : $0.shortName }
            let provider = practice.staff[visit.provider]?.displayName ?? visit.provider.description
            return text.matches([visit.appointment.description, patient ?? "", provider])
        }
        return Answer(visits: visits, ids: SelectableIDs(visits.map(\.appointment)))
    }
}

/// The header's figures: one pass over claims, visits and payments, once per practice state and day.
struct BillingMetricsQuery: DerivedQuery {
    let today: LocalDate

    func inputs(of practice: Practice) -> BillingTables { BillingTables(practice) }

    func answer(from practice: Practice) -> BillingMetrics { practice.billingMetrics(today: today) }
}

extension PaneContext {
    var billingMetrics: BillingMetrics { cached(BillingMetricsQuery(today: today)) }
}

/// What the billing views read — claims, payers, visits (copays, checkouts), patients' payments, settings — so a
/// task, staff or roster change keeps their answers.
struct BillingTables: Equatable, Sendable {
    let claims: SameStorage<Table<Claim>>
    let payers: SameStorage<Table<Payer>>
    let appointments: SameStorage<Table<Appointment>>
    let payments: SameStorage<Table<PatientPayment>>
    let settings: PracticeSettings

    init(_ practice: Practice) {
        claims = SameStorage(practice.claims); payers = SameStorage(practice.payers)
        appointments = SameStorage(practice.appointments); payments = SameStorage(practice.payments)
        settings = practice.settings
    }
}
