import Foundation
import Testing
@testable import ClinicStore

/// Finding 7: only the write path says "command not saved"; read paths say what could not be read and the fix.
@Suite struct StoreErrorWordingTests {
    @Test func readPathsNeverMentionACommand() {
        let denied = StoreError.permissionDenied(path: "/data/journal-1.log", operation: "open")
        #expect(denied.description.contains("command not saved"), "a command's write path keeps saying so")
        let read = denied.readPathError
        #expect(read.description.hasPrefix("cannot read /data/journal-1.log: permission denied"), "\(read)")
        #expect(read.description.contains("chmod 600") && !read.description.contains("command"))
        for error: StoreError in [
            .diskFull(path: "/d/x", detail: "no space left on device"), .readOnlyFileSystem(path: "/d"),
            .syncFailed(path: "/d/x", errno: 5), .closed, .readOnlyStore(path: "/d", reason: "r"),
        ] {
            #expect(error.description.contains("command not saved"))
            #expect(!error.sentence(.reading).contains("command"), "\(error.sentence(.reading))")
            #expect(!error.sentence(.repair).contains("command"))
            #expect(!error.sentence(.create).contains("command not saved"))
        }
        #expect(
            StoreError.diskFull(path: "/d/x", detail: "no space").sentence(.create).contains(
                "the store was not created"))
    }
}
