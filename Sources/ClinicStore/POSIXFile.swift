import Glibc

// A thin owner of one file descriptor: open with O_CLOEXEC, full writes, positioned reads, fdatasync,
// ftruncate — each failure turned into a `StoreError` naming the file.
//
// Guarantees: writes are retried on EINTR and on partial progress until done or a real error; errors are never
// swallowed. Foundation's FileHandle is avoided on purpose: its old `write(_:)` traps on a full disk and it
// does not expose fdatasync.

final class POSIXFile {
    let path: String
    private(set) var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { if fd >= 0 { _ = Glibc.close(fd) } }

    /// Opens `path` with `flags` (O_CLOEXEC is always added); new files get `mode` (0600 by default).
    static func open(_ path: String, flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> POSIXFile {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return POSIXFile(path: path, fd: fd) }
            if errno == EINTR { continue }
            throw StoreError.from(errno: errno, path: path, operation: "open")
        }
    }

    /// Like `open`, but returns nil when the file does not exist.
    static func openIfExists(_ path: String, flags: Int32) throws(StoreError) -> POSIXFile? {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, 0o600)
            if fd >= 0 { return POSIXFile(path: path, fd: fd) }
            if errno == EINTR { continue }
            if errno == ENOENT { return nil }
            throw StoreError.from(errno: errno, path: path, operation: "open")
        }
    }

    func close() {
        if fd >= 0 { _ = Glibc.close(fd) }
        fd = -1
    }

    /// Size from fstat.
    func size() throws(StoreError) -> Int64 {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.from(errno: errno, path: path, operation: "stat") }
        return Int64(st.st_size)
    }

    /// Writes all of `bytes` at `offset`. On failure, throws; the caller decides how to undo partial writes.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            guard let base = bytes.baseAddress else { return }
            let n = pwrite(fd, base + done, bytes.count - done, off_t(offset) + off_t(done))
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            // n == 0 should not happen for regular files; treat it as "no space" rather than spin.
            let code = n == 0 ? ENOSPC : errno
            throw StoreError.from(errno: code, path: path, operation: "write to")
        }
    }

    func write(_ bytes: [UInt8], at offset: Int64) throws(StoreError) {
        var failure: StoreError?
        bytes.withUnsafeBytes { raw in
            do throws(StoreError) { try write(raw, at: offset) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Reads up to `count` bytes at `offset` (fewer at end of file).
    func read(count: Int, at offset: Int64) throws(StoreError) -> [UInt8] {
        if count <= 0 { return [] }
        var failure: StoreError?
        let result = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                guard let base = buffer.baseAddress else { break }
                let n = pread(fd, base + done, count - done, off_t(offset) + off_t(done))
                if n > 0 { done += n; continue }
                if n == 0 { break }
                if errno == EINTR { continue }
                failure = StoreError.from(errno: errno, path: path, operation: "read")
                break
            }
            initialized = done
        }
        if let failure { throw failure }
        return result
    }

    /// Reads the whole file from `offset` to its current end.
    func readToEnd(from offset: Int64 = 0) throws(StoreError) -> [UInt8] {
        let total = try size()
        guard total > offset else { return [] }
        return try read(count: Int(total - offset), at: offset)
    }

    func dataSync() throws(StoreError) {
        while fdatasync(fd) != 0 {
            if errno == EINTR { continue }
            throw StoreError.syncFailed(path: path, errno: errno)
        }
    }

    func fullSync() throws(StoreError) {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw StoreError.syncFailed(path: path, errno: errno)
        }
    }

    func truncate(to length: Int64) throws(StoreError) {
        while ftruncate(fd, off_t(length)) != 0 {
            if errno == EINTR { continue }
            throw StoreError.from(errno: errno, path: path, operation: "truncate")
        }
    }
}

/// File-system helpers that are not tied to an open descriptor.
enum FileSystem {
    /// fsync on a directory makes renames, creations and deletions inside it durable.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let dir = try POSIXFile.open(path, flags: O_RDONLY | O_DIRECTORY)
        defer { dir.close() }
        try dir.fullSync()
    }

    static func rename(_ from: String, _ to: String) throws(StoreError) {
        guard Glibc.rename(from, to) == 0 else {
            throw StoreError.from(errno: errno, path: to, operation: "rename \(from) to")
        }
    }

    /// Removes a file; a missing file is not an error.
    static func remove(_ path: String) throws(StoreError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw StoreError.from(errno: errno, path: path, operation: "remove")
        }
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a directory (no "." or "..").
    static func list(_ path: String) throws(StoreError) -> [String] {
        guard let dir = opendir(path) else { throw StoreError.from(errno: errno, path: path, operation: "list") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the directory with `mode` if missing (parents too, 0700).
    static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = (path as String).split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        if !parent.isEmpty && !isDirectory(parent) { try makeDirectory(parent, mode: mode) }
        if mkdir(path, mode) != 0 && errno != EEXIST {
            throw StoreError.from(errno: errno, path: path, operation: "create folder")
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
