import Foundation
import Testing
import TestSupport

/// The task board on the real binary in tmux (160×48), on the demo practice with its accounts: the manager makes a
/// card through the `:` line with a checklist and a link to a claim, moves it across with `L`, takes it past a
/// WIP limit (asked, `y`, the column then OVER), follows the link to the claim, and filters the board to "mine".
@Suite(
    "Task board scenario in tmux", .serialized,
    .enabled(if: Tmux.available, "tmux is not installed: the task board scenario is skipped"))
struct TaskBoardTmuxTests {
    static func command(_ t: FlowTerminal, _ line: String) {
        t.send(":")
        t.type(line)
        t.send("Enter")
    }

    @Test("a card with a checklist and a link, moved across, over WIP, the link followed, mine")
    func board() throws {
        let folder = Folder("boardview-tmux")
        let made = try CLI.run([
            "demo", "--accounts", "--data", folder.path, "--seed", "\(Fixture.seed)",
            "--today", Fixture.today.description, "--time-zone", Fixture.zoneID, "--now", DemoClinic.now,
        ])
        #expect(made.status == 0, "demo: \(made.err)")
        let t = FlowTerminal(Tmux(), session: "boardview")
        try t.tmux.newSession("boardview", width: 160, height: 48)
        try t.tmux.type("boardview", line: DemoClinic.dashboardLine(folder, user: "carla"))
        _ = try t.waitFor("the sign-in screen") { $0.contains("Sign in") && $0.contains("> carla") }
        t.type(SecurityScenarioTests.pin)
        t.send("Enter")
        _ = try t.waitFor("carla signed in", timeout: 20) { $0.contains("Signed in as carla") }

        // A card in Today, through the command line; the receipt names its ID.
        t.send("2")
        _ = try t.waitFor("the board") { $0.contains("Backlog") && $0.contains("Doing") }
        Self.command(t, "task add \"Chase the Quill denial\" --column today")
        let added = try t.waitFor("the new card") { $0.contains("add a task") && $0.contains("Chase the Qu") }
        let id = try #require(Self.taskID(in: added))
        // Only this card in view; its second line says 0/1 and ↗ once the checklist and the link are on.
        t.send("/")
        t.type("quill")
        t.send("Enter")
        _ = try t.waitFor("the card alone") { $0.contains("Today 1 of") && $0.contains("Backlog 0 of") }
        Self.command(t, "task check \(id) add \"Pull the EOB\"")
        _ = try t.waitFor("the checklist item") { $0.contains("0/1") }
        Self.command(t, "task link \(id) C-2039")
        _ = try t.waitFor("the link") { $0.contains("0/1 · ↗") }
        // Its owner: carla, from the picker.
        t.send("o")
        _ = try t.waitFor("the owner picker") { $0.contains("Owner of \(id)") }
        t.type("carla")
        t.send("Enter")
        _ = try t.waitFor("carla owns it") { !$0.contains("Owner of") && $0.contains("Carla R.") && $0.contains("↗") }

        // Across: Today → Doing, which the demo has full (3/3): asked, y, recorded.
        t.send("L")
        _ = try t.waitFor("the WIP question") { $0.contains("Doing is full") && $0.contains("move \(id) anyway?") }
        t.send("y")
        _ = try t.waitFor("the move over WIP") { $0.contains("Doing 4/3 OVER") && $0.contains("Doing 1 of") }
        t.send("L")
        _ = try t.waitFor("in Waiting") { $0.contains("Waiting 1 of") && $0.contains("Doing 0 of") }

        // Follow the link: Enter opens the card view, j steps from the checklist item to the link, Enter jumps to
        // the claim in the Claims pane.
        t.send("Enter")
        _ = try t.waitFor("the card view") { $0.contains("Checklist 0/1") && $0.contains("C-2039") }
        t.send("j", "Enter")
        _ = try t.waitFor("the linked claim") { screen in
            !screen.contains("Checklist 0/1")
                && screen.split(separator: "\n").contains {
                    $0.contains("C-2039") && ($0.contains("▶") || $0.contains(">C-2039"))
                }
        }

        // Back on the board: clear the text filter, then `m` shows carla's cards only, this one among them.
        t.send("Escape", "2", "/", "Escape")
        t.send("m")
        let mine = try t.waitFor("mine") { $0.contains("[mine]") && $0.contains("Chase the Qu") }
        // The board is the top right pane: none of its lines names another owner.
        let board = mine.split(separator: "\n").prefix(24).compactMap { $0.components(separatedBy: "││").last }
        #expect(board.contains { $0.contains("Carla R. 0/1 ↗") || $0.contains("Carla… 0/1 ↗") })
        #expect(!board.contains { $0.contains("Ben A.") }, "another's card on the board filtered to mine")
        t.send("m")
        _ = try t.waitFor("everyone's cards") { !$0.contains("[mine]") }
        t.send("q")
        _ = try t.waitFor("quit") { $0.contains(Tmux.promptMark) && !$0.contains("Backlog") }
    }

    /// "T-26" from the receipt "ok 1 T-26 · add a task".
    static func taskID(in screen: String) -> String? {
        guard let range = screen.range(of: #"T-[0-9]+ · add a task"#, options: .regularExpression) else { return nil }
        return screen[range].split(separator: " ").first.map(String.init)
    }
}
