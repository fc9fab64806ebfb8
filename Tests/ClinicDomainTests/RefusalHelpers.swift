import ClinicDomain
import Testing
import TestSupport

/// The error a throwing body raised, or nil (and a recorded issue) if it did not throw.
func domainError(_ sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> DomainError? {
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

func parseError(
    _ line: String, today: LocalDate? = Fixture.today, practiceToday: LocalDate? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> CommandParseError? {
    do {
        let command = try CommandLanguage.parse(line, today: today, practiceToday: practiceToday)
        Issue.record("'\(line)' parsed as \(command)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
