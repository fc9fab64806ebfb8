import ClinicDomain
import ClinicStore

/// `demo --accounts`: one account per role, for the first active staff member of that role (in ID order), login
/// their given name in lowercase as the demo's own events name them (carla, daniel, priya, ana, ben in the small
/// demo). Hashed here, not in ClinicDemo, which may not import the store. Every PIN is the documented demo PIN,
/// hashed once (one scrypt run, not five): the PIN is public, so a shared salt gives nothing away.
enum DemoAccounts {
    static let pin = "2580"

    static func add(to practice: inout Practice) throws {
        let hash = try PinHasher().hash(pin: pin)
        for role in Role.allCases {
            guard let member = practice.staff.sorted.first(where: { $0.active && Role(defaultFor: $0.role) == role })
            else { continue }
            var login = String(member.givenName.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
            if login.count < 2 || practice.accounts[login] != nil { login = "s\(member.id.number)" }
            practice.accounts[login] = Account(
                login: login, staff: member.id, role: role, pin: hash)
        }
    }
}
