import Foundation
import Glibc

/// Runs the real `clinicdesk` binary (built beside this test bundle, since EndToEndTests depends on it).
enum CLI {
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("clinicdesk").path
    }

    static let now = "2026-11-24T14:00:00Z"

    struct Result {
        var status: Int32
        var out: String
        var err: String
        var lines: [String] { out.split(separator: "\n").map(String.init) }
    }

    /// Runs to completion. `prefix` (e.g. a shell with `ulimit`, or setpriv) goes before the binary.
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, prefix: [String] = []) throws -> Result {
        let process = Process()
        let command = prefix + [binary] + arguments
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
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData.value, as: UTF8.self))
    }

    /// Starts `clinicdesk` with a pipe on stdin and stdout for streaming; the caller kills or closes it.
    static func start(_ arguments: [String]) throws -> Running {
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

    final class Running {
        let process: Process
        let stdin: FileHandle
        let stdout: FileHandle
        private var buffer = ""
        private(set) var lines: [String] = []

        init(process: Process, stdin: FileHandle, stdout: FileHandle) {
            self.process = process; self.stdin = stdin; self.stdout = stdout
        }

        func send(_ text: String) { try? stdin.write(contentsOf: Data(text.utf8)) }

        /// Blocks until at least `count` complete lines were read, or EOF.
        func waitForLines(_ count: Int) {
            while lines.count < count {
                let data = stdout.availableData
                if data.isEmpty { return }
                absorb(data)
            }
        }

        func kill() {
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

/// A temporary data folder.
final class Folder {
    let path: String
    init(_ name: String) {
        path = FileManager.default.temporaryDirectory.path + "/clinicdesk-e2e-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
    func size(_ name: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file(name)))?[.size] as? Int) ?? -1
    }
}

/// SplitMix64: reproducible randomness for torture rounds.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Every string value anywhere in a JSON document (structure-agnostic, so domain changes don't break tests).
func allStrings(inJSON text: String) -> Set<String> {
    guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [] }
    var found = Set<String>()
    func walk(_ value: Any) {
        if let s = value as? String { found.insert(s) }
        else if let array = value as? [Any] { array.forEach(walk) }
        else if let object = value as? [String: Any] { object.values.forEach(walk) }
    }
    walk(root)
    return found
}
