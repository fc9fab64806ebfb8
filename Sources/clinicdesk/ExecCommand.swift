import ArgumentParser
import ClinicDomain
import ClinicStore
import Foundation

/// `clinicdesk exec`: run commands of the command language against a data folder. One output line per command:
/// `ok <seq> [<new id>]` on stdout only after the events are fdatasync'd, or `error: …` on stderr. A sick call
/// adds `note:` lines on stderr: the gaps it opens and the visits to move (`AbsenceNotes`). A query
/// (`task find`, `task linked`) prints one line per result on stdout instead, and writes nothing.
struct ExecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run commands (arguments, or one per stdin line); print `ok <seq> [id]` once each is durable.",
        discussion: """
            Exit status: 0 when every command succeeded, 1 when any failed, 2 when the folder could not be opened.
            Blank stdin lines and lines starting with # are skipped. Once the folder has accounts, sign in: \
            --user LOGIN and the PIN in CLINICDESK_PIN, or with --pin-stdin as the first stdin line (the \
            commands follow it, unless given as arguments); a wrong or missing PIN exits 2 and runs nothing.
            """
    )

    @OptionGroup var data: DataOptions

    @OptionGroup var signIn: SignInOptions

    @Option(help: .hidden)
    var now: String?

    @Argument(parsing: .captureForPassthrough, help: "One command, e.g. task add \"Order gloves\" --column today")
    var command: [String] = []

    func run() throws {
        // `--now` stops the clock there (every command at that instant); otherwise it runs, moved or not.
        let clock = try now.map { try CommandClock(start: parseInstant($0), rate: 0) } ?? CommandClock.resolve(now: nil)
        var options = Store.Options()
        options.tail = false
        options.snapshotOnClose = false // one-shot runs: snapshots come from the every-N-events rule
        let store: Store
        do {
            store = try Store.open(folder: data.folder, mode: .readWrite, options: options)
        } catch {
            CLIOutput.err("error: \(error)")
            throw ExitCode(2)
        }
        defer {
            store.close()
            for note in store.takeNotes() { CLIOutput.err("note: \(note)") } // e.g. a snapshot that failed
        }
        for note in store.recovery.notes { CLIOutput.err("note: \(note)") }
        let actor = SignIn.actor(signIn, store: store)

        var failures = 0
        func run(_ line: String, label: String) {
            let instant = clock.now
            let today = store.practice.clock.day(of: instant)
            if CommandLanguage.isSettingsQuery(line) {
                // `settings` (or `set` alone) asks, changes nothing: one `name<TAB>value<TAB>what` line each.
                for row in store.practice.settings.settingLines {
                    CLIOutput.out(fields: [row.name, row.value, row.summary])
                }
                return
            }
            // A read-only verb (`task find`) prints its answer, a line per result, and writes nothing.
            do {
                if let query = try CommandLanguage.query(line) {
                    for answer in store.practice.answer(query, now: instant) { CLIOutput.out(answer) }
                    return
                }
            } catch {
                failures += 1
                CLIOutput.err("error: \(label)\(error)")
                return
            }
            let parsed: Command
            do {
                parsed = try CommandLanguage.parse(line, today: today, practiceToday: today)
            } catch {
                failures += 1
                CLIOutput.err("error: \(label)\(error)")
                return
            }
            do {
                let receipt = try store.execute(parsed, actor: actor, now: instant)
                CLIOutput.out("ok \(receipt.seq)" + (receipt.newID.map { " \($0)" } ?? ""))
                for note in AbsenceNotes.lines(for: parsed, in: store.practice, now: instant) {
                    CLIOutput.err("note: \(note)")
                }
            } catch {
                failures += 1
                CLIOutput.err("error: \(label)\(error)")
            }
        }

        if command.count == 1 {
            // One argument is a whole command line, as typed at the `:` prompt: exec 'task add "Order gloves"'.
            run(command[0], label: "")
        } else if !command.isEmpty {
            run(command.map(Self.quoted).joined(separator: " "), label: "")
        } else {
            var number = PinInput.stdinLinesRead
            while let line = readLine(strippingNewline: true) {
                number += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                run(trimmed, label: "line \(number): ")
            }
        }
        finish(closing: store, status: failures > 0 ? 1 : 0)
    }

    /// Re-quotes one shell argument for the command tokenizer (words with spaces or quotes stay one word).
    static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\\" })
        else { return word }
        let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
