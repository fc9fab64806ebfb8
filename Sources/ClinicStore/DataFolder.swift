import Foundation
import Glibc

// The data folder: where it lives, what is in it, and whether we may use it.
//
// Guarantees: the folder is 0700 and every file we create 0600 (PHI); a folder on a network file system
// (NFS, SMB/CIFS, AFS, Coda, Ceph, 9p) is refused because flock and change notification lie there; a folder
// whose FORMAT names another version is refused before anything is read or written. The `lock` file is
// created once and never replaced or deleted (replacing it would silently split the lock in two); so is
// `snapshot.lock`.

public struct DataFolder: Sendable, Equatable {
    public static let formatFileName = "FORMAT"
    public static let lockFileName = "lock"
    /// 2: journal records and snapshots in the binary encodings. A version-1 folder (JSON records) is read and
    /// upgraded in place on the first writable open; a version-1 build refuses a version-2 folder by name.
    public static let formatVersion = 2
    public static let readableFormatVersions = 1...2
    public static let formatText = "clinicdesk-store \(formatVersion)\n"

    public let path: String

    public init(path: String) {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        self.path = p
    }

    /// `$XDG_DATA_HOME/clinicdesk` when XDG_DATA_HOME is an absolute path, else `~/.local/share/clinicdesk`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return FileSystem.join(xdg, "clinicdesk")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return FileSystem.join(home, ".local/share/clinicdesk")
    }

    public func file(_ name: String) -> String { FileSystem.join(path, name) }
    public var formatPath: String { file(Self.formatFileName) }
    public var lockPath: String { file(Self.lockFileName) }

    // MARK: contents

    public struct Contents: Sendable, Equatable {
        /// (seq, file name), ascending by seq.
        public var snapshots: [(seq: UInt64, name: String)] = []
        /// (first seq, file name), ascending by first seq.
        public var segments: [(firstSeq: UInt64, name: String)] = []
        public var tempFiles: [String] = []
        public var hasFormat = false
        public var others: [String] = []

        public static func == (a: Contents, b: Contents) -> Bool {
            a.snapshots.map(\.name) == b.snapshots.map(\.name) && a.segments.map(\.name) == b.segments.map(\.name)
                && a.tempFiles == b.tempFiles && a.hasFormat == b.hasFormat && a.others == b.others
        }
    }

    public func contents() throws(StoreError) -> Contents {
        var c = Contents()
        for name in try FileSystem.list(path).sorted() {
            if name == Self.formatFileName {
                c.hasFormat = true
            } else if name == Self.lockFileName || name == Self.snapshotLockFileName {
                continue
            } else if let seq = Self.number(in: name, prefix: "snapshot-", suffix: ".snap") {
                c.snapshots.append((seq, name))
            } else if let seq = Self.number(in: name, prefix: "journal-", suffix: ".log") {
                c.segments.append((seq, name))
            } else if name.hasPrefix(SnapshotFile.tempPrefix) || name.hasPrefix(".FORMAT.tmp") {
                c.tempFiles.append(name)
            } else {
                c.others.append(name)
            }
        }
        c.snapshots.sort { $0.seq < $1.seq }
        c.segments.sort { $0.firstSeq < $1.firstSeq }
        return c
    }

    static func number(in name: String, prefix: String, suffix: String) -> UInt64? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(digits)
    }

    public static func segmentName(firstSeq: UInt64) -> String { "journal-\(firstSeq).log" }

    // MARK: checks

    /// Refuses network file systems (by statfs magic number).
    public func checkLocal() throws(StoreError) {
        guard let magic = try Self.fileSystemMagic(path) else { return }
        if let kind = Self.networkKind(magic: magic) {
            throw StoreError.networkFileSystem(path: path, kind: kind)
        }
    }

    /// statfs(2)'s `f_type`. Glibc's Swift module does not import <sys/vfs.h>, so the C function is looked up
    /// with dlsym and called through a C function pointer; `f_type` is the first field on every Linux ABI.
    static func fileSystemMagic(_ path: String) throws(StoreError) -> Int64? {
        typealias StatfsFunction = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "statfs") else { return nil }
        let function = unsafeBitCast(symbol, to: StatfsFunction.self)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        guard function(path, buffer) == 0 else { throw StoreError.from(errno: errno, path: path, operation: "inspect") }
        return Int64(buffer.load(as: Int.self))
    }

    /// The name of a network file system for a statfs magic number, nil for local ones.
    public static func networkKind(magic: Int64) -> String? {
        switch UInt32(truncatingIfNeeded: magic) {
        case 0x6969: return "NFS"
        case 0x517B: return "SMB"
        case 0xFF53_4D42: return "CIFS"
        case 0xFE53_4D42: return "SMB2"
        case 0x5346_414F: return "AFS"
        case 0x7375_7245: return "Coda"
        case 0x00C3_6400: return "Ceph"
        case 0x0102_1997: return "9p"
        default: return nil
        }
    }

    /// Reads FORMAT; throws unless it names a version this build reads. Returns that version.
    @discardableResult
    public func checkFormat() throws(StoreError) -> Int {
        try requireExisting()
        guard let file = try POSIXFile.openIfExists(formatPath, flags: O_RDONLY) else {
            let names = (try? FileSystem.list(path)) ?? []
            let detail =
                names.isEmpty
                ? "the folder is empty (create one with `clinicdesk demo --data \(path)`)"
                : "it has no FORMAT file"
            throw StoreError.notAStore(path: path, detail: detail)
        }
        defer { file.close() }
        let text = String(decoding: try file.read(count: 256, at: 0), as: UTF8.self)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: " ")
        guard parts.count == 2, parts[0] == "clinicdesk-store", let version = Int(parts[1]) else {
            throw StoreError.unsupportedFormat(path: formatPath, found: trimmed, supported: Self.formatVersion)
        }
        guard Self.readableFormatVersions.contains(version) else {
            throw StoreError.unsupportedFormat(path: formatPath, found: trimmed, supported: Self.formatVersion)
        }
        return version
    }

    /// Throws `noSuchFolder` when nothing is at the path (or a parent is missing), `notAStore` when a file is. Every
    /// open starts here, so opening a folder never creates it: only `Store.create` does.
    public func requireExisting() throws(StoreError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw StoreError.noSuchFolder(path: path) }
            return // permission and I/O errors are said by the open that follows, with the file it failed on
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            throw StoreError.notAStore(path: path, detail: "it is a file, not a folder")
        }
    }

    /// Creates the folder (0700) if needed and tightens its mode if we own it.
    public func prepareForWriting() throws(StoreError) {
        try FileSystem.makeDirectory(path, mode: 0o700)
        try checkLocal()
        var st = stat()
        if stat(path, &st) == 0 && (st.st_mode & 0o077) != 0 && st.st_uid == getuid() {
            _ = chmod(path, 0o700)
        }
    }

    /// Writes FORMAT atomically (temp, fsync, rename, fsync folder).
    public func writeFormat() throws(StoreError) {
        let temp = file(".FORMAT.tmp-\(getpid())")
        let out = try POSIXFile.open(temp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
        do throws(StoreError) {
            try out.write(Array(Self.formatText.utf8), at: 0)
            try out.fullSync()
            out.close()
            try FileSystem.rename(temp, formatPath)
        } catch {
            out.close()
            try? FileSystem.remove(temp)
            throw error
        }
        try FileSystem.syncDirectory(path)
    }
}

extension DataFolder {
    /// flock target that makes deciding on and writing a snapshot exclusive across processes. Like `lock`, it is
    /// created once (by the first snapshot attempt) and never replaced or deleted.
    public static let snapshotLockFileName = "snapshot.lock"
    public var snapshotLockPath: String { file(Self.snapshotLockFileName) }
}
