import Foundation

// Two builds of one target. scripts/fuzz.sh builds it with `-sanitize=fuzzer -D FUZZING`: `main` hands over to
// libFuzzer's driver (`LLVMFuzzerRunDriver`; SwiftPM renames an executable's `main`, so libFuzzer's own cannot be
// used), which calls back with each input for the target named in CLINICDESK_FUZZ_TARGET. The ordinary build
// (`swift build`, CI) replays files through the same code — how a finding is reproduced, and how the seed corpus
// is kept working.

#if FUZZING
    private let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["CLINICDESK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("CLINICDESK_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main
    enum FuzzDriver {
        static func main() {
            _ = target
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                runFuzzerDriver(&argc, &argv) { data, size in
                    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        }
    }
#else
    @main
    enum FuzzReplay {
        /// `ClinicDeskFuzz TARGET FILE_OR_FOLDER...`: runs each input once; `ClinicDeskFuzz seeds FOLDER` writes the
        /// binary seeds (a record, a snapshot body) that cannot be typed by hand.
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.first == "seeds", arguments.count == 2 {
                do { try FuzzSeeds.write(into: arguments[1]) } catch {
                    FileHandle.standardError.write(Data("ClinicDeskFuzz: \(error)\n".utf8))
                    exit(1)
                }
                return
            }
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(
                    Data("usage: ClinicDeskFuzz \(names) FILE_OR_FOLDER... | seeds FOLDER\n".utf8))
                exit(2)
            }
            var count = 0
            for path in arguments.dropFirst() {
                for file in inputs(at: path) {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    target.run([UInt8](data))
                    count += 1
                }
            }
            print("\(target.rawValue): \(count) inputs replayed, no crash")
        }

        private static func inputs(at path: String) -> [String] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
            guard isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { path + "/" + $0 }
        }
    }
#endif
