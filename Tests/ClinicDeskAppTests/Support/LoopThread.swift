@testable import ClinicDeskApp
import Dispatch
import Foundation

/// Runs `app.run()` on its own thread, as the executable's main thread would, so the test thread can type.
/// Unchecked: the app is touched only by that thread, and `exitCode` is read only after `finished` is signalled.
final class LoopThread: @unchecked Sendable {
    private let app: DashboardApp
    private let finished = DispatchSemaphore(value: 0)
    private(set) var exitCode: Int32?

    init(_ app: DashboardApp) {
        self.app = app
        Thread { [self] in
            exitCode = self.app.run()
            finished.signal()
        }.start()
    }

    /// True once `run()` returned within `limit` seconds.
    func waitForExit(within limit: TimeInterval = 20) -> Bool {
        finished.wait(timeout: .now() + limit) == .success
    }
}
