@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

/// Accounts for tests: PINs compared in the clear (the real authority checks salted hashes).
struct PlainAuthority: SignInAuthority {
    var pins: [String: String]

    func accounts(in practice: Practice) -> [SignInAccount] {
        pins.keys.sorted().map { SignInAccount(login: $0, name: $0.capitalized, role: "Receptionist") }
    }

    func verify(login: String, pin: String, in practice: Practice) -> Bool { pins[login] == pin }
}

@Suite("Sign-in and lock")
struct LockScreenTests {
    static let authority = PlainAuthority(pins: ["ana": "4821", "ben": "7390"])

    /// Every patient's given and family name (3 letters or more): none may be on a locked frame.
    static func patientNames(_ practice: Practice) -> [String] {
        practice.patients.values.flatMap { [$0.givenName, $0.familyName] }.filter { $0.count >= 3 }
    }

    static func assertNoPatientData(
        _ canvas: Canvas, practice: Practice, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = canvas.text
        for name in patientNames(practice) {
            #expect(!text.contains(name), "locked frame shows \(name)", sourceLocation: sourceLocation)
        }
        for appointment in practice.appointments.values.prefix(50) {
            #expect(!text.contains(appointment.id.description), sourceLocation: sourceLocation)
        }
    }

    func signIn(_ harness: Harness, pin: String) {
        harness.type(pin)
        harness.press(.enter)
        harness.app.waitForSignIns()
    }

    @Test func aFolderWithAccountsOpensOnTheSignInScreenShowingNoPatient() {
        let practice = Fixture.busyDesk()
        #expect(!Self.patientNames(practice).isEmpty)
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            let harness = Harness(practice, size: size, desk: DeskOptions(authority: Self.authority))
            #expect(harness.app.isLocked)
            let screen = harness.screen
            #expect(screen.text.contains("Sign in"))
            #expect(screen.text.contains("ana"))
            Self.assertNoPatientData(screen, practice: practice)
        }
    }

    @Test func theRightPinSignsInAndEveryCommandCarriesThatLogin() {
        let harness = Harness(desk: DeskOptions(authority: Self.authority))
        harness.press(.down) // ben
        signIn(harness, pin: "7390")
        #expect(!harness.app.isLocked)
        #expect(harness.app.signedInUser == "ben")
        #expect(harness.statusLine.contains("Signed in as ben"))
        #expect(harness.screen.row(0).contains("ben"))
    }

    @Test func wrongPinsAreCountedAndTheNextTryWaitsLongerEachTime() {
        let clock = TestClock()
        let harness = Harness(desk: DeskOptions(authority: Self.authority), clock: clock)
        signIn(harness, pin: "0000")
        #expect(harness.text.contains("Wrong PIN for ana. Try again."))
        signIn(harness, pin: "1111")
        #expect(harness.text.contains("Wrong PIN for ana (2 in a row)."))
        #expect(harness.text.contains("Try again in 1 s"))
        // Even the right PIN waits out the delay: it is not checked at all.
        signIn(harness, pin: "4821")
        #expect(harness.app.isLocked)
        #expect(harness.text.contains("try again in 1 s"))
        signIn(harness, pin: "2222") // still within the wait: refused without a check
        clock.advance(seconds: 1)
        signIn(harness, pin: "3333")
        #expect(harness.text.contains("Wrong PIN for ana (3 in a row)."))
        #expect(harness.text.contains("Try again in 2 s"))
        clock.advance(seconds: 2)
        signIn(harness, pin: "4821")
        #expect(!harness.app.isLocked)
        #expect(harness.app.signedInUser == "ana")
    }

    @Test func pinAttemptDelayDoublesUpToItsCap() {
        #expect(PinAttemptDelay.after(failures: 0) == 0)
        #expect(PinAttemptDelay.after(failures: 1) == 0)
        #expect(PinAttemptDelay.after(failures: 2) == 1)
        #expect(PinAttemptDelay.after(failures: 3) == 2)
        #expect(PinAttemptDelay.after(failures: 6) == 16)
        #expect(PinAttemptDelay.after(failures: 7) == 30)
        #expect(PinAttemptDelay.after(failures: 400) == 30)
    }

    @Test func idleForTheConfiguredTimeLocksAndTheLockedFrameHoldsNoPatientData() {
        let practice = Fixture.busyDesk()
        let clock = TestClock()
        let harness = Harness(
            practice, size: Size(width: 160, height: 48),
            desk: DeskOptions(authority: Self.authority, lockAfter: 600, signedIn: "ana"), clock: clock)
        #expect(!harness.app.isLocked)
        let open = harness.screen.text
        #expect(Self.patientNames(practice).contains { open.contains($0) }, "the open dashboard shows patients")
        clock.advance(seconds: 599)
        harness.app.handle(.tick)
        #expect(!harness.app.isLocked)
        harness.press(.down) // a key restarts the idle time
        clock.advance(seconds: 599)
        harness.app.handle(.tick)
        #expect(!harness.app.isLocked)
        clock.advance(seconds: 1)
        harness.app.handle(.tick)
        #expect(harness.app.isLocked)
        let locked = harness.screen
        #expect(locked.text.contains("Locked after a while without a key"))
        Self.assertNoPatientData(locked, practice: practice)
        signIn(harness, pin: "4821")
        #expect(!harness.app.isLocked)
        #expect(harness.statusLine.contains("Unlocked"))
    }

    @Test func f12AndColonLockLockNowAndAPopupUnderTheLockIsNotDrawn() {
        let practice = Fixture.busyDesk()
        let harness = Harness(practice, desk: DeskOptions(authority: Self.authority, signedIn: "ana"))
        harness.press(.character("!")) // the alerts popup (names patients)
        harness.press(.escape)
        harness.press(.function(12))
        #expect(harness.app.isLocked)
        Self.assertNoPatientData(harness.screen, practice: practice)
        signIn(harness, pin: "4821")
        harness.type(":lock")
        harness.press(.enter)
        #expect(harness.app.isLocked)
    }

    @Test func someoneElseSigningInStartsFromFreshPanesAsThemselves() {
        let harness = Harness(desk: DeskOptions(authority: Self.authority, signedIn: "ana"))
        harness.press(.character("b")) // a booking form half filled by ana
        harness.type("Smi")
        harness.press(.function(12))
        harness.press(.down)
        signIn(harness, pin: "7390")
        #expect(harness.app.signedInUser == "ben")
        #expect(!harness.text.contains("Smi"))
    }

    @Test func anOpenFolderHasNothingToLockWith() {
        let harness = Harness(desk: DeskOptions(authority: PlainAuthority(pins: [:])))
        #expect(!harness.app.isLocked)
        harness.press(.function(12))
        #expect(!harness.app.isLocked)
        #expect(harness.text.contains("no accounts yet"))
    }
}

