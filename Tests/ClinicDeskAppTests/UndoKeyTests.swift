@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import Testing
import TestSupport

@Suite("The u key")
struct UndoKeyTests {
    @Test func uUndoesYourLastChangeAndAgainRedoesIt() {
        let h = Harness(size: Size(width: 160, height: 48))
        let tasks = h.source.practice.tasks.count
        h.press(.character(":"))
        h.type("task add \"Order gloves\"")
        h.press(.enter)
        #expect(h.source.practice.tasks.count == tasks + 1)
        let undone = h.press(.character("u")).text
        #expect(h.source.practice.tasks.count == tasks)
        #expect(undone.contains("undone: add task T-"))
        let redone = h.press(.character("u")).text
        #expect(h.source.practice.tasks.count == tasks + 1)
        #expect(redone.contains("redone: add task T-"))
    }

    @Test func withNothingToUndoItSaysSo() {
        let h = Harness(size: Size(width: 160, height: 48))
        let seq = h.source.practice.lastSeq
        #expect(h.press(.character("u")).text.contains("Ana R. has no recent change to undo."))
        #expect(h.source.practice.lastSeq == seq)
    }
}
