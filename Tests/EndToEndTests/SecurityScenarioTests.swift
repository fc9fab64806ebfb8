import Foundation
import Testing
import TestSupport

/// The front desk's safeguards on the real binary in tmux (100×30), on the demo practice with its accounts (PIN
/// 2580) plus one patient booked by `exec`: the manager signs in, filters the flow list to that patient, checks
/// her in and undoes it, locks with F12, types a wrong PIN and unlocks; the receptionist signs in at the same
/// terminal and is refused a write-off with the role it needs; quitting leaves no patient on the screen.
@Suite(
    "Security scenario in tmux", .serialized,
    .enabled(if: Tmux.available, "tmux is not installed: the security scenario is skipped"))
struct SecurityScenarioTests {
    static let pin = "2580"

    static func exec(_ folder: Folder, _ lines: [String]) throws -> [String] {
        let result = try CLI.run(
            ["exec", "--data", folder.path, "--user", "carla", "--now", "2026-11-23T13:00:00Z"],
            stdin: lines.joined(separator: "\n") + "\n", environment: ["CLINICDESK_PIN": pin])
        #expect(result.status == 0, "exec failed: \(result.err)")
        return result.lines.map { line in
            let words = line.split(separator: " ")
            return words.count >= 3 ? String(words[2]) : ""
        }
    }

    @Test("sign in, filter, undo a check-in, lock, a wrong PIN, unlock, a receptionist refused a write-off")
    func frontDesk() throws {
        let folder = Folder("security-tmux")
        let made = try CLI.run([
            "demo", "--accounts", "--data", folder.path, "--seed", "\(Fixture.seed)",
            "--today", Fixture.today.description, "--time-zone", Fixture.zoneID, "--now", DemoClinic.now,
        ])
        #expect(made.status == 0, "demo: \(made.err)")
        let ids = try Self.exec(
            folder,
            [
                "staff add --given Quentin --family Quill --role physician",
                "patient add --given Wren --family Ashby --dob 1980-02-14 --phone 555-0100",
            ])
        _ = try Self.exec(
            folder,
            [
                "shift add \(ids[0]) 2026-11-23 08:00 17:00",
                "appt book --patient \(ids[1]) --provider \(ids[0]) --at \"2026-11-23 11:30\"",
            ])

        let tmux = FlowTerminal(Tmux(), session: "s")
        try tmux.tmux.newSession("s", width: 100, height: 30)
        try tmux.tmux.type("s", line: DemoClinic.dashboardLine(folder, user: "carla"))
        var screen = try tmux.waitFor("the sign-in screen") { $0.contains("Sign in") && $0.contains("> carla") }
        #expect(!screen.contains("Ashby"))
        tmux.type(Self.pin)
        tmux.send("Enter")
        _ = try tmux.waitFor("carla signed in", timeout: 20) { $0.contains("Signed in as carla") }

        // Filter the flow list to the new patient, check her in, undo it.
        tmux.send("1", "/")
        tmux.type("ashby")
        tmux.send("Enter")
        _ = try tmux.waitFor("the filtered list") { $0.contains("Ashby") && $0.contains("1 of 1") }
        tmux.send("a")
        _ = try tmux.waitFor("the check-in receipt") { $0.contains("check in A-") && $0.contains("ok ") }
        tmux.send("u")
        _ = try tmux.waitFor("the undo receipt") { $0.contains("undone: check in A-") }

        // Lock, a wrong PIN, unlock.
        tmux.send("F12")
        screen = try tmux.waitFor("the lock screen") { $0.contains("Locked") && $0.contains("PIN for carla") }
        #expect(!screen.contains("Ashby") && !screen.contains("1 Flow"), "the lock screen shows the practice")
        tmux.type("1111")
        tmux.send("Enter")
        _ = try tmux.waitFor("the wrong PIN", timeout: 20) { $0.contains("Wrong PIN for carla") }
        tmux.type(Self.pin)
        tmux.send("Enter")
        _ = try tmux.waitFor("unlocked", timeout: 20) { $0.contains("Unlocked") }

        // The receptionist signs in here and is refused a write-off.
        tmux.send("F12")
        _ = try tmux.waitFor("locked again") { $0.contains("PIN for carla") }
        tmux.send("Up", "Up")
        _ = try tmux.waitFor("ana chosen") { $0.contains("PIN for ana") }
        tmux.type(Self.pin)
        tmux.send("Enter")
        _ = try tmux.waitFor("ana signed in", timeout: 20) { $0.contains("Signed in as ana") }
        tmux.send(":")
        tmux.type("claim writeoff C-1")
        tmux.send("Enter")
        _ = try tmux.waitFor("the refusal") { $0.contains("needs the manager role") }

        tmux.send("q")
        screen = try tmux.waitFor("the shell") { $0.contains(Tmux.promptMark) && !$0.contains("1 Flow") }
        #expect(!screen.contains("Ashby"), "a patient is left on the screen after quitting")
    }
}
