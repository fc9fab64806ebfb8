#if !FUZZING
    import ClinicDemo
    import ClinicDomain
    import ClinicStore
    import Foundation

    /// The binary seed inputs (journal record payloads, a snapshot body), made from a small practice so libFuzzer
    /// starts from inputs that decode and mutates them from there. Text seeds (commands, themes, keys files) are
    /// kept in the repository as typed.
    enum FuzzSeeds {
        static let commands = [
            "patient add --given Ana --family Ruiz --dob 1980-02-14 --phone 555-0100",
            "task add \"Order nitrile gloves\" --column today --priority high --label supplies",
            "appt book --patient P-1 --provider S-1 --at \"2026-11-24 09:40\" --minutes 20 --type follow-up",
            "appt checkin A-1", "appt room A-1 4", "claim followup C-1 2026-12-01", "staff sick S-3 2026-11-24",
            // Staffing: every new event kind once (staff row, shift row with a break, a punch, a decision).
            "staff add --given Maya --family Chen --role receptionist --hours 32 --vacation-days 15",
            "shift add S-6 2026-11-25 22:00 06:00 --break 02:00+30", "staff in S-9",
            "credential set S-1 licence --expires 2027-06-30 --number 209876 --state NY",
            "shift template S-6 mon-fri 08:00 17:00 --break 12:00+30",
            "pto request S-9 2026-12-07 2026-12-08 --type training", "pto deny R-6 --reason \"short-staffed\"",
        ]

        static func write(into folder: String) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let now = Date(timeIntervalSince1970: 1_795_444_920) // 2026-11-23 15:42 UTC
            let zone = TimeZone(identifier: "America/New_York") ?? .gmt
            var demo = DemoPractice.generate(size: .small, seed: 42, today: FuzzTarget.today, now: now, timeZone: zone)
            var small = Practice(settings: demo.settings)
            var written = 0
            for (index, line) in commands.enumerated() {
                guard let command = try? CommandLanguage.parse(line, today: FuzzTarget.today) else { continue }
                _ = try? small.execute(command, actor: "seed", now: now)
                guard let events = try? demo.execute(command, actor: "seed", now: now) else { continue }
                for (n, event) in events.enumerated() {
                    // The first byte picks the binary decoder (odd) as FuzzTarget.record reads it.
                    let bytes = [UInt8(1)] + CheckedDecoders.payload(of: event)
                    try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/record-\(index)-\(n).bin"))
                    written += 1
                }
            }
            let body = try CheckedDecoders.snapshotBody(of: small)
            try Data(body).write(to: URL(fileURLWithPath: "\(folder)/snapshot-small.bin"))
            print("seeds: \(written) records and one snapshot body (\(body.count) bytes) in \(folder)")
        }
    }
#endif
