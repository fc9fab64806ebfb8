import ClinicDomain
import ClinicInterop
import ClinicStore
import ClinicX12
import Foundation
import Glibc

/// `export --format x12-837`: the claims chosen (the ready ones by default) as one 837P interchange, written to a
/// file durably (temp, fsync, rename, fsync of the folder) and only then marked submitted in the store, so a crash
/// between the two leaves claims unsent, never sent-but-unrecorded. Each claim passes the same checks as
/// `claim submit` before anything is written.
enum ClaimFileExport {
    static func run(
        folder: String, selection: String, out: String?, late: Bool, testUsage: Bool, signIn: SignInOptions,
        now: Date
    ) -> Int32 {
        guard let out else {
            CLIOutput.err("error: --format x12-837 needs --out FILE (claims are marked sent once the file is on disk)")
            return 2
        }
        var options = Store.Options()
        options.tail = false
        options.snapshotOnClose = false
        let store: Store
        do { store = try Store.open(folder: folder, mode: .readWrite, options: options) } catch {
            CLIOutput.err("error: \(error)")
            return 2
        }
        defer { store.close() }
        let actor = SignIn.actor(signIn, store: store)
        let practice = store.practice
        let ids: [ClaimID]
        do { ids = try choose(selection, in: practice) } catch {
            CLIOutput.err("error: \(error)")
            return 1
        }
        guard !ids.isEmpty else {
            CLIOutput.err("error: no claims are ready to send (mark one with `claim ready C-…`)")
            return 1
        }
        // Interchange control numbers must not repeat: the store's next sequence number never does.
        let control = Int((practice.lastSeq + 1) % 999_999_999)
        let command = Command.recordClaimsSent(ids, interchange: control, lateOverride: late)
        let text: String
        do {
            _ = try practice.validate(command, actor: actor, now: now)
            let file = try Claim837Builder.file(
                practice, claims: ids, controlNumber: control, now: now, usage: testUsage ? .test : .production)
            text = try Claim837Writer.write(file)
        } catch {
            CLIOutput.err("error: nothing written: \(error)")
            return 1
        }
        do { try writeDurably(text, to: out) } catch {
            CLIOutput.err("error: \(error)")
            return 1
        }
        do {
            let receipt = try store.execute(command, actor: actor, now: now)
            CLIOutput.out("ok \(receipt.seq) wrote \(out): \(ids.count) claim(s), interchange \(control)")
            return 0
        } catch {
            CLIOutput.err("error: \(out) is written but the claims were not marked sent: \(error)")
            return 1
        }
    }

    /// `ready` (every claim marked ready, in ID order) or a comma-separated list of claim IDs.
    static func choose(_ selection: String, in practice: Practice) throws -> [ClaimID] {
        if selection == "ready" {
            var ids: [ClaimID] = []
            practice.claims.forEach { claim in if claim.status == .ready { ids.append(claim.id) } }
            return ids.sorted()
        }
        return try selection.split(separator: ",").map { word in
            guard let id = ClaimID(String(word).trimmingCharacters(in: .whitespaces)) else {
                throw WriteError(description: "--claims: '\(word)' is not a claim ID (like C-22)")
            }
            return id
        }
    }

    struct WriteError: Error, CustomStringConvertible { var description: String }

    static func writeDurably(_ text: String, to path: String) throws {
        do {
            try ExportFile.writeAtomically(to: path) { sink in
                var bytes = Array(text.utf8)
                try bytes.withUnsafeMutableBytes { try sink(UnsafeRawBufferPointer($0)) }
            }
        } catch {
            throw WriteError(description: error.description)
        }
    }
}
