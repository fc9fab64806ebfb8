import ArgumentParser
import CHeapStats
import ClinicDomain
import ClinicStore
import Foundation
import Glibc

/// `clinicdesk bench-cost` (hidden): how many bytes one command leaves allocated while the state before it is still
/// held (as the dashboard holds it), on a store grown to `--events` events. Copying a whole table shows up as
/// megabytes; a persistent structure's path copy as a few KiB. Bytes, not time, so a test can compare a 1k-event
/// and a 100k-event store on a busy machine. Single-threaded process: nothing else allocates meanwhile.
struct CommandCostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-cost",
        abstract: "Bytes retained by one command on a store of N events.",
        shouldDisplay: false
    )

    @Option(help: "Events to grow the store to first.")
    var events = 100_000

    @Option(help: "Commands to measure.")
    var samples = 41

    @Option(help: "Scratch folder (default: a new one under /tmp, removed afterwards).")
    var scratch: String?

    func run() throws {
        let folder = scratch ?? NSTemporaryDirectory() + "clinicdesk-cost-\(getpid())"
        defer { if scratch == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var options = Store.Options()
        options.tail = false
        options.snapshotOnClose = false
        options.snapshotEveryEvents = .max
        options.snapshotInterval = .infinity
        let now = Date(timeIntervalSince1970: 1_795_510_800)
        try Store.create(folder: folder, initial: SyntheticPractice.small(staff: 40))
        let store = try Store.open(folder: folder, options: options)
        defer { store.close() }
        // Grow every table a command can touch: cards, patients, shifts.
        var i = 0
        while store.lastSeq < UInt64(events) {
            let chunk = (0..<min(1_000, events - Int(store.lastSeq))).map { _ -> Command in
                defer { i += 1 }
                return Self.growth(i)
            }
            for result in store.executeBatch(chunk, actor: "bench", now: now) { _ = try result.get() }
        }
        var held: [Practice] = [store.practice]
        var deltas: [Int] = []
        for n in 0..<samples {
            _ = store.refresh()
            let before = clinicdesk_heap_allocated_bytes()
            _ = try store.execute(
                n % 2 == 0
                    ? .moveTask(TaskID(1), to: .waiting, override: true)
                    : .moveTask(TaskID(1), to: .backlog, override: true),
                actor: "bench", now: now)
            held.append(store.practice)
            deltas.append(Int(clinicdesk_heap_allocated_bytes()) - Int(before))
        }
        deltas.sort()
        CLIOutput.out(
            "events \(store.lastSeq) tasks \(store.practice.tasks.count) patients \(store.practice.patients.count) "
                + "median-bytes-per-command \(deltas[deltas.count / 2]) max \(deltas.last ?? 0)")
        withExtendedLifetime(held) {}
    }

    static func growth(_ i: Int) -> Command {
        switch i % 3 {
        case 0: return .addTask(NewTask(title: "Card \(i)", column: .backlog))
        case 1:
            return .addPatient(
                NewPatient(
                    givenName: "Pat", familyName: "Number \(i)",
                    birthDate: LocalDate(year: 1980, month: 1, day: 1 + i % 28),
                    phone: "555-\(1_000_000 + i)", payer: nil, memberID: "", copay: .zero))
        default:
            // One shift per person per day: 40 people × 1,400 days is room for 168k events, every day within the
            // shift window (2 years either side of `now`, 2026-11-24).
            let n = i / 3
            return .addShift(
                StaffID(1 + (n / 1_400) % 40), day: LocalDate(year: 2025, month: 1, day: 1).adding(days: n % 1_400),
                start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 12), role: nil)
        }
    }
}
