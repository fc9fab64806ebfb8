import Foundation
import Testing
import TestSupport

/// The receptionist's morning through `clinicdesk exec` (one process per moment, each with its own clock), checked
/// in the `export --format json` that follows: the flow stamps with time and user, the front-desk checks, the new
/// patient and their booking, and the double booking that was refused.
@Suite("Flow through exec")
struct FlowExecTests {
    typealias JSON = [String: Any]

    static func export(_ folder: Folder) throws -> JSON {
        let result = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        try #require(result.status == 0, "export failed: \(result.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? JSON)
    }

    static func rows(_ state: JSON, _ table: String) -> [JSON] { state[table] as? [JSON] ?? [] }

    /// Runs commands (one per line) at `time` (New York, on the demo's Monday) as ana; every one must succeed.
    @discardableResult
    static func exec(_ folder: Folder, at time: String, _ lines: [String]) throws -> [String] {
        let result = try CLI.run(
            ["exec", "--data", folder.path, "--user", "ana", "--now", instant(time)],
            stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "exec at \(time) failed: \(result.err)")
        #expect(result.lines.count == lines.count && result.lines.allSatisfy { $0.hasPrefix("ok ") }, "\(result.out)")
        return result.lines
    }

    /// "10:45" → the UTC instant of 10:45 in New York on 2026-11-23 (EST, UTC−5).
    static func instant(_ time: String) -> String {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return String(format: "2026-11-23T%02d:%02d:00Z", (parts.first ?? 0) + 5, parts.last ?? 0)
    }

    static func minutes(_ time: String) -> Int {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return (parts.first ?? 0) * 60 + (parts.last ?? 0)
    }

    /// The provider's first free `length`-minute start on the 15-minute grid at or after `from`, from the export.
    static func freeSlot(_ state: JSON, provider: String, from: String, length: Int) -> String? {
        let booked = rows(state, "appointments").filter {
            $0["day"] as? String == "2026-11-23" && $0["provider"] as? String == provider
                && !["cancelled", "no-show"].contains($0["status"] as? String ?? "")
        }.compactMap { a -> (Int, Int)? in
            guard let start = a["start"] as? String, let length = a["minutes"] as? Int else { return nil }
            return (minutes(start), minutes(start) + length)
        }
        let shifts = rows(state, "shifts").filter {
            $0["day"] as? String == "2026-11-23" && $0["staff"] as? String == provider
        }
        for shift in shifts {
            guard let start = shift["start"] as? String, let end = shift["end"] as? String else { continue }
            // The planned break is not bookable either.
            let lunch = (shift["breakStart"] as? String).map {
                (minutes($0), minutes($0) + (shift["breakMinutes"] as? Int ?? 0))
            }
            var t = max(minutes(start), (minutes(from) + 14) / 15 * 15)
            while t + length <= minutes(end) {
                if !(booked + (lunch.map { [$0] } ?? [])).contains(where: { $0.0 < t + length && t < $0.1 }) {
                    return String(format: "%02d:%02d", t / 60, t % 60)
                }
                t += 15
            }
        }
        return nil
    }

    @Test("check-in to check-out, a new patient booked, a double booking refused, all in the export")
    func morning() throws {
        let folder = Folder("flow-exec")
        try DemoClinic.create(in: folder)
        let before = try Self.export(folder)
        let appointmentsBefore = Self.rows(before, "appointments").count

        // A patient due now: the first booked, not-yet-arrived visit today starting 10:30 or later.
        let due = try #require(
            Self.rows(before, "appointments")
                .filter {
                    $0["day"] as? String == "2026-11-23"
                        && ["scheduled", "confirmed"].contains($0["status"] as? String ?? "")
                }
                .filter { ($0["start"] as? String ?? "") >= "10:30" }
                .min {
                    ($0["start"] as? String ?? "", $0["id"] as? String ?? "") < (
                        $1["start"] as? String ?? "", $1["id"] as? String ?? ""
                    )
                })
        let id = try #require(due["id"] as? String)
        let provider = try #require(due["provider"] as? String)
        let copayDue = due["copayDue"] as? Int ?? 0

        // The visit, as the desk lives it: arrive (insurance checked, copay taken), room, see, check out.
        try Self.exec(
            folder, at: "10:45",
            ["appt checkin \(id)", "appt verify \(id)"] + (copayDue > 0 ? ["appt copay \(id)"] : []))
        try Self.exec(folder, at: "10:52", ["appt room \(id)"])
        try Self.exec(folder, at: "10:58", ["appt see \(id)"])
        try Self.exec(folder, at: "11:15", ["appt checkout \(id)"])

        // A new patient calls: added, then booked into the provider's next free slot.
        let added = try Self.exec(
            folder, at: "11:16", ["patient add --given Zoe --family Quinlan --dob 1990-05-05 --phone 555-010-0199"])
        let patient = try #require(added.first?.split(separator: " ").last.map(String.init))
        #expect(patient.hasPrefix("P-"))
        let slot = try #require(Self.freeSlot(try Self.export(folder), provider: provider, from: "11:30", length: 30))
        let book =
            "appt book --patient \(patient) --provider \(provider) --at \"2026-11-23 \(slot)\" --minutes 30 "
            + "--type new-patient --reason \"establish care\""
        let booked = try Self.exec(folder, at: "11:17", [book])
        let newID = try #require(booked.first?.split(separator: " ").last.map(String.init))

        // The same booking again: refused, naming the clash; nothing is written.
        let again = try CLI.run(
            ["exec", "--data", folder.path, "--user", "ana", "--now", Self.instant("11:18")], stdin: book + "\n")
        #expect(again.status == 1)
        #expect(again.err.contains("Not booked") && again.err.contains("already"), "\(again.err)")

        let after = try Self.export(folder)
        let appointments = Self.rows(after, "appointments")
        #expect(appointments.count == appointmentsBefore + 1)

        let visit = try #require(appointments.first { $0["id"] as? String == id })
        #expect(visit["status"] as? String == "checked-out")
        #expect(visit["room"] == nil)
        #expect(visit["insuranceVerifiedAt"] as? String == Self.instant("10:45"))
        #expect(visit["copayCollected"] as? Int == copayDue)
        let history = try #require(visit["history"] as? [JSON])
        let stamps = history.suffix(4).map {
            ($0["status"] as? String ?? "", $0["at"] as? String ?? "", $0["actor"] as? String ?? "")
        }
        #expect(stamps.map(\.0) == ["arrived", "roomed", "with-provider", "checked-out"])
        #expect(stamps.map(\.1) == ["10:45", "10:52", "10:58", "11:15"].map(Self.instant))
        #expect(stamps.allSatisfy { $0.2 == "ana" })
        #expect(history.suffix(3).first?["room"] as? String != nil)

        let zoe = try #require(Self.rows(after, "patients").first { $0["id"] as? String == patient })
        #expect(zoe["givenName"] as? String == "Zoe" && zoe["familyName"] as? String == "Quinlan")
        #expect(zoe["birthDate"] as? String == "1990-05-05")
        #expect(zoe["paperworkComplete"] as? Bool == false)

        let appointment = try #require(appointments.first { $0["id"] as? String == newID })
        #expect(appointment["patient"] as? String == patient)
        #expect(appointment["provider"] as? String == provider)
        #expect(appointment["day"] as? String == "2026-11-23")
        #expect(appointment["start"] as? String == slot)
        #expect(appointment["minutes"] as? Int == 30)
        #expect(appointment["visitType"] as? String == "new-patient")
        #expect(appointment["status"] as? String == "scheduled")
        #expect(appointment["overbooked"] as? Bool == false)
    }
}
