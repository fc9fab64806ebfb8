@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

/// F11 masks patients on every screen: in every pane and view, in the detail popups and the alerts, no name
/// (only initials), no date of birth, no phone number.
@Suite("Privacy mask on every pane")
struct PrivacyMaskTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// What must not show: every patient's names (not shared with a staff member, whose names are shown on
    /// purpose), dates of birth and phone numbers.
    static func secrets(_ practice: Practice) -> [String] {
        let staff = Set(practice.staff.values.flatMap { [$0.givenName, $0.familyName] })
        return practice.patients.values.flatMap { patient -> [String] in
            let names = [patient.givenName, patient.familyName].filter { $0.count >= 3 && !staff.contains($0) }
            return names + [patient.birthDate.description] + (patient.phone.count >= 7 ? [patient.phone] : [])
        }
    }

    static func check(_ harness: Harness, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = harness.text
        for secret in secrets(harness.source.practice) {
            #expect(!text.contains(secret), "\(place) shows \(secret)", sourceLocation: sourceLocation)
        }
    }

    /// Key scripts that reach every view of every pane, and the popups over them.
    static let screens: [(name: String, keys: [Key])] = [
        ("flow list", [.character("1")]),
        ("flow list detail", [.character("1"), .down, .enter]),
        ("flow grid", [.character("1"), .character("v")]),
        ("flow week", [.character("1"), .character("w")]),
        ("tasks", [.character("2")]),
        ("task detail", [.character("2"), .enter]),
        ("claims", [.character("3")]),
        ("claim detail", [.character("3"), .enter]),
        ("roster", [.character("4")]),
        ("roster detail", [.character("4"), .enter]),
        ("roster week", [.character("4"), .character("w")]),
        ("roster credentials", [.character("4"), .character("c")]),
        ("alerts", [.character("!")]),
        ("booking form", [.character("1"), .character("b")]),
    ]

    @Test(arguments: [false, true])
    func nothingIdentifiesAPatientUnderTheMask(onDemo: Bool) {
        let practice = onDemo ? Fixture.smallDemo : Fixture.busyDesk()
        #expect(Self.secrets(practice).count > 10)
        for size in Self.sizes {
            for screen in Self.screens {
                let harness = Harness(practice, size: size)
                harness.press(.function(11))
                for key in screen.keys { harness.press(key) }
                Self.check(harness, "\(screen.name) at \(size.width)×\(size.height)")
            }
        }
    }

    @Test func theSameScreensDoShowPatientsWithoutTheMask() {
        // The check above can fail: without the mask the list names patients.
        let harness = Harness(Fixture.busyDesk(), size: Size(width: 160, height: 48))
        let text = harness.text
        #expect(Self.secrets(harness.source.practice).contains { text.contains($0) })
    }
}

extension PrivacyMaskTests {
    /// The scripts reach what they claim: without the mask, the detail popups show a date of birth or phone.
    @Test func theDetailScriptsOpenPopupsThatWouldShowBirthDatesOrPhones() {
        let practice = Fixture.smallDemo
        let births = Set(practice.patients.values.map(\.birthDate.description))
        let phones = Set(practice.patients.values.map(\.phone).filter { $0.count >= 7 })
        let harness = Harness(practice, size: Size(width: 160, height: 48))
        harness.press(.character("1"), .down, .enter)
        let text = harness.text
        #expect(births.contains { text.contains($0) } || phones.contains { text.contains($0) })
    }
}
