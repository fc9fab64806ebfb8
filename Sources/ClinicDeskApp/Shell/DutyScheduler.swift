import ClinicDomain
import Foundation
import Synchronization

/// Puts recurring duties on the board when their day comes: on the loop's tick, whichever terminal notices first
/// sends `task generate`. Several terminals (and `exec` writers) may send it at once; the store validates each
/// against the newest state under its lock, so the first adds the cards and the others are refused ("no duty is
/// due") without writing — which is why their outcome is dropped instead of shown. Looked at once a minute, or
/// when the practice changes, not on every tick.
final class DutyScheduler: Sendable {
    private struct State {
        var inFlight = false
        var lastLook: (minute: Date, seq: UInt64)?
    }

    private let state = Mutex(State())

    func tick(source: PracticeSource, user: String, writable: Bool, now: Date) {
        let practice = source.practice
        guard writable, !practice.settings.duties.isEmpty else { return }
        let minute = DashboardApp.minute(of: now)
        let look = state.withLock { current -> Bool in
            guard !current.inFlight else { return false }
            if let last = current.lastLook, last.minute == minute, last.seq == practice.lastSeq { return false }
            current.lastLook = (minute, practice.lastSeq)
            return true
        }
        guard look, !practice.dutiesDue(now: now).isEmpty else { return }
        state.withLock { $0.inFlight = true }
        source.submit(.generateDuties, actor: user, now: now) { [self] _ in
            state.withLock { $0.inFlight = false }
        }
    }

    /// True while a `task generate` is out (tests wait for it).
    var isBusy: Bool { state.withLock { $0.inFlight } }
}
