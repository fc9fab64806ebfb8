import Foundation
import Testing
import TestSupport

/// Staffing through `clinicdesk exec` on the small demo practice (seed 42, Monday 23 Nov 2026 in New York), one
/// process per moment, each with its own `--now`: a new MA added, templated, credentialed, scheduled and clocked
/// through a day; leave requested, approved and denied; a coverage rule added — then the `export --format json`
/// that follows. Refusals print `error: line N: …` on stderr, exit 1, and change nothing.
@Suite("Staff through exec")
struct StaffCLITests {
    typealias JSON = [String: Any]

    /// Runs `lines` at `time` (New York, the demo's Monday unless `day` says otherwise) as carla, the manager.
    static func exec(_ folder: Folder, at time: String, day: String = "2026-11-23", _ lines: [String]) throws
        -> CLI.Result
    {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        let instant = String(format: "%@T%02d:%02d:00Z", day, (parts.first ?? 0) + 5, parts.last ?? 0)
        return try CLI.run(
            ["exec", "--data", folder.path, "--user", "carla", "--now", instant],
            stdin: lines.joined(separator: "\n") + "\n")
    }

    /// The same, every command expected to succeed; returns the `ok` lines.
    @discardableResult
    static func run(_ folder: Folder, at time: String, _ lines: [String]) throws -> [String] {
        let result = try exec(folder, at: time, lines)
        #expect(result.status == 0, "exec at \(time) failed: \(result.err)")
        #expect(result.lines.count == lines.count && result.lines.allSatisfy { $0.hasPrefix("ok ") }, "\(result.out)")
        return result.lines
    }

    static func raw(_ folder: Folder) throws -> String {
        let result = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        try #require(result.status == 0, "export failed: \(result.err)")
        return result.out
    }

