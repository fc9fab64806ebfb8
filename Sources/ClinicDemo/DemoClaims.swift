import ClinicDomain

extension DemoContext {
    mutating func addClaims() {}
}
