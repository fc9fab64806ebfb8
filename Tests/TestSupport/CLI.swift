import Foundation
import Glibc

/// Runs the real `clinicdesk` binary (built beside this test bundle, since EndToEndTests depends on it).
public enum CLI {
    public static var binary: String {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("clinicdesk").path
    }

    /// The instant `exec --now` runs the store tests' commands at: 09:00 the day after the fixture's today.
    public static let now = ISO8601DateFormatter().string(from: Fixture.at(9, 0, on: Fixture.today.adding(days: 1)))

    /// The binary's test clock (docs/ARCHITECTURE.md, testing): where it starts, and how fast it runs.
    public static let nowVariable = "CLINICDESK_NOW"
    public static let clockRateVariable = "CLINICDESK_CLOCK_RATE"

    public struct Result {
        public var status: Int32
        public var out: String
        public var err: String
        public var lines: [String] { out.split(separator: "\n").map(String.init) }
    }

    /// Runs to completion. `prefix` (e.g. a shell with `ulimit`, or setpriv) goes before the binary; `environment`
    /// adds to (or replaces) the test process's variables; `executable` is another binary of the build.
    @discardableResult
    public static func run(
        _ arguments: [String], stdin: String? = nil, prefix: [String] = [],
        environment: [String: String] = [:], executable: String = binary
    ) throws -> Result {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let command = prefix + [executable] + arguments
        process.executableURL = URL(fileURLWithPath: command[0].hasPrefix("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].hasPrefix("/") ? Array(command.dropFirst()) : command
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // read both pipes concurrently so neither fills up
        let errData = LockedData()
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.done { usleep(1_000) }
        return Result(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData.value, as: UTF8.self))
    }

    /// Starts `clinicdesk` with a pipe on stdin and stdout for streaming; the caller kills or closes it.
    public static func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        return Running(process: process, stdin: input.fileHandleForWriting, stdout: out.fileHandleForReading)
    }

    public final class Running {
        public let process: Process
        public let stdin: FileHandle
        public let stdout: FileHandle
        private var buffer = ""
        public private(set) var lines: [String] = []

        init(process: Process, stdin: FileHandle, stdout: FileHandle) {
            self.process = process; self.stdin = stdin; self.stdout = stdout
        }

        public func send(_ text: String) { try? stdin.write(contentsOf: Data(text.utf8)) }

        /// Blocks until at least `count` complete lines were read, or EOF.
        public func waitForLines(_ count: Int) {
            while lines.count < count {
                let data = stdout.availableData
                if data.isEmpty { return }
                absorb(data)
            }
        }

        public func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            absorb(stdout.readDataToEndOfFile())
            try? stdin.close()
        }

        private func absorb(_ data: Data) {
            buffer += String(decoding: data, as: UTF8.self)
            while let newline = buffer.firstIndex(of: "\n") {
                lines.append(String(buffer[..<newline]))
                buffer = String(buffer[buffer.index(after: newline)...])
            }
        }
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    func set(_ d: Data) { lock.lock(); data = d; finished = true; lock.unlock() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