@Suite("Read-only and kiosk terminals")
struct ReadOnlyDeskTests {
    @Test func aChangeKeySaysWhyAndNothingIsSent() {
        let harness = Harness(desk: DeskOptions(readOnly: true))
        #expect(harness.screen.row(0).contains("READ-ONLY"))
        let before = harness.source.practice.lastSeq
        harness.press(.character("a"))
        #expect(harness.statusLine.contains("Read-only terminal"))
        harness.press(.character("b"))
        #expect(!harness.text.contains("Book"), "no booking form opens")
        harness.type(":task add \"Order gloves\"")
        harness.press(.enter)
        #expect(harness.statusLine.contains("Read-only terminal"))
        #expect(harness.source.practice.lastSeq == before)
        // Viewing keys still work.
        harness.press(.character("v"))
        #expect(!harness.statusLine.contains("Read-only"))
    }

    @Test func theVerbsAreGreyedInTheHintRow() throws {
        let open = Harness()
        let readOnly = Harness(desk: DeskOptions(readOnly: true))
        let row = 23
        let hints = open.screen.row(row)
        let found = try #require(hints.range(of: "arrive"))
        let x = hints.distance(from: hints.startIndex, to: found.lowerBound)
        #expect(open.screen[x, row].style != readOnly.screen[x, row].style)
        #expect(
            readOnly.screen[x, row].style
                == Theme.builtInDefault[.textDim].merged(over: Theme.builtInDefault[.statusBar]))
    }

    @Test func aKioskStartsMaskedAndTheMaskStaysOn() {
        let practice = Fixture.busyDesk()
        let harness = Harness(practice, size: Size(width: 160, height: 48), desk: DeskOptions(kiosk: true))
        #expect(harness.screen.row(0).contains("KIOSK"))
        harness.press(.function(11))
        #expect(harness.statusLine.contains("privacy mask stays on"))
        let text = harness.text
        // Initials stay (a one-letter family name is its own initial); whole names never show.
        let staffNames = Set(practice.staff.values.flatMap { [$0.givenName, $0.familyName] })
        for name in LockScreenTests.patientNames(practice) where !staffNames.contains(name) {
            #expect(!text.contains(name), "kiosk shows \(name)")
        }
        harness.press(.character("a"))
        #expect(harness.statusLine.contains("waiting-room display"))
    }
}
