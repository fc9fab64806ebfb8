import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation
import Glibc

/// `clinicdesk export --format json`: the whole state in a stable order (sorted keys, rows in ID order), so two
/// folders with the same history export byte-identical files.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole state (json) to stdout or a file."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "json (csv, ics, fhir and x12-837 come with the interop module).")
    var format: String = "json"

    @Option(help: "Write here (atomically, mode 0600) instead of stdout.")
    var out: String?

    func run() throws {
        guard format == "json" else {
            CLIOutput.err("error: export format '\(format)' is not available yet; use --format json")
            throw ExitCode(2)
        }
        var options = Store.Options()
        options.tail = false
        let store: Store
        do {
            store = try Store.open(folder: data.folder, mode: .readOnly, options: options)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        let practice = store.practice
        store.close()
        if let damage = store.recovery.damage { CLIOutput.err("warning: exporting what is before the damage: \(damage)") }
        var json = try DomainCoding.encoder(pretty: true).encode(practice)
        json.append(0x0A)
        if let out {
            let temp = out + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temp, contents: json, attributes: [.posixPermissions: 0o600]) else {
                CLIOutput.err("error: could not write \(temp)")
                throw ExitCode(1)
            }
            guard rename(temp, out) == 0 else {
                CLIOutput.err("error: could not rename \(temp) to \(out): \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(json)
        }
    }
}
