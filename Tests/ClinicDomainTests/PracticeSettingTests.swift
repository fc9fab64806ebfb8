import ClinicDomain
import Foundation
import Testing
import TestSupport

/// `set NAME VALUE`: every name parses and prints back, values are refused with the column or the rule between
/// settings, only a manager may change them, and the change is a `settingsChanged` event that undo reverses.
@Suite("Practice settings: set NAME VALUE")
struct PracticeSettingTests {
    static let samples: [PracticeSettingName: PracticeSettingValue] = [
        .name: .text("Maple \"Family\" Practice"), .hoursStart: .time(TimeOfDay(hour: 7, minute: 30)),
        .hoursEnd: .time(TimeOfDay(hour: 18)), .slot: .number(20), .waitWarn: .number(12), .waitLate: .number(45),
        .noShowGrace: .number(10), .providerLate: .number(25), .lateCancel: .number(48), .filingWarn: .number(20),
        .credentialWarn: .number(60), .unbilledDays: .number(5), .archiveDays: .number(14), .wipToday: .limit(nil),
        .wipDoing: .limit(4),
        .wipWaiting: .limit(99),
    ]

    @Test("each setting's line parses to its command and prints back the same", arguments: PracticeSettingName.allCases)
    func roundTrip(_ name: PracticeSettingName) throws {
        let value = try #require(Self.samples[name])
        let command = Command.setPracticeSetting(name, value)
        let line = try #require(command.settingLine)
        #expect(try CommandLanguage.parse(line) == command, "\(line)")
        // And the value read from settings holding it prints as that line.
        var p = Fixture.staffedWeek()
        if name == .waitWarn || name == .waitLate {
            try p.run(.setPracticeSetting(.waitLate, .number(100)), actor: "carla")
        }
        try p.run(command, actor: "carla")
        #expect(p.settings.value(of: name) == value)
        #expect(try CommandLanguage.parse("set \(name.rawValue) \(p.settings.value(of: name))") == command)
    }

