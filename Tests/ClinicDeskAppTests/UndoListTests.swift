@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import Testing
import TestSupport

@Suite("The U list of your recent changes")
struct UndoListTests {
    private func addTask(_ h: Harness, _ title: String) {
        h.press(.character(":"))
        h.type("task add \"\(title)\"")
        h.press(.enter)
    }

    @Test func listsYourChangesNewestFirstAndEnterUndoesThePickedOne() {
        let h = Harness(size: Size(width: 160, height: 48))
        let tasks = h.source.practice.tasks.count
        addTask(h, "Order gloves")
        addTask(h, "Call landlord")
        // Another desk's change is not offered to Ana.
        _ = try? h.source.execute(.addTask(NewTask(title: "Someone else's")), actor: "ben", now: Fixture.now)
        let screen = h.press(.character("U")).text
        #expect(screen.contains("Your recent changes (2)"))
        let newest = try! #require(h.source.practice.undoLog.entries(by: "Ana R.").first)
        #expect(screen.contains(newest.summary))
        // The older change: down once, Enter.
        h.press(.down)
        let receipt = h.press(.enter).text
        #expect(receipt.contains("undone: add task"))
        #expect(h.source.practice.tasks.count == tasks + 2)
        #expect(h.source.practice.tasks.values.contains { $0.title == "Call landlord" })
        #expect(!h.source.practice.tasks.values.contains { $0.title == "Order gloves" })
    }

    @Test func aChangeThatCannotBeUndoneSaysWhyInTheListAndIsRefusedOnEnter() {
        let h = Harness(size: Size(width: 160, height: 48))
        addTask(h, "Order gloves")
        h.press(.character("u")) // undone: now the add cannot be undone again, only its undo (a redo)
        let screen = h.press(.character("U")).text
        #expect(screen.contains("cannot:"))
        let seq = h.source.practice.lastSeq
        h.press(.down)
        let refused = h.press(.enter)
        #expect(h.app.statusIsError)
        #expect(h.source.practice.lastSeq == seq)
        #expect(!refused.text.contains("Your recent changes"))
    }

    @Test func typingNarrowsTheListAndEscClosesIt() {
        let h = Harness(size: Size(width: 160, height: 48))
        addTask(h, "Order gloves")
        let card = try! #require(h.source.practice.tasks.values.first { $0.title == "Order gloves" })
        h.press(.character(":"))
        h.type("task done \(card.id)")
        h.press(.enter)
        h.press(.character("U"))
        // The add's row also says why it cannot be undone ("… changed since: done T-…"), so narrow by "add".
        let narrowed = h.type("add").text
        #expect(narrowed.contains("10:42  add task \(card.id)"))
        #expect(!narrowed.contains("10:42  done \(card.id)"))
        let closed = h.press(.escape).text
        #expect(!closed.contains("Your recent changes"))
    }

    @Test func withNothingOfYoursItSaysSo() {
        let h = Harness(size: Size(width: 160, height: 48))
        #expect(h.press(.character("U")).text.contains("Ana R. has no recent change to undo."))
    }
}
