import ClinicDomain
import Foundation

// Read-only walk over every journal segment: the audit trail behind `clinicdesk log`.
//
// Guarantees: only complete, checksummed groups are returned, in seq order; nothing is written or locked, so
// it is safe while other processes append (an in-progress group is simply not shown yet). Journal segments are
// never deleted by the store (only old snapshots are), so the trail goes back to the folder's first event.

public enum JournalReader {
    /// Events with seq > `since`, oldest first. Stops (without throwing) at damage, which `check` reports.
    /// The oldest snapshot that decodes: its seq and the practice's settings then (`clinicdesk log` names a settings
    /// change by what it changed, which takes the settings before it). Nil when none decodes.
    public static func oldestSnapshotSettings(folder: String) -> (seq: UInt64, settings: PracticeSettings)? {
        let dataFolder = DataFolder(path: folder)
        guard let snapshots = try? dataFolder.contents().snapshots else { return nil }
        let codec = EventCodec()
        for snapshot in snapshots {
            let path = dataFolder.file(snapshot.name)
            do throws(StoreError) {
                let (seq, body) = try SnapshotFile.read(path: path)
                return (seq, try codec.practice(fromSnapshot: body, path: path).settings)
            } catch { continue }
        }
        return nil
    }

    public static func events(folder: String, since: UInt64 = 0) throws(StoreError) -> [Event] {
        var events: [Event] = []
        try visit(folder: folder, since: since) { events.append($0) }
        return events
    }

    /// The same walk, one event at a time, so a caller that keeps only some (the dashboard's `:log` page) never
    /// holds the whole history.
    public static func visit(
        folder: String, since: UInt64 = 0, _ body: (Event) -> Void
    ) throws(StoreError) {
        do throws(StoreError) { try readEvents(folder: folder, since: since, body) } catch {
            throw error.readPathError
        }
    }

    private static func readEvents(folder: String, since: UInt64, _ body: (Event) -> Void) throws(StoreError) {
        let dataFolder = DataFolder(path: folder)
        try dataFolder.checkFormat()
        let codec = EventCodec()
        let segments = try dataFolder.contents().segments
        for (index, segment) in segments.enumerated() {
            if index + 1 < segments.count && segments[index + 1].firstSeq <= since + 1 { continue }
            let path = dataFolder.file(segment.name)
            guard let file = try POSIXFile.openIfExists(path, flags: O_RDONLY) else { continue }
            let bytes = try file.readToEnd()
            file.close()
            let scan = JournalScanner.scan(bytes, expectedSeq: segment.firstSeq)
            for record in scan.records where record.seq > since {
                body(try codec.event(from: record, path: path))
            }
            if scan.tail != .clean { break }
        }
    }
}
