import Foundation

/// Reading an 835 from disk: the bytes, bounded, then the parser; errors name the file.
public enum ERAFile {
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func read(path: String, maximumBytes: Int) throws -> Remittance {
        let name = (path as NSString).lastPathComponent
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(description: "\(name): cannot open the file")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        guard data.count <= maximumBytes else {
            throw ReadError(description: "\(name): larger than \(maximumBytes >> 20) MiB; not a remittance")
        }
        do {
            return try Remittance835Parser.parse([UInt8](data))
        } catch {
            throw ReadError(description: error.withFile(name).description)
        }
    }
}
