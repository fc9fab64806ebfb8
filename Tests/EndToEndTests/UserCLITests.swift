import Foundation
import Testing
import TestSupport

/// `clinicdesk user …` and signing in for the writers, on the small demo practice (Carla S-15 the manager, Ana S-6
/// at the desk, Ben S-14 the biller). PINs go in on stdin (`--pin-stdin`) or in CLINICDESK_PIN, never as arguments.
@Suite("User accounts through the CLI")
struct UserCLITests {
    static let managerPin = "739164", deskPin = "480257"

    static func user(_ folder: Folder, _ arguments: [String], stdin: String? = nil, pin: String? = nil) throws
        -> CLI.Result
    {
        try CLI.run(
            ["user"] + arguments + ["--data", folder.path, "--now", DemoClinic.now], stdin: stdin,
            environment: pin.map { ["CLINICDESK_PIN": $0] } ?? ["CLINICDESK_PIN_UNSET": "1"])
    }

    /// The demo with carla (the first account, so a manager) and ana (a receptionist, added by carla).
    static func folderWithAccounts() throws -> Folder {
        let folder = Folder("users")
        try DemoClinic.create(in: folder)
        let first = try user(
            folder, ["add", "carla", "--staff", "S-15", "--pin-stdin"], stdin: "\(managerPin)\n\(managerPin)\n")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.err.contains("first account"))
        let desk = try user(
            folder, ["add", "ana", "--staff", "S-6", "--user", "carla", "--pin-stdin"],
            stdin: "\(managerPin)\n\(deskPin)\n\(deskPin)\n")
        #expect(desk.status == 0, "\(desk.err)")
        return folder
    }

    static func exec(_ folder: Folder, _ arguments: [String], stdin: String? = nil, pin: String? = nil) throws
        -> CLI.Result
    {
        try CLI.run(
            ["exec", "--data", folder.path, "--now", DemoClinic.now] + arguments, stdin: stdin,
            environment: pin.map { ["CLINICDESK_PIN": $0] } ?? [:])
    }

    static func journalBytes(_ folder: Folder) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("journal-") }
            .reduce(0) { $0 + folder.size($1) }
    }

    @Test("user add, list: the first is a manager; list shows login, name, role, active and no hash")
    func addAndList() throws {
        let folder = try Self.folderWithAccounts()
        let list = try Self.user(folder, ["list", "--user", "carla"], pin: Self.managerPin)
        #expect(list.status == 0, "\(list.err)")
        #expect(list.lines == ["ana\tAna Rodriguez\treceptionist\tactive", "carla\tCarla Romano\tmanager\tactive"])
    }

    @Test("no PIN digits in any file of the folder, nor in the export, nor in the log")
    func noPinAnywhere() throws {
        let folder = try Self.folderWithAccounts()
        let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(export.status == 0 && log.status == 0)
        #expect(export.out.contains("\"login\" : \"ana\"") && !export.out.contains("salt"))
        var texts: [(String, [UInt8])] = [("export", Array(export.out.utf8)), ("log", Array(log.out.utf8))]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let data = FileManager.default.contents(atPath: folder.file(name)) ?? Data()
            texts.append((name, [UInt8](data)))
        }
        #expect(texts.count >= 5)
        for (name, bytes) in texts {
            for pin in [Self.managerPin, Self.deskPin] {
                let needle = Array(pin.utf8)
                let found =
                    bytes.count >= needle.count
                    && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
                #expect(!found, "the PIN is in \(name)")
            }
        }
    }

    @Test("exec without a PIN, with a wrong one: exit 2, nothing written; with the right one: ok, as the login")
    func execSignIn() throws {
        let folder = try Self.folderWithAccounts()
        let before = try Self.journalBytes(folder)
        let missing = try Self.exec(folder, ["--user", "ana", "task add \"Order gloves\""])
        #expect(missing.status == 2 && missing.err.contains("sign in with --user LOGIN"), "\(missing.err)")
        let wrong = try Self.exec(folder, ["--user", "ana", "task add \"Order gloves\""], pin: "111999")
        #expect(wrong.status == 2 && wrong.err.contains("do not match"), "\(wrong.err)")
        let stranger = try Self.exec(folder, ["--user", "desk", "task add \"Order gloves\""], pin: Self.deskPin)
        #expect(stranger.status == 2)
        #expect(try Self.journalBytes(folder) == before, "refused sign-ins write nothing")
        let right = try Self.exec(folder, ["--user", "ana", "task add \"Order gloves\""], pin: Self.deskPin)
        #expect(right.status == 0 && right.out.hasPrefix("ok "), "\(right.err)")
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(log.lines.last?.split(separator: "\t")[2] == "ana")
        // --pin-stdin: the PIN is stdin's first line, the commands follow.
        let piped = try Self.exec(
            folder, ["--user", "ana", "--pin-stdin"], stdin: "\(Self.deskPin)\ntask add \"Call the lab\"\nnope\n")
        #expect(piped.status == 1 && piped.lines.count == 1, "\(piped.out) \(piped.err)")
        #expect(piped.err.contains("line 3:"), "line numbers count the PIN line: \(piped.err)")
    }

    @Test("roles through exec: a receptionist is refused a write-off, naming the manager role")
    func roleRefusal() throws {
        let folder = try Self.folderWithAccounts()
        let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        let open = try #require(claims.first { ["submitted", "accepted", "denied"].contains($0["status"] as? String) })
        let id = try #require(open["id"] as? String)
        let refused = try Self.exec(folder, ["--user", "ana", "claim writeoff \(id)"], pin: Self.deskPin)
        #expect(refused.status == 1)
        #expect(
            refused.err.contains("Writing off a claim needs the manager role; ana is a receptionist."), "\(refused.err)"
        )
        let allowed = try Self.exec(folder, ["--user", "carla", "claim writeoff \(id)"], pin: Self.managerPin)
        #expect(allowed.status == 0, "\(allowed.err)")
    }

    @Test("user role, disable, enable; the last manager stays; a user changes their own PIN")
    func manage() throws {
        let folder = try Self.folderWithAccounts()
        let last = try Self.user(folder, ["disable", "carla", "--user", "carla"], pin: Self.managerPin)
        #expect(last.status == 1 && last.err.contains("last active manager"), "\(last.err)")
        let notManager = try Self.user(folder, ["disable", "carla", "--user", "ana"], pin: Self.deskPin)
        #expect(notManager.status == 1 && notManager.err.contains("needs the manager role"), "\(notManager.err)")
        #expect(try Self.user(folder, ["role", "ana", "biller", "--user", "carla"], pin: Self.managerPin).status == 0)
        #expect(try Self.user(folder, ["disable", "ana", "--user", "carla"], pin: Self.managerPin).status == 0)
        let disabled = try Self.exec(folder, ["--user", "ana", "task add x"], pin: Self.deskPin)
        #expect(disabled.status == 2 && disabled.err.contains("disabled"), "\(disabled.err)")
        #expect(try Self.user(folder, ["enable", "ana", "--user", "carla"], pin: Self.managerPin).status == 0)
        let own = try Self.user(
            folder, ["pin", "ana", "--user", "ana", "--pin-stdin"], stdin: "\(Self.deskPin)\n615243\n615243\n")
        #expect(own.status == 0, "\(own.err)")
        #expect(try Self.exec(folder, ["--user", "ana", "task add x"], pin: "615243").status == 0)
        let weak = try Self.user(
            folder, ["pin", "ana", "--user", "ana", "--pin-stdin"], stdin: "615243\n1234\n1234\n")
        #expect(weak.status == 1 && weak.err.contains("run of digits"), "\(weak.err)")
        let differ = try Self.user(
            folder, ["pin", "ana", "--user", "ana", "--pin-stdin"], stdin: "615243\n615248\n615249\n")
        #expect(differ.status == 1 && differ.err.contains("differ"), "\(differ.err)")
    }

    @Test("an open folder: exec needs no PIN, as before; demo --accounts signs up one login per role")
    func openAndDemo() throws {
        let open = Folder("users-open")
        try DemoClinic.create(in: open)
        #expect(try Self.exec(open, ["--user", "desk", "task add x"]).status == 0)
        let demo = Folder("users-demo")
        let made = try CLI.run([
            "demo", "--data", demo.path, "--seed", "\(Fixture.seed)", "--today", Fixture.today.description,
            "--time-zone", Fixture.zoneID, "--now", DemoClinic.now, "--accounts",
        ])
        #expect(made.status == 0, "\(made.err)")
        let list = try Self.user(demo, ["list", "--user", "carla"], pin: "2580")
        #expect(
            list.lines.map { $0.split(separator: "\t")[2] } == [
                "receptionist", "biller", "manager", "provider", "nurse",
            ])
    }
}
