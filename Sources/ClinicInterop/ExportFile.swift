import Foundation
import Glibc

/// An export written where nobody sees it half done: a temp file beside the target (mode 0600), streamed, fsync'd,
/// renamed over the target, and the folder fsync'd so the rename survives a crash. Readers see the old file or the
/// new one, never a prefix.
public enum ExportFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Calls `body` with a sink into the temp file; on any error the temp file is removed and the target untouched.
    public static func writeAtomically(
        to path: String, _ body: (@escaping ExportStream.Sink) throws -> Void
    ) throws(Failure) {
        let temp = path + ".tmp-\(getpid())"
        do {
            let file = try FileOutput.createPrivate(temp)
            do {
                try body(file.write)
            } catch {
                close(file.fd)
                throw error
            }
            try file.syncAndClose()
        } catch {
            unlink(temp)
            throw Failure(description: "could not write \(temp): \(error)")
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Failure(description: "could not rename \(temp) to \(path): \(reason)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
