import Foundation
import Glibc

/// Writes byte chunks to a file descriptor in full (retrying short writes and EINTR); the sink the streaming export
/// writes through. Throws the errno of a failed write (EPIPE, ENOSPC, EFBIG) so the export stops at once.
public struct FileOutput: Sendable {
    public struct WriteError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { String(cString: strerror(code)) }
    }

    public let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public func write(_ chunk: UnsafeRawBufferPointer) throws {
        guard let base = chunk.baseAddress else { return }
        var done = 0
        while done < chunk.count {
            let n = Glibc.write(fd, base + done, chunk.count - done)
            if n > 0 {
                done += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                throw WriteError(code: n < 0 ? errno : EIO)
            }
        }
    }

    /// Creates `path` afresh, mode 0600 whatever the umask or a leftover file's mode was.
    public static func createPrivate(_ path: String) throws -> FileOutput {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(code: errno) }
        return FileOutput(fd: fd)
    }

    /// fsync, then close: the bytes are on disk before anyone renames the file into place.
    public func syncAndClose() throws {
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw WriteError(code: errno) }
    }
}