    @Test("a new MA through a day, leave decided, a rule added: all in the export")
    func newMember() throws {
        let folder = Folder("staff-exec")
        try DemoClinic.create(in: folder)
        let before = try FlowExecTests.export(folder)
        let staffBefore = FlowExecTests.rows(before, "staff").count

        let added = try Self.run(
            folder, at: "10:45", ["staff add --given Rosa --family Díaz --role ma --hours 32 --vacation-days 15"])
        let id = try #require(added.first?.split(separator: " ").last.map(String.init))
        #expect(id == "S-\(staffBefore + 1)")
        // The provider's pending request over booked visits (the demo's): denied with a reason.
        let providers = Set(
            FlowExecTests.rows(before, "staff").filter { ($0["npi"] as? String) != nil }.compactMap {
                $0["id"] as? String
            })
        let providerRequest = try #require(
            FlowExecTests.rows(before, "timeOff").first {
                $0["status"] as? String == "requested" && providers.contains($0["staff"] as? String ?? "")
            })
        let requestID = try #require(providerRequest["id"] as? String)
        try Self.run(
            folder, at: "10:46",
            [
                "shift template \(id) mon-thu 08:00 16:30 --break 12:00+30",
                "shift except \(id) 2026-12-03",
                "credential set \(id) bls --expires 2027-03-31",
                "credential set \(id) hipaa --expires 2026-12-15",
                "credential renew \(id) hipaa --expires 2027-12-15",
                "shift add \(id) 2026-11-23 11:00 16:30 --break 13:00+30",
                "shift fill 2026-11-30 --staff \(id)",
                "pto request \(id) 2026-12-07 2026-12-08 --type training --note \"CMA exam review course\"",
                "pto deny \(requestID) --reason \"two providers are already off that Thursday\"",
                "coverage booked \"float MA\" --roles ma --from 09:00 --to 15:00 --visits any --min 1",
            ])
        let requested = try FlowExecTests.export(folder)
        let training = try #require(
            FlowExecTests.rows(requested, "timeOff").first { $0["staff"] as? String == id }?["id"] as? String)
        try Self.run(folder, at: "10:50", ["pto approve \(training)"])
        try Self.run(folder, at: "11:02", ["staff in \(id)"])
        try Self.run(folder, at: "13:01", ["staff break \(id)"])
        try Self.run(folder, at: "13:29", ["staff back \(id)"])
        try Self.run(folder, at: "16:32", ["staff out \(id)"])

        let after = try FlowExecTests.export(folder)
        let rosa = try #require(FlowExecTests.rows(after, "staff").first { $0["id"] as? String == id })
        #expect(rosa["givenName"] as? String == "Rosa" && rosa["familyName"] as? String == "Díaz")
        #expect(rosa["role"] as? String == "medical-assistant" && rosa["active"] as? Bool == true)
        #expect(rosa["weeklyHours"] as? Int == 32 && rosa["vacationDaysPerYear"] as? Int == 15)
        let template = try #require(rosa["template"] as? [JSON])
        #expect(template.compactMap { $0["weekday"] as? Int } == [1, 2, 3, 4])
        #expect(
            template.allSatisfy {
                $0["start"] as? String == "08:00" && $0["end"] as? String == "16:30"
                    && $0["breakStart"] as? String == "12:00" && $0["breakMinutes"] as? Int == 30
            })
        #expect(rosa["templateSkips"] as? [String] == ["2026-12-03"])
        let credentials = try #require(rosa["credentials"] as? [JSON])
        #expect(
            credentials.map { "\($0["kind"] ?? "") \($0["name"] ?? "") \($0["expires"] ?? "")" } == [
                "bls BLS 2027-03-31", "hipaa HIPAA training 2027-12-15",
            ])

        let shifts = FlowExecTests.rows(after, "shifts").filter { $0["staff"] as? String == id }
        #expect(shifts.compactMap { $0["day"] as? String } == ["2026-11-23", "2026-11-30", "2026-12-01", "2026-12-02"])
        let today = try #require(shifts.first)
        #expect(today["start"] as? String == "11:00" && today["end"] as? String == "16:30")
        #expect(today["breakStart"] as? String == "13:00" && today["breakMinutes"] as? Int == 30)
        #expect(today["clockedIn"] as? String == "2026-11-23T16:02:00Z")
        #expect(today["clockedOut"] as? String == "2026-11-23T21:32:00Z")
        let breaks = try #require(today["breaks"] as? [JSON])
        #expect(breaks.count == 1)
        #expect(breaks.first?["start"] as? String == "2026-11-23T18:01:00Z")
        #expect(breaks.first?["end"] as? String == "2026-11-23T18:29:00Z")
        #expect(shifts.dropFirst().allSatisfy { $0["breakStart"] as? String == "12:00" && $0["clockedIn"] == nil })

        let leave = try #require(FlowExecTests.rows(after, "timeOff").first { $0["id"] as? String == training })
        #expect(leave["kind"] as? String == "training" && leave["status"] as? String == "approved")
        #expect(leave["from"] as? String == "2026-12-07" && leave["through"] as? String == "2026-12-08")
        #expect(leave["note"] as? String == "CMA exam review course" && leave["decidedBy"] as? String == "carla")
        let denied = try #require(FlowExecTests.rows(after, "timeOff").first { $0["id"] as? String == requestID })
        #expect(denied["status"] as? String == "denied" && denied["decidedBy"] as? String == "carla")
        #expect(denied["decisionNote"] as? String == "two providers are already off that Thursday")

        let settings = try #require(after["settings"] as? JSON)
        let rules = try #require(settings["coverage"] as? [JSON])
        #expect(rules.count == 7)
        let float = try #require(rules.last)
        #expect(float["name"] as? String == "float MA" && float["roles"] as? [String] == ["medical-assistant"])
        #expect(float["from"] as? String == "09:00" && float["to"] as? String == "15:00")
        #expect(float["weekdays"] as? [Int] == [1, 2, 3, 4, 5])
        #expect(float["whileSeeing"] as? Bool == true && float["minimum"] as? Int == 1)
        #expect(rules.first?["name"] as? String == "front desk" && rules.first?["minimum"] as? Int == 1)
        #expect(rules[1]["perProvider"] as? Double == 1)
        #expect(settings["credentialWarningWindows"] as? [Int] == [90, 60, 30])
        let clia = try #require((settings["practiceCredentials"] as? [JSON])?.first)
        #expect(clia["kind"] as? String == "clia" && (clia["number"] as? String)?.count == 10)
    }

    @Test("refusals name the line and the rule, exit 1 and change nothing")
    func refusals() throws {
        let folder = Folder("staff-exec-refused")
        try DemoClinic.create(in: folder)
        let before = try Self.raw(folder)
        let state = try FlowExecTests.export(folder)
        let shifts = FlowExecTests.rows(state, "shifts")
        func shift(_ staff: String, _ day: String) -> String? {
            shifts.first { $0["staff"] as? String == staff && $0["day"] as? String == day }?["id"] as? String
        }
        // Joe (S-7) works tomorrow; Ana (S-6) clocked in this morning at 07:25.
        let joeTomorrow = try #require(shift("S-7", "2026-11-24"))
        let anaToday = try #require(shift("S-6", "2026-11-23"))
        let result = try Self.exec(
            folder, at: "10:50",
            [
                "shift add S-7 2026-11-24 09:00 12:00",
                "credential set S-9 licence --expires 2027-01-01 --state NEW",
                "pto approve R-5",
                "pto deny R-1",
                "coverage remove 12",
                "staff in S-99",
                "staff out S-8",
                "shift remove \(anaToday)",
                "staff add --given Al --family Bo --role wizard",
                "shift template S-9 mon-fri 08:00 07:00",
            ])
        #expect(result.status == 1)
        #expect(result.out.isEmpty, "\(result.out)")
        #expect(
            result.err.split(separator: "\n").map(String.init) == [
                "error: line 1: Joe M. already works 08:30–17:00 on 2026-11-24 (\(joeTomorrow)).",
                "error: line 2: column 57: state: at most 2 characters (this one has 3)",
                "error: line 3: Approving R-5 would create 1 conflict: 19 booked visits with Dr Patel to move. "
                    + "Add --override to approve anyway.",
                "error: line 4: R-1 is already approved: only a pending request can be approved or denied.",
                "error: line 5: There is no coverage rule 12: the practice has 6.",
                "error: line 6: There is no staff member S-99.",
                "error: line 7: Maya T. has not clocked in: `staff in S-8` first.",
                "error: line 8: \(anaToday) was clocked in at 07:25: a worked shift stays on record (edit its hours "
                    + "instead).",
                "error: line 9: column 41: 'wizard' is not a role (physician, np, pa, nurse, ma, receptionist, biller, "
                    + "manager)",
                "error: line 10: A shift is 16 hours at most; 08:00–07:00+1 is longer.",
            ])
        #expect(try Self.raw(folder) == before, "a refused command changed the export")
    }
}
