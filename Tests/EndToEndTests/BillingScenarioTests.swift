import Foundation
import Testing
import TestSupport

/// The billing manager's path on the real binary in tmux (160×48): check a patient out, bill the visit on the
/// superbill, mark the claim ready, send it as an 837P (pyx12 accepts it), import a remittance that pays it and
/// leaves the patient a share, see insurance A/R and the patient's balance move, and work a denial to appeal.
/// Polls capture-pane for each step; the clock is fixed.
@Suite(
    "Billing scenario in tmux", .serialized,
    .enabled(if: Tmux.available, "tmux is not installed: the billing scenario is skipped"))
struct BillingScenarioTests {
    /// A balanced 835 paying `claim`: paid, CO-45 and PR-2 in dollars.
    static func remittance(claim: String, charge: String, paid: String, contractual: String, patient: String)
        -> String
    {
        let body = [
            "ST*835*0001*005010X221A1",
            "BPR*I*\(paid)*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20261123",
            "TRN*1*EFT990*1512345678", "DTM*405*20261123", "N1*PR*MEDICARE PART B*XV*13202",
            "N1*PE*MAPLE FAMILY PRACTICE*XX*1992703540", "LX*1",
            "CLP*\(claim)*1*\(charge)*\(paid)*\(patient)*MB*PCNEFT990*11*1", "CAS*CO*45*\(contractual)",
            "CAS*PR*2*\(patient)",
        ]
        let segments =
            [
                "ISA*00*          *00*          *ZZ*MEDICARE       *ZZ*CLINICDESK01   *261123*0900*^*00501*"
                    + "000000601*0*P*:",
                "GS*HP*MEDICARE*CLINICDESK01*20261123*0900*601*X*005010X221A1",
            ] + body + ["SE*\(body.count + 1)*0001", "GE*1*601", "IEA*1*000000601"]
        return segments.map { $0 + "~" }.joined(separator: "\n") + "\n"
    }

