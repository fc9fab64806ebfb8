import Foundation
import Glibc
import Testing
import TestSupport

/// The manager's morning on the real binary in tmux (160×48), on the demo practice plus people, patients and
/// bookings added with `clinicdesk exec` (the test asserts only on those): Dr Quill calls in sick from the Roster
/// pane, the impact list shows his two visits today and each moves to its suggested slot (one key and y per row);
/// Rosa calls in sick too, and the late-desk gap she leaves is covered by a shift for Tilda from the cover
/// suggestion; then Dr Quill's day off tomorrow, over a booked visit, is approved after the warning.
@Suite(
    "Roster scenario in tmux", .serialized,
    .enabled(if: Tmux.available, "tmux is not installed: the roster scenario is skipped"))
struct RosterScenarioTests {
    /// Runs exec lines at 08:00 on the fixture's Monday; returns the ID each printed (or "").
    static func exec(_ folder: Folder, _ lines: [String]) throws -> [String] {
        let result = try CLI.run(
            ["exec", "--data", folder.path, "--user", "carla", "--now", "2026-11-23T13:00:00Z"],
            stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "exec failed: \(result.err)")
        return result.lines.map { line in
            let words = line.split(separator: " ")
            return words.count >= 3 ? String(words[2]) : ""
        }
    }

    @Test("a sick call, its visits moved, a gap covered, a conflicting day off approved")
    func sickCall() throws {
        let folder = Folder("roster-tmux")
        try DemoClinic.create(in: folder)
        let people = try Self.exec(
            folder,
            [
                "staff add --given Quentin --family Quill --role physician",
                "staff add --given Rosa --family Vance --role receptionist",
                "staff add --given Tilda --family Marsh --role receptionist",
                "patient add --given Wren --family Ashby --dob 1980-02-14 --phone 555-0100",
                "patient add --given Cole --family Brandt --dob 1981-03-15 --phone 555-0101",
                "patient add --given Nell --family Corwin --dob 1982-04-16 --phone 555-0102",
            ])
        let (quill, rosa) = (people[0], people[1])
        let request =
            try Self.exec(
                folder,
                [
                    "shift add \(quill) 2026-11-23 08:00 17:00", "shift add \(quill) 2026-11-24 08:00 17:00",
                    "shift add \(rosa) 2026-11-23 13:00 19:00",
                    "coverage add \"late desk\" --roles receptionist --from 17:00 --to 19:00 --min 1",
                    "appt book --patient \(people[3]) --provider \(quill) --at \"2026-11-23 14:00\"",
                    "appt book --patient \(people[4]) --provider \(quill) --at \"2026-11-23 15:00\"",
                    "appt book --patient \(people[5]) --provider \(quill) --at \"2026-11-24 09:00\"",
                    "pto request \(quill) 2026-11-24 2026-11-24 --note \"course\"",
                ]
            ).last ?? ""
        let tmux = FlowTerminal(Tmux(), session: "r")
        try tmux.tmux.newSession("r", width: 160, height: 48)
        try tmux.tmux.type("r", line: DemoClinic.dashboardLine(folder, user: "carla"))
        _ = try tmux.waitFor("the dashboard") { $0.contains("4 Roster") }
        tmux.send("4")
        _ = try tmux.waitFor("the roster") { $0.contains("Front desk now:") }

        // 1. Dr Quill calls in sick: s, y, and the impact list is there at once with both visits to move.
        try select("Dr Quill", tmux)
        tmux.send("s")
        _ = try tmux.waitFor("the sick-call question") { $0.contains("Record a sick call for Dr Quill") }
        tmux.send("y")
        var screen = try tmux.waitFor("the impact list") {
            $0.contains("Dr Quill sick Mon 23 Nov: 2 of 2 visits to move")
                && Self.rows($0).filter { $0.contains("→") }.count == 2
        }
        #expect(
            Self.rows(screen).contains { $0.contains("W. Ashby") }
                && Self.rows(screen).contains { $0.contains("C. Brandt") })

        // 2. Move each to its suggested slot: m, y per row; the rows stay, done.
        for (index, patient) in ["W. Ashby", "C. Brandt"].enumerated() {
            try select(patient, tmux)
            tmux.send("m")
            _ = try tmux.waitFor("the move question for \(patient)") {
                $0.contains("Move ") && $0.contains("\(patient) to ")
            }
            tmux.send("y")
            screen = try tmux.waitFor("\(patient) moved") {
                Self.rows($0).filter { $0.contains("✓ moved to") }.count == index + 1
            }
        }
        #expect(screen.contains("0 of 2 visits to move"))

        // 3. Rosa calls in sick: the late desk opens from 17:30, and Tilda (off today) can cover it.
        tmux.send("Escape")
        try select("Rosa V.", tmux)
        tmux.send("s")
        _ = try tmux.waitFor("the sick-call question") { $0.contains("Record a sick call for Rosa V.") }
        tmux.send("y")
        _ = try tmux.waitFor("the gap and its cover") {
            $0.contains("late desk uncovered 17:30–19:00") && $0.contains("cover: Tilda M.")
        }
        try select("cover: Tilda M.", tmux)
        tmux.send("a")
        _ = try tmux.waitFor("the cover question") { $0.contains("Add a shift for Tilda M. Mon 23 Nov 17:30–19:00") }
        tmux.send("y")
        _ = try tmux.waitFor("the gap covered") { $0.contains("✓ late desk 17:30–19:00 covered") }

        // 4. Dr Quill's day off tomorrow: the row warns of the visit booked, y names it, y approves over it.
        tmux.send("Escape")
        _ = try tmux.waitFor("the day") { $0.contains("1 booked visit with Dr Quill to move") }
        try select("\(request) ", tmux)
        tmux.send("y")
        _ = try tmux.waitFor("the conflict named") {
            $0.contains(
                "Approving \(request) creates 1 conflict: 1 booked visit with Dr Quill to move. Approve anyway?")
        }
        tmux.send("y")
        _ = try tmux.waitFor("the request approved") {
            $0.contains("approve \(request) over conflicts") && !$0.contains("1 booked visit with Dr Quill to move")
        }
        tmux.send("q")
        _ = try tmux.waitFor("the shell back") { !$0.contains("4 Roster") && $0.contains(Tmux.promptMark) }
    }

    /// The Roster pane's rows (the lower right box of the wide layout).
    static func rows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let title = lines.firstIndex(where: { $0.contains("4 Roster") }) else { return [] }
        return lines[(title + 1)...].compactMap { line in
            line.components(separatedBy: "││").count > 1 ? line.components(separatedBy: "││").last : nil
        }
    }

    /// Moves the roster's selection (j/k) onto the row containing `text`, polling after each key.
    func select(_ text: String, _ tmux: FlowTerminal) throws {
        for _ in 0..<60 {
            let screen = try tmux.tmux.capture(tmux.session)
            let rows = Self.rows(screen)
            guard let selected = rows.firstIndex(where: { $0.hasPrefix("▶") }) else {
                usleep(50_000)
                continue
            }
            if rows[selected].contains(text) { return }
            let target = rows.firstIndex { $0.contains(text) }
            let key = target.map { $0 < selected ? "k" : "j" } ?? "j"
            let before = rows[selected]
            tmux.send(key)
            _ = try tmux.waitFor("the selection to move off \(before)") { screen in
                let now = Self.rows(screen)
                return now.first { $0.hasPrefix("▶") } != before
            }
        }
        throw FlowScenarioError("could not select \(text)")
    }
}
