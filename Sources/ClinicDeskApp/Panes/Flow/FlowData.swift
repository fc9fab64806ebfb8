import ClinicDomain
import Foundation
import TerminalKit

// The pane reads the day through ClinicDomain's derived views (`flowBoard`, `flowMetrics`, `weekOverview`);
// this file holds only what is particular to the pane: the status groups of the `F` filter, the grid's columns and
// who is away (with what that means for their booked visits).

/// The status groups the `F` filter cycles through.
enum FlowStatusFilter: String, CaseIterable, Sendable {
    case all, upcoming, inClinic = "in clinic", done

    /// The statuses for `flowBoard(statuses:)`; nil = all.
    var statuses: Set<FlowStatus>? {
        switch self {
        case .all: return nil
        case .upcoming: return Set(FlowStatus.allCases.filter(\.isUpcoming))
        case .inClinic: return Set(FlowStatus.allCases.filter(\.isInClinic))
        case .done: return Set(FlowStatus.allCases.filter(\.isFinal))
        }
    }
}

extension FlowRow {
    var id: AppointmentID { appointment.id }
    var status: FlowStatus { appointment.status }
}

extension WaitLevel {
    /// Judges any running clock (a wait, or the time in a waiting status) against the practice's thresholds.
    init(minutes: Int, settings: PracticeSettings) {
        self = minutes >= settings.waitLateMinutes ? .late : minutes >= settings.waitWarnMinutes ? .warn : .ok
    }
}

extension Practice {
    /// Providers who have a column on `day`: a shift, time off, or an appointment that day. ID order.
    func providersWorking(on day: LocalDate) -> [Staff] {
        let booked = Set(appointments(on: day).filter(\.holdsSlot).map(\.provider))
        let shifted = Set(shifts(on: day).map(\.staff))
        return providers.filter {
            booked.contains($0.id) || shifted.contains($0.id) || timeOff(for: $0.id, on: day) != nil
        }
    }

    /// Providers away on `day` (PTO, a sick call, any other approved leave), with the kind. Few providers, so a
    /// scan each; views that draw often ask through `ProvidersAwayQuery`.
    func providersAway(on day: LocalDate) -> [StaffID: TimeOffKind] {
        var away: [StaffID: TimeOffKind] = [:]
        for provider in providers {
            if let off = timeOff(for: provider.id, on: day) { away[provider.id] = off.kind }
        }
        return away
    }
}

extension Appointment {
    /// Not seen yet: booked or waiting. With the provider away, such a visit has to move (or go to a colleague);
    /// one under way or done stays where it is.
    var needsMoveIfAway: Bool { status.isUpcoming || status.isWaiting }
}

extension TimeOffKind {
    /// "sick", "PTO" (vacation), "training", "unpaid": the domain's label.
    var awayLabel: String { label }

    var awaySlot: StyleSlot { self == .sick ? .rosterSick : .rosterPto }
}

/// `34m`, `1h05`: short durations for tight columns.
func flowDuration(_ minutes: Int) -> String {
    minutes < 60 ? "\(minutes)m" : "\(minutes / 60)h" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
}

/// `4%` from a 0…1 rate.
func flowPercent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }
