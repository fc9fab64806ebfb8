import ClinicDomain
import Foundation

/// Placeholder until the FHIR writer lands.
public enum FHIRExport {
    public static func write(_ practice: Practice, now: Date, to sink: @escaping ExportStream.Sink) throws {}
}