    @Test(arguments: [
        ("set wait.warn 0", "wait.warn: '0' must be a whole number of minutes, 1–240", 15),
        ("set wait.warn twenty", "wait.warn: 'twenty' must be a whole number of minutes, 1–240", 15),
        ("set hours.start 8am", "hours.start: '8am' is not a time (HH:MM)", 17),
        ("set hours.end 24:00", "hours.end: '24:00' is not a time (HH:MM)", 15),
        ("set wip.doing 0", "wip.doing: '0' must be a WIP limit 1–99 or none", 15),
        ("set wip.doing 100", "wip.doing: '100' must be a WIP limit 1–99 or none", 15),
        ("set slot 61", "slot: '61' must be a whole number of minutes, 5–60", 10),
        ("set wait.warm 20", "unknown setting 'wait.warm' (did you mean wait.warn?", 5),
        ("set late 20", "unknown setting 'late' (did you mean", 5),
        ("set wait.warn", "missing a value for wait.warn", 14),
        ("set wait.warn 20 30", "unexpected '30'", 18),
        (#"set name """#, "practice name: must not be empty", 10),
    ])
    func parseRefusalsNameTheColumn(line: String, message: String, column: Int) throws {
        do {
            _ = try CommandLanguage.parse(line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.message.hasPrefix(message), "\(error.message)")
            #expect(error.column == column, "\(line): \(error)")
        }
    }

    @Test func aSuggestionNeedsToBeClose() {
        #expect(PracticeSettingName.suggestion(for: "wait.late") == .waitLate)
        #expect(PracticeSettingName.suggestion(for: "wip.doign") == .wipDoing)
        #expect(PracticeSettingName.suggestion(for: "grace") == .noShowGrace)
        #expect(PracticeSettingName.suggestion(for: "zzzzzzzzzzzz") == nil)
    }

    @Test func settingsQueries() {
        #expect(CommandLanguage.isSettingsQuery("settings"))
        #expect(CommandLanguage.isSettingsQuery("  set "))
        #expect(!CommandLanguage.isSettingsQuery("set wait.warn 20"))
    }

    @Test("rules between settings: warn before late, start before end, a slot that divides an hour")
    func crossFieldRefusals() throws {
        var p = Fixture.staffedWeek()
        let before = p.settings
        let cases: [(Command, String)] = [
            (
                .setPracticeSetting(.waitWarn, .number(30)),
                "wait.warn (30) must be less than wait.late (30): a patient turns amber before red."
            ),
            (.setPracticeSetting(.waitLate, .number(10)), "wait.warn (15) must be less than wait.late (10)"),
            (.setPracticeSetting(.hoursStart, .time(TimeOfDay(hour: 17))), "hours.start (17:00) must be before"),
            (.setPracticeSetting(.hoursEnd, .time(TimeOfDay(hour: 6))), "hours.start (08:00) must be before"),
            (.setPracticeSetting(.slot, .number(25)), "slot 25 does not divide an hour"),
            (.setPracticeSetting(.waitWarn, .number(15)), "wait.warn is already 15: nothing to change."),
            (.setPracticeSetting(.waitWarn, .time(TimeOfDay(hour: 1))), "wait.warn takes 1–240 minutes"),
            (.setPracticeSetting(.wipDoing, .limit(0)), "wip.doing must be a WIP limit 1–99 or none, not 0."),
            (.setPracticeSetting(.name, .text("   ")), "practice name: must not be empty"),
        ]
        for (command, message) in cases {
            let error = domainError { try p.run(command, actor: "carla") }
            #expect(error?.message.hasPrefix(message) == true, "\(command): \(String(describing: error))")
        }
        #expect(p.settings == before, "nothing changed")
    }

    @Test("a set is one settingsChanged event with the new value; the flow board's thresholds follow it")
    func journaledAsSettingsChanged() throws {
        var p = Fixture.staffedWeek()
        let events = try p.run(.setPracticeSetting(.waitWarn, .number(20)), actor: "carla")
        #expect(events.count == 1)
        guard case .settingsChanged(let new) = events.first?.change else {
            Issue.record("\(events)"); return
        }
        #expect(new.waitWarnMinutes == 20 && p.settings.waitWarnMinutes == 20)
        try p.run(.setPracticeSetting(.wipDoing, .limit(nil)), actor: "carla")
        #expect(p.settings.wipLimits[.doing] == nil)
        try p.run(.setPracticeSetting(.name, .text("  Elm Street Clinic ")), actor: "carla")
        #expect(p.settings.name == "Elm Street Clinic", "kept trimmed")
        #expect(
            p.settings.setLines(since: Fixture.staffedWeek().settings) == [
                "set name \"Elm Street Clinic\"", "set wait.warn 20", "set wip.doing none",
            ])
    }

    @Test("a receptionist is refused, with the role it needs; a manager may")
    func managerOnly() throws {
        var p = try AccountsTests.practice()
        let refused = domainError { try p.run(.setPracticeSetting(.waitWarn, .number(20)), actor: "ana") }
        #expect(refused?.message == "Changing the practice's settings needs the manager role; ana is a receptionist.")
        #expect(p.settings.waitWarnMinutes == 15)
        try p.run(.setPracticeSetting(.waitWarn, .number(20)), actor: "carla")
        #expect(p.settings.waitWarnMinutes == 20)
        for role in Role.allCases {
            #expect(RoleTable.permits(role, .setPracticeSetting(.slot, .number(10))) == (role == .manager))
        }
    }

    @Test("undo puts the old value back; undoing the undo sets it again")
    func undo() throws {
        var p = Fixture.staffedWeek()
        try p.run(.setPracticeSetting(.waitLate, .number(50)), actor: "carla")
        #expect(p.undoLog.entries(by: "carla").first?.summary == "set wait.late 50")
        try p.run(.undo(nil), actor: "carla")
        #expect(p.settings.waitLateMinutes == 30)
        #expect(p.undoLog.entries(by: "carla").first?.summary == "undo set wait.late 50")
        try p.run(.undo(nil), actor: "carla")
        #expect(p.settings.waitLateMinutes == 50)
    }
}
