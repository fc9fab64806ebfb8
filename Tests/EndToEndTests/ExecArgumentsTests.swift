import Foundation
import Testing
import TestSupport

/// `clinicdesk exec` takes a command as separate shell words, or as one quoted line exactly as typed at `:`.
@Test func execTakesWordsOrOneQuotedLine() throws {
    let folder = Folder("exec-args")
    try DemoClinic.create(in: folder)
    let words = try CLI.run([
        "exec", "--data", folder.path, "--now", DemoClinic.now, "task", "add", "Order nitrile gloves",
        "--column", "backlog",
    ])
    #expect(words.status == 0)
    #expect(words.out.hasPrefix("ok "))
    let line = try CLI.run([
        "exec", "--data", folder.path, "--now", DemoClinic.now, "task add \"Call Aetna\" --priority high",
    ])
    #expect(line.status == 0, "\(line.err)")
    let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
    #expect(export.out.contains("Order nitrile gloves") && export.out.contains("Call Aetna"))
    let bad = try CLI.run(["exec", "--data", folder.path, "--now", DemoClinic.now, "task add"])
    #expect(bad.status != 0)
    #expect(bad.err.contains("error:") && bad.err.contains("title"))
}
