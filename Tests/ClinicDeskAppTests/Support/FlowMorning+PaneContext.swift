@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TestSupport

extension Fixture.FlowMorning {
    /// A pane context on the flow morning (or `practice`) at the fixture's 10:42, focused, default theme.
    static func context(
        _ practice: Practice? = nil, now: Date? = nil, day: LocalDate? = nil,
        privacy: Bool = false
    ) -> PaneContext {
        PaneContext(
            practice: practice ?? Self.practice(), now: now ?? Fixture.now, day: day ?? Fixture.today,
            theme: .builtInDefault, focused: true, user: "ana", privacy: privacy)
    }
}
