import ClinicDomain

/// Claims and tasks: export only, one row per claim or card, lists inside a field separated by spaces (codes) or
/// " | " (labels, checklist items), so a spreadsheet keeps one row per record.
extension CSVTableColumns {
    static func claims(_ practice: Practice) -> [CSVColumn<Claim>] {
        [
            CSVColumn("id") { $0.id.description },
            CSVColumn("patient") { $0.patient.description },
            CSVColumn("provider") { $0.provider.description },
            CSVColumn("payer") { $0.payer.description },
            .optional("payer_name") { practice.payers[$0.payer]?.name },
            .optional("appointment") { $0.appointment?.description },
            CSVColumn("date_of_service") { $0.dateOfService.description },
            CSVColumn("status") { $0.status.rawValue },
            CSVColumn("frequency") { $0.frequency.label },
            .optional("replaces") { $0.replaces?.description },
            CSVColumn("place_of_service") { $0.placeOfService },
            CSVColumn("diagnoses") { $0.diagnoses.joined(separator: " ") },
            CSVColumn("procedures") { claim in
                claim.lines.map { line in
                    ([line.code] + line.modifiers).joined(separator: "-") + (line.units == 1 ? "" : "x\(line.units)")
                }.joined(separator: " ")
            },
            CSVColumn("billed") { V.money($0.billed) },
            CSVColumn("paid") { V.money($0.paid) },
            CSVColumn("adjusted") { V.money($0.adjusted) },
            CSVColumn("patient_responsibility") { V.money($0.money.patientResponsibility) },
            CSVColumn("open") { V.money($0.open) },
            .optional("submitted_on") { $0.submittedOn?.description },
            .optional("accepted_on") { $0.acceptedOn?.description },
            .optional("follow_up") { $0.followUp?.description },
            .optional("denial") { $0.denial?.description },
            .optional("payer_claim_number") { $0.payerClaimNumber },
        ]
    }

    static let tasks: [CSVColumn<TaskCard>] = [
        CSVColumn("id") { $0.id.description },
        CSVColumn("title") { $0.title },
        CSVColumn("column") { $0.column.rawValue },
        .optional("owner") { $0.owner?.description },
        .optional("due") { $0.due?.description },
        .optional("due_time") { $0.dueTime?.description },
        CSVColumn("priority") { $0.priority.rawValue },
        CSVColumn("labels") { $0.labels.joined(separator: " | ") },
        CSVColumn("recurrence") { $0.recurrence.rawValue },
        CSVColumn("checklist") { card in
            card.checklist.map { ($0.done ? "[x] " : "[ ] ") + $0.text }.joined(separator: " | ")
        },
        CSVColumn("links") { $0.links.map(\.description).joined(separator: " ") },
        CSVColumn("notes") { $0.notes },
        CSVColumn("created_at") { V.instant($0.createdAt) },
        .optional("done_at") { $0.doneAt.map(V.instant) },
    ]
}
