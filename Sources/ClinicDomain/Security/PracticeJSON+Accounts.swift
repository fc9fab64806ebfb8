/// Accounts in the JSON export: login, staff, role and active only. PIN hashes never leave the data folder
/// (an export is mailed, attached and copied; a hash of a 4-digit PIN is only as strong as its cost).
/// Only folders with accounts have the key, so an open folder's export is what it always was.
extension PracticeJSON {
    static func accounts(_ practice: Practice, _ w: inout JSONStreamWriter) {
        w.key("accounts")
        w.beginArray()
        for account in practice.sortedAccounts {
            w.beginObject()
            w.field("active", account.active)
            w.field("login", account.login)
            w.field("role", account.role)
            w.field("staff", account.staff)
            w.endObject()
        }
        w.endArray()
    }
}
