@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The board through its keys: filters (owner, label, overdue, mine, with `/`), headers saying shown of total,
/// the WIP question and its recorded override, and the card keys D, P, #.
@Suite("Task board")
struct TaskBoardTests {
    /// The busy desk with Order nitrile gloves (T-1) and Call Aetna (T-7) labelled supplies / billing, and an
    /// account `ben` for Ben Cole.
    static func practice() throws -> Practice {
        var p = Fixture.busyDesk()
        _ = try p.execute(.labelTask(TaskID(1), add: ["supplies"], remove: []), actor: "ana", now: Fixture.now)
        _ = try p.execute(.labelTask(TaskID(7), add: ["billing"], remove: []), actor: "ana", now: Fixture.now)
        _ = try p.execute(
            .addAccount(NewAccount(login: "ben", staff: Fixture.ben, role: .manager, pin: RoleViewTests.dummyPin)),
            actor: "setup", now: Fixture.now)
        return p
    }

    static func harness(_ practice: Practice, size: Size = Size(width: 80, height: 24)) -> Harness {
        let h = Harness(
            practice, size: size,
            desk: DeskOptions(authority: PlainAuthority(pins: ["ben": "1357"]), signedIn: "ben"))
        h.press(.character("2"))
        return h
    }

    /// The cards the board shows, by ID, column by column.
    static func shown(_ h: Harness) -> [TaskID] {
        let state = h.app.stateForTesting
        guard let index = state.panes.firstIndex(where: { $0.id == .tasks }),
            let pane = state.panes[index] as? TasksPane
        else { return [] }
        let context = state.context(for: index, practice: h.source.practice, now: Fixture.now)
        return BoardColumn.allCases.flatMap { pane.cards(in: $0, context).map(\.id) }
    }

    @Test func theOwnerFilterShowsOneOwnersCardsAndTheHeadersSayOfHowMany() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("f"))
        h.type("owner joe")
        h.press(.enter)
        #expect(Self.shown(h) == [TaskID(5), TaskID(8)])
        #expect(h.text.contains("Doing 1 of 3/3"))
        #expect(h.text.contains("Today 1 of 2/6"))
        #expect(h.text.contains("[Joe M.]"))
    }

    @Test func theLabelFilterAndClearingIt() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("f"))
        h.type("billing")
        h.press(.enter)
        #expect(Self.shown(h) == [TaskID(7)])
        #expect(h.text.contains("[#billing]"))
        h.press(.character("f"))
        h.type("clear")
        h.press(.enter)
        #expect(Self.shown(h).count == 10)
        #expect(h.text.contains("Doing 3/3"))
    }

    @Test func overdueCombinesWithTheTextFilter() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("f"))
        h.type("overdue")
        h.press(.enter)
        #expect(Self.shown(h) == [TaskID(6), TaskID(9)])
        #expect(h.text.contains("Backlog 0 of 3"))
        h.press(.character("/"))
        h.type("lease")
        h.press(.enter)
        #expect(Self.shown(h) == [TaskID(9)])
        #expect(h.text.contains("Doing 0 of 3/3"))
    }

    @Test func mineIsTheSignedInUsersCards() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("m"))
        #expect(Self.shown(h) == [TaskID(6)])
        #expect(h.text.contains("[mine]"))
        h.press(.character("m"))
        #expect(Self.shown(h).count == 10)
    }

    @Test func mineWithoutAStaffMemberSaysSoAndFiltersNothing() {
        let h = Harness(Fixture.busyDesk())
        h.press(.character("2"), .character("m"))
        #expect(h.statusArea.contains("needs a staff member"))
        #expect(Self.shown(h).count == 10)
    }

    @Test func archivedDoneCardsLeaveTheBoard() throws {
        var p = try Self.practice()
        p.settings.archiveDoneAfterDays = 0
        let h = Self.harness(p)
        #expect(!Self.shown(h).contains(TaskID(10)))
        #expect(h.text.contains("Done 0"))
    }

    @Test func aMoveIntoAFullColumnAsksAndRecordsTheOverride() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("L")) // T-4 HIPAA refresher: Today → Doing, 3/3
        #expect(h.statusArea.contains("Doing is full (3/3): move T-4 anyway? the override is recorded"))
        h.press(.character("n"))
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .today)
        h.press(.character("L"), .character("y"))
        #expect(h.source.practice.tasks[TaskID(4)]?.column == .doing)
        #expect(h.source.practice.undoLog.entries.last?.summary == "move T-4 to Doing over WIP")
        #expect(h.text.contains("Doing 4/3 OVER"))
        #expect(h.text.contains("Doing 4/3 OVER"))
    }

    @Test func anotherRefusalIsSaidAtOnce() throws {
        let practice = try Self.practice()
        let context = PaneContext(
            practice: practice, now: Fixture.now, day: Fixture.today, theme: .builtInDefault, focused: true,
            user: "ben")
        guard let card = practice.tasks[TaskID(6)] else { return #expect(Bool(false)) }
        guard case .refusal(let why) = TasksPane.move(card, to: .doing, context: context) else {
            return #expect(Bool(false), "no question for a move the rules refuse anyway")
        }
        #expect(why.contains("already in Doing"))
    }

    @Test func priorityCyclesAndDueOpensTheCommandLine() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("P")) // T-4 is high
        #expect(h.source.practice.tasks[TaskID(4)]?.priority == .low)
        h.press(.character("P"))
        #expect(h.source.practice.tasks[TaskID(4)]?.priority == .normal)
        h.press(.character("D"))
        #expect(h.statusLine.hasPrefix(":task edit T-4 --due "))
    }

    @Test func labelsPickerTogglesOneLabel() throws {
        let h = Self.harness(try Self.practice())
        h.press(.character("#"))
        h.type("compliance")
        h.press(.enter)
        #expect(h.source.practice.tasks[TaskID(4)]?.labels == ["compliance"])
        h.press(.character("#"))
        h.type("compl")
        h.press(.enter)
        #expect(h.source.practice.tasks[TaskID(4)]?.labels == [])
    }
}
