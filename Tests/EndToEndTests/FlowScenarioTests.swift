import Foundation
import Glibc
import Testing
import TestSupport

/// The receptionist's morning on the real binary in tmux (160×48): find a patient due now, check them in, book a
/// new patient into a free slot while they wait, try to double-book and see the conflict, watch the wait rise,
/// then room, see and check out. Asserts on what the screen shows, polling capture-pane; no fixed sleeps. The
/// dashboard's clock runs 30 times real speed (a minute every two seconds), so the wait rises within seconds.
@Suite(
    "Flow scenario in tmux", .serialized,
    .enabled(if: Tmux.available, "tmux is not installed: the flow scenario is skipped"))
struct FlowScenarioTests {
    /// Fast enough that a minute passes in two seconds, slow enough that the first frame after a check-in still
    /// shows its 0m wait on a loaded machine.
    static let clockRate = 30.0

    @Test("a receptionist's morning")
    func morning() throws {
        let folder = Folder("flow-tmux")
        try DemoClinic.create(in: folder)
        let tmux = FlowTerminal(Tmux(), session: "f")
        try tmux.tmux.newSession("f", width: 160, height: 48)
        try tmux.tmux.type("f", line: DemoClinic.dashboardLine(folder, user: "ana", clockRate: Self.clockRate))

        var screen = try tmux.waitFor("the flow list") { $0.contains("1 Flow") && $0.contains("flow list") }

        // 1. Find a patient due now: the first booked, not yet here, starting 10:30 or later.
        let due = try #require(
            FlowScreen.rows(screen).first {
                $0.time >= "10:30" && ($0.status == "confirmed" || $0.status == "scheduled")
            },
            "no patient due now on:\n\(screen)")
        let selected = try #require(FlowScreen.rows(screen).first { $0.selected }, "no selection on:\n\(screen)")
        let steps = due.line - selected.line
        for _ in 0..<abs(steps) { tmux.send(steps > 0 ? "j" : "k") }
        screen = try tmux.waitFor("\(due.name) selected") { FlowScreen.selectedRow($0)?.name == due.name }

        // 2. Check them in: the row says arrived, with a wait that starts at 0m.
        tmux.send("a")
        screen = try tmux.waitFor("\(due.name) arrived") { FlowScreen.selectedRow($0)?.status == "arrived" }
        let arrivedRow = FlowScreen.selectedRow(screen)?.text ?? ""
        #expect(arrivedRow.range(of: #"arrived\s+0m\s+0m"#, options: .regularExpression) != nil, "\(screen)")
        #expect(screen.contains("ok "))

        // 3. A new patient calls: add them in the booking form and put them in the provider's next free slot.
        tmux.send("b")
        _ = try tmux.waitFor("the booking form") { $0.contains("Book an appointment") }
        tmux.type("Zoe Quinlan")
        tmux.send("Enter")
        _ = try tmux.waitFor("new-patient fields") { $0.contains("Given name") && $0.contains("New patient") }
        tmux.send("Tab", "Tab")
        tmux.type("1990-05-05")
        tmux.send("Tab")
        tmux.type("555-010-0199")
        tmux.send("Enter")
        _ = try tmux.waitFor("the patient added") { $0.contains("Added P-") && $0.contains("Zoe Quinlan") }
        tmux.send("C-n")
        screen = try tmux.waitFor("a free slot") { $0.contains("Next free:") && $0.contains("✓ no conflicts") }
        let slot = try #require(FlowScreen.formTime(screen), "no time in the form:\n\(screen)")
        // The next free slot may be another day (the providers' lunch breaks are not bookable): keep its date.
        let slotDay = try #require(FlowScreen.formDate(screen), "no date in the form:\n\(screen)")
        tmux.send("Enter")
        // The receipt, not her row: the next free slot after the providers' lunch breaks may be below the fold.
        screen = try tmux.waitFor("the booking saved") {
            !$0.contains("Book an appointment") && $0.range(of: #"ok \d+ A-\d+"#, options: .regularExpression) != nil
        }

        // 4. Try to double-book her at the same time: the conflicts show before saving, and Enter refuses.
        tmux.send("b")
        _ = try tmux.waitFor("the booking form") { $0.contains("Book an appointment") }
        tmux.type("quinlan")
        _ = try tmux.waitFor("the search result") { $0.contains("Quinlan, Zoe") }
        tmux.send("Enter", "Tab", "C-u")
        tmux.type(slotDay)
        tmux.send("Tab", "C-u")
        tmux.type(slot)
        screen = try tmux.waitFor("the conflicts") { $0.contains("⚠") && $0.contains("is already booked") }
        #expect(screen.contains("(Z. Quinlan)"))
        tmux.send("Enter")
        _ = try tmux.waitFor("the refusal") { $0.contains("Not saved: 2 conflicts") }
        tmux.send("Escape")
        _ = try tmux.waitFor("the form closed") { !$0.contains("Book an appointment") }

        // 5. Meanwhile the clock runs: the wait of the patient checked in rises without a key. A patient who came
        // early waits only from their start time (meanwhile the time in status passes the thresholds: `29m!`).
        screen = try tmux.waitFor("the wait to rise", timeout: 60) { screen in
            guard let row = FlowScreen.selectedRow(screen), row.name == due.name else { return false }
            return row.text.range(of: #"arrived\s+[1-9]\d*m!*\s+[1-9]\d*m"#, options: .regularExpression) != nil
        }

        // 6. Room, see, check out.
        tmux.send("r")
        _ = try tmux.waitFor("\(due.name) roomed") { FlowScreen.selectedRow($0)?.status == "roomed" }
        tmux.send("s")
        _ = try tmux.waitFor("\(due.name) with the provider") { FlowScreen.selectedRow($0)?.status == "with provider" }
        tmux.send("o")
        screen = try tmux.waitFor("\(due.name) checked out") { FlowScreen.selectedRow($0)?.status == "checked out" }
        tmux.send("q")
        _ = try tmux.waitFor("the shell back") { !$0.contains("Maple Family Practice") && $0.contains(Tmux.promptMark) }
    }
}

/// The shared tmux harness, bound to one session, with the scenario's vocabulary: keys, text, a named wait.
struct FlowTerminal {
    let tmux: Tmux
    let session: String

