import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk bench-export` (hidden): how long `export --format json` spends opening the store and how long in
/// writing the JSON, each timed alone (wall and CPU), with the bytes going nowhere (counted, not stored), and the
/// peak RSS after each step. Run it on a release build:
///   .build/release/clinicdesk bench-export --data DIR [--foundation] [--verify]
struct ExportBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-export",
        abstract: "Time the store open and the JSON export separately.",
        shouldDisplay: false
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Time the old whole-document path (Foundation's JSONEncoder) instead of the streaming writer.")
    var foundation = false

    @Flag(help: "Also encode with Foundation and check the streamed bytes are identical.")
    var verify = false

    @Option(help: "Write the JSON this many times and report the fastest.")
    var runs = 3

    func run() throws {
        var options = Store.Options()
        options.tail = false
        let openStart = DispatchTime.now().uptimeNanoseconds
        let store = try Store.open(folder: data.folder, mode: .readOnly, options: options)
        let practice = store.practice
        store.close()
        let open = seconds(since: openStart)
        let peakAfterOpen = Self.peakRSSMiB()

        var fastest = Double.infinity
        var leastCPU = Double.infinity
        var bytes = 0
        for _ in 0..<max(1, runs) {
            var counted = 0
            let cpuStart = Self.cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            if foundation {
                var json = try DomainCoding.encoder(pretty: true).encode(practice)
                json.append(0x0A)
                counted = json.count
            } else {
                try PracticeJSON.write(practice) { chunk in counted += chunk.count }
            }
            fastest = min(fastest, seconds(since: start))
            leastCPU = min(leastCPU, Self.cpuSeconds() - cpuStart)
            bytes = counted
        }
        let path = foundation ? "JSONEncoder (whole document)" : "PracticeJSON (streaming)"
        CLIOutput.out(
            "open \(ms(open)) (\(practice.appointments.count) appointments, \(practice.claims.count) claims, "
                + "\(practice.patients.count) patients), peak RSS \(peakAfterOpen) MiB")
        CLIOutput.out(
            String(
                format: "%@: %@ (CPU %@) for %.1f MiB, %.0f MiB/s (fastest of %d), peak RSS %d MiB",
                path, ms(fastest), ms(leastCPU), Double(bytes) / 1_048_576,
                Double(bytes) / 1_048_576 / fastest, max(1, runs), Self.peakRSSMiB()))
        if verify { try Self.verify(practice) }
    }

    private static func verify(_ practice: Practice) throws {
        var expected = try DomainCoding.encoder(pretty: true).encode(practice)
        expected.append(0x0A)
        let streamed = try PracticeJSON.bytes(practice)
        if let offset = zip(streamed, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            CLIOutput.out("verify: DIFFERENT from byte \(offset)")
            throw ExitCode(1)
        }
        guard streamed.count == expected.count else {
            CLIOutput.out("verify: DIFFERENT lengths, \(streamed.count) streamed vs \(expected.count) encoded")
            throw ExitCode(1)
        }
        CLIOutput.out("verify: identical to JSONEncoder's pretty output (\(streamed.count) bytes)")
    }

    /// VmHWM from /proc/self/status: the most memory the process has held so far.
    private static func peakRSSMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kib / 1024
    }

    /// This process's CPU time: on a shared machine it says what the work costs, whatever the wall clock did.
    private static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
}
