import ArgumentParser
import CHeapStats
import ClinicDemo
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk bench` (hidden): the store's figures for docs/PERFORMANCE.md, each as median and p99 over repeated
/// runs. Not a test — run it on a release build (`swift build -c release`), with `--scratch /dev/shm/x` to take the
/// disk out of the per-command figures. `--quick` is the CI smoke: the same steps on a small practice, few runs.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure snapshot write/open, replay, per-command cost as the state grows, and append+fsync latency.",
        shouldDisplay: false
    )

    @Option(help: "Journal records for the replay and growth runs.")
    var records = 100_000

    @Option(help: "Appends to time for the fsync latency figures.")
    var appends = 1_000

    @Option(help: "Scratch folder (default: a new one under /tmp, removed afterwards).")
    var scratch: String?

    @Flag(help: "A fast smoke run (small practice, 5,000 records, few repetitions) for CI.")
    var quick = false

    func run() throws {
        let base = scratch ?? NSTemporaryDirectory() + "clinicdesk-bench-\(getpid())"
        defer { if scratch == nil { try? FileManager.default.removeItem(atPath: base) } }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let records = quick ? 5_000 : self.records
        let runs = quick ? 3 : 9
        let now = Date(timeIntervalSince1970: 1_795_510_800)
        var quiet = Store.Options()
        quiet.tail = false
        quiet.snapshotOnClose = false
        quiet.snapshotEveryEvents = .max

        // 1. The practice: generate, snapshot write (encode + fsync + rename), open (read + verify + decode).
        let zone = TimeZone(identifier: "America/New_York") ?? .current
        let size: DemoSize = quick ? .small : .large
        var practice = Practice(settings: PracticeSettings(name: "", timeZoneID: "UTC"))
        let generate = try Sample.time {
            practice = DemoPractice.generate(
                size: size, seed: 1,
                today: LocalDate(year: 2026, month: 11, day: 24),
                now: now, timeZone: zone)
        }
        CLIOutput.out(
            "\(size) practice: \(practice.appointments.count) appointments, \(practice.claims.count) claims, "
                + "\(practice.patients.count) patients, \(practice.tasks.count) tasks; generated in "
                + "\(Sample.ms(generate))"
        )
        var writes = Sample(), opens = Sample()
        var snapshotBytes = 0
        for run in 0..<runs {
            let folder = base + "/snap-\(run)"
            writes.add(try Sample.time { try Store.create(folder: folder, initial: practice) })
            snapshotBytes = Int(
                (try? FileManager.default.attributesOfItem(atPath: folder + "/snapshot-0.snap")[.size] as? Int) ?? 0)
            var store: Store?
            opens.add(try Sample.time { store = try Store.open(folder: folder, mode: .readOnly, options: quiet) })
            store?.close()
            try? FileManager.default.removeItem(atPath: folder)
        }
        CLIOutput.out(
            "snapshot \(String(format: "%.1f", Double(snapshotBytes) / 1_048_576)) MiB; write \(writes); open \(opens)")
        do {
            // Heap held by the loaded state alone (the generated copy is dropped first).
            practice = Practice(settings: practice.settings)
            let folder = base + "/heap"
            try Store.create(
                folder: folder,
                initial: DemoPractice.generate(
                    size: size, seed: 1,
                    today: LocalDate(year: 2026, month: 11, day: 24),
                    now: now, timeZone: zone))
            let before = clinicdesk_heap_allocated_bytes()
            let store = try Store.open(folder: folder, mode: .readOnly, options: quiet)
            let held = Int(clinicdesk_heap_allocated_bytes()) - Int(before)
            CLIOutput.out(
                "heap held by the opened \(size) practice: \(String(format: "%.1f", Double(held) / 1_048_576)) MiB")
            store.close()
        }

        // 2. Replay: a small practice plus `records` journal records, written with group commit.
        let replayFolder = base + "/replay"
        try Store.create(folder: replayFolder, initial: SyntheticPractice.small())
        let writer = try Store.open(folder: replayFolder, options: quiet)
        // Per-command cost while the state grows: single `execute` calls at the start and after `records` events.
        var early = Sample()
        for i in 0..<1_000 {
            early.add(try Sample.time { _ = try writer.execute(Self.growthCommand(i), actor: "bench", now: now) })
        }
        var written = writer.lastSeq
        let fill = try Sample.time {
            while written < UInt64(records) {
                let chunk = min(1_000, Int(UInt64(records) - written))
                let commands = (0..<chunk).map { i in Self.growthCommand(Int(written) + i) }
                for result in writer.executeBatch(commands, actor: "bench", now: now) { _ = try result.get() }
                written = writer.lastSeq
            }
        }
        var late = Sample()
        for i in 0..<1_000 {
            late.add(
                try Sample.time { _ = try writer.execute(Self.growthCommand(records + i), actor: "bench", now: now) })
        }
        let journalSeq = writer.lastSeq
        writer.close()
        CLIOutput.out(
            "one command via Store.execute (validate + append + fdatasync + apply), at ~1k events: \(early); "
                + "at ~\(journalSeq / 1000)k events: \(late)")
        var replays = Sample()
        var replayed = 0
        for _ in 0..<max(3, runs / 3) {
            var store: Store?
            replays.add(
                try Sample.time { store = try Store.open(folder: replayFolder, mode: .readOnly, options: quiet) })
            replayed = store?.recovery.replayedEvents ?? 0
            store?.close()
        }
        let perEvent = replays.median / Double(max(1, replayed)) * 1e6
        CLIOutput.out(
            "replay of \(replayed) journal records (written with group commit in \(Sample.ms(fill))): \(replays); "
                + String(format: "%.2f µs per event", perEvent))

        // 3. Append + fdatasync latency, one command at a time (what a keystroke's command waits for).
        let latencyFolder = base + "/latency"
        try Store.create(folder: latencyFolder, initial: SyntheticPractice.small())
        let store = try Store.open(folder: latencyFolder, options: quiet)
        var latency = Sample()
        for i in 0..<(quick ? 100 : appends) {
            let command = Self.cheapCommand(i)
            latency.add(try Sample.time { _ = try store.execute(command, actor: "bench", now: now) })
        }
        store.close()
        CLIOutput.out("append + fdatasync, one command at a time: \(latency)")
    }

    /// A command whose validation is O(1): alternate one task between two columns.
    static func cheapCommand(_ i: Int) -> Command {
        .moveTask(TaskID(1), to: i % 2 == 0 ? .waiting : .backlog, override: true)
    }

    /// A command that makes the state grow: one more card on the board each time.
    static func growthCommand(_ i: Int) -> Command {
        .addTask(NewTask(title: "Bench card \(i)", column: .backlog))
    }
}

/// Timings of repeated runs, printed as median and p99.
struct Sample: CustomStringConvertible {
    private(set) var values: [Double] = []

    mutating func add(_ seconds: Double) { values.append(seconds) }

    var median: Double { quantile(0.5) }

    func quantile(_ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded(.up)))]
    }

    var description: String { "median \(Sample.ms(median)), p99 \(Sample.ms(quantile(0.99))) (n=\(values.count))" }

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
}

/// A tiny practice with one task, for the replay and latency runs (the large one comes from ClinicDemo).
enum SyntheticPractice {
    static func small(staff: Int = 0) -> Practice {
        var practice = Practice(settings: PracticeSettings(name: "Bench", timeZoneID: "America/New_York"))
        for n in 0..<staff {
            practice.seed(
                staff: Staff(id: StaffID(n + 1), givenName: "Staff", familyName: "Member \(n + 1)", role: .nurse))
        }
        practice.seed(
            task: TaskCard(
                id: TaskID(1), title: "Bench task", column: .backlog, rank: 1,
                createdAt: Date(timeIntervalSince1970: 1_767_225_600)))
        return practice
    }
}