    init(_ tmux: Tmux, session: String) { self.tmux = tmux; self.session = session }

    /// tmux key names ("Enter", "Tab", "C-n", "Escape") or single characters.
    func send(_ keys: String...) { for key in keys { _ = try? tmux.run(["send-keys", "-t", session, key]) } }

    /// Literal text.
    func type(_ text: String) { _ = try? tmux.text(session, text) }

    /// Polls until `condition` holds; on timeout the error names what was awaited and shows the screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        do { return try tmux.waitFor(session, timeout: timeout, condition) } catch {
            throw FlowScenarioError("waiting for \(what): \(error)")
        }
    }
}

struct FlowScenarioError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads the flow list off a captured screen (the wide layout's left pane).
enum FlowScreen {
    struct Row {
        var line: Int
        var selected: Bool
        var time: String
        var name: String
        var status: String
        var text: String
    }

    static let statuses = [
        "with provider", "checked out", "left no visit", "scheduled", "confirmed", "arrived", "roomed",
        "no-show", "cancelled",
    ]

    static func rows(_ screen: String) -> [Row] {
        let pattern =
            #"^│([▶ ])(\d\d:\d\d) (.+?)\s{2,}\S+\s+\S+\s+(with provider|checked out|left no "#
            + #"visit|scheduled|confirmed|arrived|roomed|no-show|cancelled)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        var rows: [Row] = []
        for (index, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // The flow pane is the first box on the line; the next pane starts at "││".
            let text = String(line.components(separatedBy: "││").first ?? String(line))
            let range = NSRange(text.startIndex..., in: text)
            guard let match = regex.firstMatch(in: text, range: range) else { continue }
            func group(_ i: Int) -> String {
                Range(match.range(at: i), in: text).map { String(text[$0]) } ?? ""
            }
            rows.append(
                Row(
                    line: index, selected: group(1) == "▶", time: group(2),
                    name: group(3).trimmingCharacters(in: .whitespaces), status: group(4), text: text))
        }
        return rows
    }

    static func selectedRow(_ screen: String) -> Row? { rows(screen).first { $0.selected } }

    /// The booking form's Time field.
    static func formDate(_ screen: String) -> String? {
        guard let range = screen.range(of: #"Date\s+\[\d{4}-\d\d-\d\d"#, options: .regularExpression) else {
            return nil
        }
        return String(screen[range].suffix(10))
    }

    static func formTime(_ screen: String) -> String? {
        guard let range = screen.range(of: #"Time\s+\[\d\d:\d\d"#, options: .regularExpression) else { return nil }
        return String(screen[range].suffix(5))
    }
}
