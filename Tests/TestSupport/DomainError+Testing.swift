import ClinicDomain
import Testing

/// The error a throwing body raised, or nil (and a recorded issue) if it did not throw.
public func domainError(_ sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> DomainError?
{
    do {
        try body()
        Issue.record("expected a DomainError", sourceLocation: sourceLocation)
        return nil
    } catch let error as DomainError {
        return error
    } catch {
        Issue.record("expected a DomainError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
