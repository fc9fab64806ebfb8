import ClinicDomain

extension DemoContext {
    mutating func addTasks() {}
}
