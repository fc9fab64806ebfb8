@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit

extension BookingForm {
    /// Feeds keys one after another as the pane would; returns the last outcome.
    mutating func drive(_ keys: [Key], practice: Practice, now: Date) -> Outcome {
        var last = Outcome.editing
        for key in keys { last = handle(key, practice: practice, now: now) }
        return last
    }
}

/// Keys that type `text`, one character each.
func typing(_ text: String) -> [Key] { text.map { .character($0) } }
