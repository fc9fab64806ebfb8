import ClinicDomain
import TerminalKit

/// What the board is narrowed to besides the `/` text: an owner, a label, overdue only, "mine". A value, part of
/// the board query's cache key; it becomes the domain's `TaskFilter` with the signed-in login for "mine".
struct TaskBoardFilter: Hashable, Sendable {
    var owner: StaffID?
    var label: String?
    var overdueOnly = false
    var mine = false

    var isEmpty: Bool { self == TaskBoardFilter() }

    func taskFilter(login: String) -> TaskFilter {
        TaskFilter(owner: owner, label: label, overdueOnly: overdueOnly, mineLogin: mine ? login : nil)
    }

    /// The active filters as the pane title shows them ("Ben C. · #billing · overdue · mine").
    func labels(_ practice: Practice) -> [String] {
        var labels: [String] = []
        if let owner { labels.append(Sanitizer.clean(practice.staff[owner]?.displayName ?? owner.description)) }
        if let label { labels.append("#" + Sanitizer.clean(label)) }
        if overdueOnly { labels.append("overdue") }
        if mine { labels.append("mine") }
        return labels
    }
}

extension Practice {
    /// The staff member a login belongs to, for "mine".
    func staffMember(ofLogin login: String) -> StaffID? { accounts[login]?.staff }
}
