import ClinicDomain
import Foundation

/// The front office's Kanban board: supplies, payer calls, compliance chores and recurring duties, with owners,
/// due dates (a few overdue) and priorities. Doing is exactly at its WIP limit and Today under it, so the board
/// opens showing "Doing FULL". The large practice adds a year of finished cards behind the same board.
extension DemoContext {
    private struct Card {
        let title: String, column: BoardColumn, owner: StaffRole?, due: Int?, priority: TaskPriority
        let labels: [String], recurrence: Recurrence
        init(
            _ title: String, _ column: BoardColumn, _ owner: StaffRole?, due: Int?, _ priority: TaskPriority = .normal,
            _ labels: [String] = [], _ recurrence: Recurrence = .none
        ) {
            self.title = title; self.column = column; self.owner = owner; self.due = due; self.priority = priority
            self.labels = labels; self.recurrence = recurrence
        }
    }

    mutating func addTasks() {
        var random = self.random(6)
        var cards: [TaskCard] = []
        if scale.taskHistoryDays > 0 { cards += history(random: &random) }
        for card in board() {
            let created = card.due.map { min($0, 0) - random.int(1...10) } ?? -random.int(2...20)
            cards.append(makeCard(number: cards.count + 1, card, created: created, random: &random))
        }
        // Ranks: position inside each column, top first.
        var ranks: [BoardColumn: Int] = [:]
        for card in cards {
            var ranked = card
            ranks[card.column, default: 0] += 1
            ranked.rank = ranks[card.column, default: 1]
            practice.seed(task: ranked)
        }
    }

    private func board() -> [Card] {
        let denied = claimID { $0.status == .denied && $0.denial?.code == "50" && $0.payer == PayerID(1) }
        let aetna = claimID { $0.payer == PayerID(3) && ($0.status == .rejected || $0.status == .denied) }
        let appeal = claimID { $0.status == .denied && $0.denial?.code == "97" }
        let monthEnd = LocalDate.daysIn(month: today.month, year: today.year) - today.day
        let doing = practice.settings.wipLimits[.doing] ?? 3
        var cards: [Card] = [
            Card("Order nitrile gloves (M, L)", .backlog, .manager, due: -1, .high, ["supplies"]),
            Card("Schedule fire drill", .backlog, .manager, due: 10, .normal, ["safety"]),
            Card("Renew CLIA waiver certificate", .backlog, .manager, due: 38, .normal, ["compliance"]),
            Card("Update fee schedule for January", .backlog, .biller, due: monthEnd + 20, .low, ["billing"]),
            Card("Monthly payroll close", .backlog, .manager, due: monthEnd, .high, ["payroll"], .monthly),
            Card("Replace waiting-room water filter", .backlog, nil, due: nil, .low, ["facilities"]),
            Card("Quarterly OSHA binder review", .backlog, .nurse, due: 21, .normal, ["compliance", "safety"]),
            Card(
                "Fridge temperature log", .today, .medicalAssistant, due: 0, .high, ["compliance", "vaccines"], .daily),
            Card("HIPAA training renewals: remind staff", .today, .manager, due: -2, .high, ["compliance", "hipaa"]),
            Card("Post ERA from Aetna (835)", .today, .biller, due: 0, .normal, ["billing"]),
            Card("Confirm tomorrow's appointments", .today, .receptionist, due: 0, .normal, ["front-desk"], .daily),
            Card("Call Medicare re \(denied) (CO-50)", .today, .biller, due: 1, .high, ["billing", "denial"]),
            Card("Appeal \(appeal) (CO-97 bundling)", .doing, .biller, due: 2, .high, ["billing", "appeal"]),
            Card("Call Aetna re \(aetna)", .doing, .biller, due: 0, .normal, ["billing"]),
            Card(
                "Prior authorization: knee MRI for R. Müller", .doing, .receptionist, due: 1, .high,
                ["front-desk", "prior-auth"]),
            Card("Lease renewal — waiting on landlord", .waiting, .manager, due: -6, .normal, ["facilities"]),
            Card("Quote for new exam table (Midmark)", .waiting, .manager, due: 7, .low, ["supplies"]),
            Card("NY Medicaid enrollment for new NP", .waiting, .biller, due: 14, .normal, ["credentialing"]),
            Card("Records request from cardiology", .waiting, .receptionist, due: -1, .normal, ["records"]),
            Card("Monthly payroll close", .done, .manager, due: -today.day + 1, .high, ["payroll"], .monthly),
            Card("Restock flu vaccine", .done, .nurse, due: -3, .high, ["vaccines", "supplies"]),
            Card(
                "Fridge temperature log", .done, .medicalAssistant, due: -1, .high, ["compliance", "vaccines"], .daily),
            Card("Post ERA from UnitedHealthcare (835)", .done, .biller, due: -2, .normal, ["billing"]),
            Card("Fire extinguisher inspection", .done, .manager, due: -5, .normal, ["safety"]),
            Card("Send statements for self-pay balances", .done, .biller, due: -4, .normal, ["billing"]),
        ]
        // Doing sits exactly at its WIP limit whatever the limit is set to.
        while cards.filter({ $0.column == .doing }).count > doing {
            if let i = cards.lastIndex(where: { $0.column == .doing }) { cards.remove(at: i) }
        }
        return cards
    }

