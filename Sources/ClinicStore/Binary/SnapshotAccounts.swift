import ClinicDomain

// The snapshot's accounts section (kind 13, layout 1): a count, then each account in login order. Absent from
// snapshots of open folders and from those written before accounts existed: no accounts.

extension SnapshotSections {
    static func accountRows(_ practice: Practice, _ strings: StringTable) -> [UInt8] {
        var w = BinaryWriter(sharing: strings, capacity: practice.accounts.count * 96)
        let accounts = practice.sortedAccounts
        w.unsigned(UInt64(accounts.count))
        for account in accounts { account.write(to: &w) }
        return w.bytes
    }

    static func accounts(
        _ located: LocatedSections, _ payload: (UnsafeRawBufferPointer, Int), _ strings: [String], path: String
    ) throws(StoreError) -> [String: Account] {
        guard located.ranges[.accounts] != nil else { return [:] }
        var r = BinaryReader(payload.0, fileOffset: payload.1, strings: strings)
        do throws(BinaryDecodingError) {
            var accounts: [String: Account] = [:]
            for _ in 0..<(try r.count(elementSize: 8)) {
                let start = r.offsetInFile
                let account = try Account(from: &r)
                guard accounts[account.login] == nil else {
                    throw BinaryDecodingError(offset: start, detail: "account '\(account.login)' appears twice")
                }
                accounts[account.login] = account
            }
            try expectEnd(r)
            return accounts
        } catch {
            throw StoreError.corrupt(
                path: path, offset: Int64(error.offset), detail: "snapshot section accounts: \(error.detail)")
        }
    }
}
