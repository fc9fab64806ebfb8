import ClinicDomain
import Foundation
import TestSupport
import Testing

@testable import ClinicInterop

/// The CSV export read back by Python's csv module: every table's header and rows, field by field.
@Suite(.enabled(if: PythonCSV.isInstalled, "python3 is not installed (Python's csv module reads the exports)"))
struct CSVExportTests {
    static func export(_ table: CSVTable, _ practice: Practice) throws -> (bytes: [UInt8], rows: [[String]]) {
        var bytes: [UInt8] = []
        try CSVExport.write(table, practice: practice) { bytes.append(contentsOf: $0) }
        let folder = Folder("csv-export")
        defer { withExtendedLifetime(folder) {} }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.file("\(table.rawValue).csv")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let rows = try JSONDecoder().decode([[String]].self, from: Data(PythonScript.run("csv-read.py", [file]).utf8))
        return (bytes, rows)
    }

    @Test(arguments: CSVTable.allCases)
    func everyTableReadsBackRowForRow(table: CSVTable) throws {
        let practice = Fixture.smallDemo
        let (bytes, rows) = try Self.export(table, practice)
        let counts: [CSVTable: Int] = [
            .patients: practice.patients.count, .staff: practice.staff.count, .shifts: practice.shifts.count,
            .appointments: practice.appointments.count, .claims: practice.claims.count, .tasks: practice.tasks.count,
        ]
        #expect(rows.count == (counts[table] ?? 0) + 1)
        let width = rows.first?.count ?? 0
        #expect(width > 4)
        #expect(rows.allSatisfy { $0.count == width }, "every row has the header's width")
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no BOM")
        #expect(String(decoding: bytes.prefix(2000), as: UTF8.self).contains("\r\n"), "CRLF record ends")
    }

    @Test func patientRowsCarryTheirFields() throws {
        let practice = Fixture.smallDemo
        let rows = try Self.export(.patients, practice).rows
        let header = rows[0]
        #expect(header.prefix(4) == ["id", "family_name", "given_name", "birth_date"])
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        for (row, patient) in zip(rows.dropFirst(), practice.patients.sorted) {
            #expect(row[column["id"]!] == patient.id.description)
            #expect(row[column["family_name"]!] == patient.familyName)
            #expect(row[column["birth_date"]!] == patient.birthDate.description)
            #expect(row[column["copay"]!] == patient.copay.plain)
            #expect(row[column["payer_name"]!] == (patient.payer.flatMap { practice.payers[$0]?.name } ?? ""))
            #expect(row[column["zip"]!] == (patient.address?.zip ?? ""))
        }
    }

    @Test func awkwardTextSurvivesQuoting() throws {
        var practice = Fixture.smallDemo
        let id = practice.appointments.sorted[0].id
        let reason = "Knee, left; \"pops\"\nwhen climbing "
        _ = practice.appointments.modify(id) { $0.reason = reason }
        let rows = try Self.export(.appointments, practice).rows
        let column = rows[0].firstIndex(of: "reason")!
        #expect(rows[1][column] == reason)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVField.quoted("plain") == "plain")
        #expect(CSVField.quoted("a,b") == "\"a,b\"")
        #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quoted("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVField.quoted(" padded") == "\" padded\"")
        #expect(CSVField.quoted("") == "")
    }

    @Test func instantsAreUTCSeconds() {
        #expect(InteropValues.instant(Date(timeIntervalSince1970: 1_795_448_520)) == "2026-11-23T15:42:00Z")
        #expect(InteropValues.instant(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }
}

enum PythonCSV {
    static let isInstalled = PythonScript.canImport("csv")
}