    private func claimID(_ test: (Claim) -> Bool) -> String {
        practice.claims.values.filter(test).min { $0.id < $1.id }?.id.description ?? "C-2001"
    }

    private func makeCard(number: Int, _ card: Card, created: Int, random: inout DemoRandom) -> TaskCard {
        let owner = card.owner.flatMap { role -> StaffID? in
            let people = members(role)
            return people.isEmpty ? nil : people[number % people.count].id
        }
        let due = card.due.map { today.adding(days: $0) }
        let doneAt = card.column == .done ? min(instant(due ?? today, random.int(540...1020)), now) : nil
        let createdAt = min(instant(today.adding(days: created), random.int(480...1000)), doneAt ?? now)
        return TaskCard(
            id: TaskID(number), title: card.title, column: card.column, owner: owner, due: due,
            priority: card.priority, labels: card.labels, recurrence: card.recurrence, rank: 0,
            createdAt: createdAt, doneAt: doneAt)
    }

    /// A year of finished work for the large practice: the recurring duties' past occurrences, then payer calls
    /// and one-off chores, oldest first.
    private func history(random: inout DemoRandom) -> [TaskCard] {
        var cards: [Card] = []
        var day = today.adding(days: -scale.taskHistoryDays)
        while day < today {
            let offset = today.days(until: day)
            if isClinicDay(day) {
                cards.append(
                    Card(
                        "Fridge temperature log", .done, .medicalAssistant, due: offset, .high,
                        ["compliance", "vaccines"], .daily))
                cards.append(
                    Card(
                        "Confirm tomorrow's appointments", .done, .receptionist, due: offset, .normal, ["front-desk"],
                        .daily))
                cards.append(
                    Card("Reconcile cash drawer", .done, .receptionist, due: offset, .normal, ["front-desk"], .daily))
                if day.weekday == 1 {
                    cards.append(
                        Card("Check crash cart and AED", .done, .nurse, due: offset, .normal, ["safety"], .weekly))
                }
                if day.weekday == 3 {
                    cards.append(
                        Card("Order weekly supplies", .done, .manager, due: offset, .normal, ["supplies"], .weekly))
                }
                if day.weekday == 5 {
                    cards.append(
                        Card("Post week's ERAs (835)", .done, .biller, due: offset, .normal, ["billing"], .weekly))
                }
                if day.day <= 3 && day.weekday == 2 {
                    cards.append(
                        Card("Monthly payroll close", .done, .manager, due: offset, .high, ["payroll"], .monthly))
                }
                // One-off chores fill the rest of the year's ~2,000 cards, a few each working day.
                for _ in 0..<random.int(3...5) {
                    let (title, role, labels) = oneOff(random: &random)
                    cards.append(Card(title, .done, role, due: offset, .normal, labels))
                }
            }
            day = day.adding(days: 1)
        }
        return cards.enumerated().map { index, card in
            makeCard(number: index + 1, card, created: (card.due ?? 0) - random.int(0...3), random: &random)
        }
    }

    private func oneOff(random: inout DemoRandom) -> (String, StaffRole, [String]) {
        switch random.int(0...5) {
        case 0, 1:
            let claim = ClaimID(2001 + random.index(max(1, practice.claims.count)))
            let payer = practice.claims[claim].flatMap { practice.payers[$0.payer] }?.name ?? "the payer"
            return ("Call \(payer) re \(claim)", .biller, ["billing"])
        case 2: return ("Scan new insurance cards", .receptionist, ["front-desk"])
        case 3: return ("Return refill-request calls", .nurse, ["clinical"])
        case 4: return ("Prior authorization follow-up", .receptionist, ["front-desk", "prior-auth"])
        default: return ("Restock exam rooms", .medicalAssistant, ["supplies"])
        }
    }
}
