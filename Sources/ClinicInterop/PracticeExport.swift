import ClinicDomain
import Foundation

/// Every export format behind one call, so `clinicdesk export` and the dashboard's `:export` write the same bytes.
public enum PracticeExport {
    /// Streams `practice` in the requested format to `sink`. `now` stamps what the format wants stamped (DTSTAMP,
    /// the Bundle's timestamp); the rest is a function of the state alone.
    public static func write(
        _ request: ExportRequest, practice: Practice, now: Date, to sink: @escaping ExportStream.Sink
    ) throws {
        switch request.format {
        case .json: try PracticeJSON.write(practice, to: sink)
        case .csv: try CSVExport.write(request.table ?? .appointments, practice: practice, to: sink)
        case .ics: try ICalendarExport.write(practice, request: request, now: now, to: sink)
        }
    }
}
