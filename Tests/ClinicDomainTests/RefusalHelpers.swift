import ClinicDomain
import Testing
import TestSupport

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
