import Foundation
import Testing
import TestSupport

/// `clinicdesk init`: an empty practice to import into, refused over an existing one or with a bad name or zone.
@Suite struct InitCommandTests {
    @Test func createsAnEmptyPracticeWithItsNameAndZone() throws {
        let folder = Folder("init")
        let created = try CLI.run([
            "init", "--data", folder.path, "--name", "Lakeside Pediatrics", "--time-zone", "America/Chicago",
        ])
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Lakeside Pediatrics"))
        let export = try CLI.run(["export", "--data", folder.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["name"] as? String == "Lakeside Pediatrics")
        #expect(settings["timeZoneID"] as? String == "America/Chicago")
        for table in ["patients", "staff", "appointments", "shifts", "claims", "tasks"] {
            #expect((json[table] as? [Any])?.isEmpty == true, "\(table) is empty")
        }
        let again = try CLI.run(["init", "--data", folder.path, "--name", "Other"])
        #expect(again.status == 1, "an existing practice is never replaced")
    }

    @Test func aBadNameOrZoneCreatesNothing() throws {
        let folder = Folder("init-bad")
        let zone = try CLI.run(["init", "--data", folder.path, "--name", "X", "--time-zone", "Mars/Olympus"])
        #expect(zone.status == 2)
        #expect(zone.err.contains("not an IANA time zone"))
        let name = try CLI.run(["init", "--data", folder.path, "--name", "Bad\u{1B}[2JName"])
        #expect(name.status == 2)
        #expect(name.err.contains("practice name"), "\(name.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/journal-1.log"))
    }
}
