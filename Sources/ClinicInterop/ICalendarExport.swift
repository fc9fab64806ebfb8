import ClinicDomain
import Foundation

/// Placeholder until the iCalendar writer lands.
public enum ICalendarExport {
    public static func write(
        _ practice: Practice, request: ExportRequest, now: Date, to sink: @escaping ExportStream.Sink
    ) throws {}
}
