import ClinicDomain

// The on-disk code of each enum value in the binary encodings: its index in these lists. Append only — never
// reorder or remove, or old snapshots and journal records would read as other values.

enum BinaryCodes {
    static let flowStatus: [FlowStatus] = [
        .scheduled, .confirmed, .arrived, .roomed, .withProvider, .checkedOut,
        .noShow, .cancelled, .leftWithoutVisit,
    ]
    static let visitType: [VisitType] = [.newPatient, .followUp, .physical, .sick, .procedure, .telehealth]
    static let claimStatus: [ClaimStatus] = [
        .draft, .ready, .submitted, .rejected, .accepted, .partiallyPaid, .paid,
        .denied, .appealed, .writtenOff, .replaced, .voided,
    ]
    static let staffRole: [StaffRole] = [
        .physician, .nursePractitioner, .physicianAssistant, .nurse, .medicalAssistant,
        .receptionist, .biller, .manager,
    ]
    static let timeOffKind: [TimeOffKind] = [.vacation, .sick, .training, .unpaid]
    static let credentialKind: [CredentialKind] = [
        .licence, .dea, .board, .bls, .acls, .cpr, .hipaa, .osha, .malpractice, .caqh, .clia, .other,
    ]
    static let clockAction: [ClockAction] = [.clockIn, .breakStart, .breakEnd, .clockOut]
    static let timeOffStatus: [TimeOffStatus] = [.requested, .approved, .denied]
    static let boardColumn: [BoardColumn] = [.backlog, .today, .doing, .waiting, .done]
    static let taskPriority: [TaskPriority] = [.high, .normal, .low]
    static let recurrence: [Recurrence] = [.none, .daily, .weekly, .monthly, .yearly]
    static let payerKind: [PayerKind] = [.medicare, .medicaid, .commercial, .selfPay]
    static let adjustmentGroup: [AdjustmentGroup] = [.CO, .PR, .OA, .PI]
    static let postingBucket: [PostingBucket] = [
        .payerPaid, .contractual, .patientResponsibility, .otherAdjustment, .payerInitiated, .writeOff,
    ]
    static let claimFrequency: [ClaimFrequency] = [.original, .replacement, .void]
    static let paymentMethod: [PaymentMethod] = [.cash, .card, .check, .other]
    static let administrativeSex: [AdministrativeSex] = [.female, .male, .unknown]

    static func index<Value: Equatable>(of value: Value, in codes: [Value]) -> UInt64 {
        // Every case is listed (a test checks it), so the lookup cannot fail.
        UInt64(codes.firstIndex(of: value) ?? 0)
    }
}
