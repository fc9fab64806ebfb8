@testable import ClinicDeskApp
import TestSupport
import ClinicDomain
import ClinicStore
import Foundation
import Synchronization
import Testing
import TerminalKit

/// The real store behind the dashboard: submits run on its serial I/O queue, so commands sent back to back are
/// made durable and answered in the order they were sent, and the new state is published before the answer.
@Suite struct StoreWriteTests {
    /// A store on a fresh folder holding the fixture practice; the folder goes when the test ends.
    final class OpenStore {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("clinicdesk-writes-\(UUID().uuidString)").path
        let store: Store

        init() throws {
            try Store.create(folder: folder, initial: Fixture.busyDesk())
            var options = Store.Options()
            options.tail = false
            store = try Store.open(folder: folder, options: options)
        }

        deinit {
            store.close()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    let appointment = AppointmentID(5) // confirmed, not yet arrived

    @Test func twoSubmitsInARowAreAppliedAndAnsweredInOrder() throws {
        let opened = try OpenStore()
        let source = StorePracticeSource(store: opened.store)
        let answers = Mutex<[(WriteOutcome, Bool)]>([])
        let done = DispatchSemaphore(value: 0)
        let store = opened.store
        let id = appointment
        // Rooming needs the patient checked in: had the queue run them the other way round, it would refuse.
        for command in [Command.checkIn(id), .room(id, room: "4")] {
            source.submit(command, actor: "ana", now: Fixture.now) { outcome in
                // Each answer comes after the state that includes it was published.
                let roomed = store.practice.appointments[id]?.room == "4"
                answers.withLock { $0.append((outcome, roomed)) }
                done.signal()
            }
        }
        for _ in 0..<2 { #expect(done.wait(timeout: .now() + 10) == .success) }
        let got = answers.withLock { $0 }
        #expect(got.map(\.0) == [.saved(receipt: "ok \(store.lastSeq - 1)"), .saved(receipt: "ok \(store.lastSeq)")])
        #expect(got.map(\.1) == [false, true])
        #expect(source.practice.appointments[id]?.status == .roomed)
    }

    @Test func theDashboardOnAStoreShowsBothReceiptsInOrderAndQuitsOnlyWhenTheyAreDurable() throws {
        let opened = try OpenStore()
        let keys = ":appt checkin A-5\n:appt room A-5 4\n"
            .map { TerminalEvent.key($0 == "\n" ? .enter : .character($0)) }
        // The script ends in a hang-up while both writes may still be out: `run` waits for them.
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), events: keys)
        let app = DashboardApp(
            terminal: terminal, source: StorePracticeSource(store: opened.store), user: "ana",
            now: { Fixture.now })
        #expect(app.run() == 0)
        #expect(app.closingNotes.isEmpty)
        #expect(app.statusMessage?.hasSuffix("· room A-5 in 4") == true)

        opened.store.close()
        let reopened = try Store.open(folder: opened.folder, mode: .readOnly)
        defer { reopened.close() }
        #expect(reopened.practice.appointments[appointment]?.room == "4")
    }
}
