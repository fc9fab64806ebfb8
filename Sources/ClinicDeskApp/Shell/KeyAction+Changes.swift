/// Which keys ask to change the practice, so a read-only terminal can refuse them before a form or question
/// opens, and grey them in the hints.
extension KeyAction {
    /// A pane's verb that changes something (arrive, book, pay …), as opposed to moving, switching view or
    /// filtering.
    var changesPractice: Bool {
        guard case .pane = scope else { return false }
        return !Self.viewingActions.contains(self)
    }

    /// The pane keys that only change what is shown.
    static let viewingActions: Set<KeyAction> = [
        .flowView, .flowWeek, .flowProviderFilter, .flowStatusFilter,
        .claimStatusFilter, .claimPayerFilter, .claimAgingFilter, .claimProviderFilter, .claimMine, .claimUnbilled,
        .claimClearFilters, .taskFilter, .taskMine,
        .rosterWeek, .rosterCredentials, .rosterImpact, .rosterPreviousWeek, .rosterNextWeek,
    ]
}