    /// Whole dollars after a label: `A/R $78,767` → 78767.
    static func amount(after label: String, in screen: String) -> Int? {
        guard let range = screen.range(of: label + #" \$[0-9,]+"#, options: .regularExpression) else { return nil }
        let digits = screen[range].drop(while: { $0 != "$" }).filter(\.isNumber)
        return Int(String(digits))
    }

    @Test("charge to cash, and a denial to appeal")
    func chargeToCash() throws {
        let folder = Folder("billing-tmux")
        try DemoClinic.create(in: folder)
        let tmux = FlowTerminal(Tmux(), session: "bill")
        try tmux.tmux.newSession("bill", width: 160, height: 48)
        try tmux.tmux.type("bill", line: DemoClinic.dashboardLine(folder, user: "ben"))
        var screen = try tmux.waitFor("the dashboard") { $0.contains("1 Flow") && $0.contains("3 Claims") }
        let arBefore = try #require(Self.amount(after: "│ A/R", in: screen), "\(screen)")
        let patientBefore = try #require(Self.amount(after: "patient A/R", in: screen), "\(screen)")

        // 1. A patient with the provider: select them and check them out.
        let visit = try #require(FlowScreen.rows(screen).first { $0.status == "with provider" }, "\(screen)")
        let selected = try #require(FlowScreen.selectedRow(screen), "\(screen)")
        let steps = visit.line - selected.line
        for _ in 0..<abs(steps) { tmux.send(steps > 0 ? "j" : "k") }
        _ = try tmux.waitFor("\(visit.name) selected") { FlowScreen.selectedRow($0)?.name == visit.name }
        tmux.send("o")
        _ = try tmux.waitFor("\(visit.name) checked out") { FlowScreen.selectedRow($0)?.status == "checked out" }

        // 2. Bill it on the superbill: a category is refused live, the billable code is described.
        tmux.send("B")
        _ = try tmux.waitFor("the superbill") { $0.contains("Superbill A-") }
        tmux.type("E11")
        tmux.send("Tab")
        _ = try tmux.waitFor("E11 refused") { $0.contains("'E11' is a category") }
        tmux.send("BTab", "BSpace", "BSpace", "BSpace")
        tmux.type("E11.9")
        tmux.send("Tab")
        _ = try tmux.waitFor("E11.9 described") { $0.contains("Type 2 diabetes mellitus without complications") }
        tmux.send("Tab")
        tmux.type("99214-25")
        _ = try tmux.waitFor("the fee") { $0.contains("$165.00") && $0.contains("ready to save") }
        tmux.send("Enter")
        screen = try tmux.waitFor("the claim created") {
            $0.range(of: #"ok \d+ C-\d+ · bill"#, options: .regularExpression) != nil
        }
        let created = try #require(screen.range(of: #"C-\d+ · bill"#, options: .regularExpression))
        let claim = String(screen[created].prefix { $0 != " " })

        // 3. Mark it ready on the command line, then send it as an 837P from the shell beside the dashboard.
        tmux.send(":")
        tmux.type("claim ready \(claim)")
        tmux.send("Enter")
        _ = try tmux.waitFor("\(claim) ready") { $0.contains("ready \(claim)") && $0.contains("ok ") }
        let file = folder.file("out.837")
        let sent = try CLI.run(
            ["export", "--data", folder.path, "--format", "x12-837", "--claims", claim, "--out", file],
            environment: [CLI.nowVariable: DemoClinic.now])
        #expect(sent.status == 0, "\(sent.err)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("CLM*\(claim)*165*"))
        if X12Valid.executable != nil { #expect(try X12Valid.check(text, named: "scenario.837").valid) }

        // The dashboard has read the export's record once submitting again is refused as already done.
        tmux.send(":")
        tmux.type("claim submit \(claim)")
        tmux.send("Enter")
        _ = try tmux.waitFor("\(claim) seen as sent") { $0.contains("it is submitted") }

        // 4. The remittance: paid $82.50, CO-45 $49.50, the patient's $33.00 — reconciled, then posted on y.
        let era = folder.file("remit.835")
        try Self.remittance(claim: claim, charge: "165", paid: "82.5", contractual: "49.5", patient: "33")
            .write(toFile: era, atomically: true, encoding: .utf8)
        tmux.send(":")
        tmux.type("import era \(era)")
        tmux.send("Enter")
        _ = try tmux.waitFor("the reconciliation") {
            $0.contains("remittance EFT990") && $0.contains("\(claim) CLP02 1") && $0.contains("(y/n)")
        }
        tmux.send("y")
        screen = try tmux.waitFor("the remittance posted") { $0.contains("post 1 remittance") }
        screen = try tmux.waitFor("patient A/R up by $33") {
            Self.amount(after: "patient A/R", in: $0) == patientBefore + 33
        }
        // The claim was billed ($165 more owed) and then paid: insurance A/R is back where it was.
        #expect(Self.amount(after: "│ A/R", in: screen) == arBefore, "\(screen)")
        tmux.send("Enter")
        _ = try tmux.waitFor("the patient owes their share") { $0.contains("owes $33.00") }
        tmux.send("Escape")

        // 5. A CO-50 denial in the Claims queue, appealed with its grounds.
        tmux.send("3")
        screen = try tmux.waitFor("the claim queue") { $0.contains("CO-50 → appeal") }
        for _ in 0..<30 {
            if try tmux.tmux.capture("bill").range(of: #"▶C-\d+ .*CO-50 → appeal"#, options: .regularExpression) != nil
            {
                break
            }
            tmux.send("j")
            usleep(100_000)
        }
        screen = try tmux.waitFor("a CO-50 denial selected") {
            $0.range(of: #"▶C-\d+ .*CO-50 → appeal"#, options: .regularExpression) != nil
        }
        tmux.send("A")
        _ = try tmux.waitFor("the appeal prompt") { $0.contains(":claim appeal C-") }
        tmux.type(" --note \"visit notes attached\"")
        tmux.send("Enter")
        _ = try tmux.waitFor("the appeal saved") { $0.contains("· appeal C-") && $0.contains("appealed") }
        tmux.send("q")
        _ = try tmux.waitFor("the shell back") { $0.contains(Tmux.promptMark) && !$0.contains("3 Claims") }
    }
}
