import ArgumentParser
import ClinicDemo
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk bench` (hidden): store figures for docs/PERFORMANCE.md. Not a test — run it on a release build:
///   swift build -c release && .build/release/clinicdesk bench
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure replay, snapshot write/load and append+fsync latency.",
        shouldDisplay: false
    )

    @Option(help: "Journal records to replay.")
    var records = 100_000

    @Option(help: "Appends to time for the latency figures.")
    var appends = 1_000

    @Option(help: "Scratch folder (default: a new one under /tmp, removed afterwards).")
    var scratch: String?

    func run() throws {
        let base = scratch ?? NSTemporaryDirectory() + "clinicdesk-bench-\(getpid())"
        defer { if scratch == nil { try? FileManager.default.removeItem(atPath: base) } }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let now = Date(timeIntervalSince1970: 1_795_510_800)
        var quiet = Store.Options()
        quiet.tail = false
        quiet.snapshotOnClose = false
        quiet.snapshotEveryEvents = .max

        // 1. Snapshot of the large practice: write (encode + fsync + rename) and load (read + verify + decode).
        let zone = TimeZone(identifier: "America/New_York") ?? .current
        let large = DemoPractice.generate(size: .large, seed: 1, today: LocalDate(year: 2026, month: 11, day: 24),
                                          now: now, timeZone: zone)
        var body = Data()
        let encode = try time { body = try DomainCoding.encoder().encode(large) }
        let crc = try time { _ = body.withUnsafeBytes { CRC32C.update(0, $0) } }
        let decode = try time { _ = try DomainCoding.decoder().decode(Practice.self, from: body) }
        print("  where the time goes: JSON encode \(ms(encode)), CRC-32C \(ms(crc)), JSON decode \(ms(decode))")
        let snapFolder = base + "/large"
        let write = try time { try Store.create(folder: snapFolder, initial: large) }
        let size = (try? FileManager.default.attributesOfItem(atPath: snapFolder + "/snapshot-0.snap")[.size] as? Int) ?? 0
        var loaded: Store?
        let load = try time { loaded = try Store.open(folder: snapFolder, mode: .readOnly, options: quiet) }
        loaded?.close()
        print("snapshot of the large practice (\(large.appointments.count) appointments, \(large.claims.count) claims, "
              + "\(large.patients.count) patients): \(size / 1_048_576) MiB, write \(ms(write)), load \(ms(load))")

        // 2. Replay: a small practice plus `records` journal records, written with group commit.
        let replayFolder = base + "/replay"
        try Store.create(folder: replayFolder, initial: SyntheticPractice.small())
        let writer = try Store.open(folder: replayFolder, options: quiet)
        var written = 0
        let fill = try time {
            while written < records {
                let chunk = min(1_000, records - written)
                let commands = (0..<chunk).map { i in Self.cheapCommand(written + i) }
                let results = writer.executeBatch(commands, actor: "bench", now: now)
                if let failure = results.first(where: { if case .failure = $0 { true } else { false } }) {
                    throw ValidationError("bench command failed: \(failure)")
                }
                written += chunk
            }
        }
        let journalSeq = writer.lastSeq
        writer.close()
        var replayed: Store?
        let replay = try time { replayed = try Store.open(folder: replayFolder, mode: .readOnly, options: quiet) }
        print("replay of \(replayed?.recovery.replayedEvents ?? 0) journal records (seq \(journalSeq)): \(ms(replay)) "
              + "(written with group commit in \(ms(fill)))")
        replayed?.close()

        // 3. Append + fdatasync latency, one command at a time (what a keystroke waits for).
        let latencyFolder = base + "/latency"
        try Store.create(folder: latencyFolder, initial: SyntheticPractice.small())
        let store = try Store.open(folder: latencyFolder, options: quiet)
        var samples: [Double] = []
        for i in 0..<appends {
            let command = Self.cheapCommand(i)
            samples.append(try time { _ = try store.execute(command, actor: "bench", now: now) })
        }
        store.close()
        samples.sort()
        let p = { (q: Double) in samples[min(samples.count - 1, Int(Double(samples.count) * q))] }
        print("append + fdatasync, \(appends) commands: p50 \(ms(p(0.5))), p99 \(ms(p(0.99))), max \(ms(samples.last ?? 0))")
    }

    /// A command whose validation is O(1): alternate one task between two columns.
    static func cheapCommand(_ i: Int) -> Command {
        .moveTask(TaskID(1), to: i % 2 == 0 ? .waiting : .backlog, override: true)
    }

    func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

/// A tiny practice with one task, for the replay and latency runs (the large one comes from ClinicDemo).
enum SyntheticPractice {
    static func small() -> Practice {
        var practice = Practice(settings: PracticeSettings(name: "Bench", timeZoneID: "America/New_York"))
        practice.seed(task: TaskCard(id: TaskID(1), title: "Bench task", column: .backlog, rank: 1,
                                              createdAt: Date(timeIntervalSince1970: 1_767_225_600)))
        return practice
    }
}
