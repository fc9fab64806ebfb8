import ClinicDomain
import Foundation
import Glibc
import TerminalKit

/// Where PINs come from on the command line — never from an argument (it would sit in the shell history and in
/// every process listing). From the terminal without echo, or, with `--pin-stdin`, one line of stdin per prompt
/// (scripts); the sign-in PIN may also come from `CLINICDESK_PIN`.
enum PinInput {
    static let environmentVariable = "CLINICDESK_PIN"

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Lines of stdin taken as PINs so far, so `exec` numbers the command lines after them as the file does.
    nonisolated(unsafe) private(set) static var stdinLinesRead = 0

    /// One PIN: the next stdin line (`fromStdin`), or typed at the terminal with echo off, prompt on stderr.
    static func read(prompt: String, fromStdin: Bool) throws -> String {
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw Failure(description: "--pin-stdin: stdin ended before the PIN (\(prompt.lowercased()))")
            }
            stdinLinesRead += 1
            return line.trimmingCharacters(in: .whitespaces)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Failure(
                description: "no PIN: stdin is not a terminal; pass --pin-stdin (one PIN per line) or set "
                    + "\(environmentVariable) for signing in")
        }
        return try withoutEcho {
            CLIOutput.prompt(prompt + ": ")
            let line = readLine(strippingNewline: true)
            CLIOutput.err("")
            guard let line else { throw Failure(description: "no PIN typed") }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A new PIN, asked twice and checked against `PinRule`.
    static func readNew(for login: String, fromStdin: Bool) throws -> String {
        let first = try read(prompt: "New PIN for \(login)", fromStdin: fromStdin)
        if let problem = PinRule.problem(first) { throw Failure(description: problem) }
        let second = try read(prompt: "The same PIN again", fromStdin: fromStdin)
        guard first == second else { throw Failure(description: "The two PINs differ; nothing changed.") }
        return first
    }

    /// Runs `body` with the terminal's echo off, and puts it back whatever happens.
    private static func withoutEcho<T>(_ body: () throws -> T) throws -> T {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return try body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        return try body()
    }
}
