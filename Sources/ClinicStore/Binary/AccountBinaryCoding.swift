import ClinicDomain

// Accounts in the binary encodings (journal events 31–32, snapshot section 13):
//   account = login, staff (optional ID), role code, active, mustChangePin, pin hash
//   pin hash = scheme, parameter count, (name, int) in name order, salt bytes, hash bytes (each: count + bytes)

extension BinaryCodes {
    static let accountRole: [Role] = [.manager, .provider, .nurse, .receptionist, .biller]
}

extension Account {
    func write(to w: inout BinaryWriter) {
        w.string(login); w.optionalID(staff); w.code(role, BinaryCodes.accountRole); w.bool(active)
        w.bool(mustChangePin)
        w.string(pin.scheme)
        let parameters = pin.parameters.sorted { $0.key < $1.key }
        w.unsigned(UInt64(parameters.count))
        for (name, value) in parameters { w.string(name); w.int(value) }
        w.rawBytes(pin.salt); w.rawBytes(pin.hash)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let start = r.offsetInFile
        let login = try r.string()
        guard Account.loginProblem(login) == nil else {
            throw BinaryDecodingError(offset: start, detail: "'\(login)' is not a login")
        }
        let staff: StaffID? = try r.optionalID()
        let role = try r.code(BinaryCodes.accountRole, "account role")
        let active = try r.bool()
        let mustChange = try r.bool()
        let scheme = try r.string()
        var parameters: [String: Int] = [:]
        for _ in 0..<(try r.count(elementSize: 2)) { parameters[try r.string()] = try r.int() }
        let salt = try r.rawBytes()
        let hash = try r.rawBytes()
        self.init(
            login: login, staff: staff, role: role,
            pin: PinHash(scheme: scheme, parameters: parameters, salt: salt, hash: hash), active: active,
            mustChangePin: mustChange)
    }
}

extension BinaryWriter {
    /// A short byte string: its length, then the bytes as they are.
    mutating func rawBytes(_ value: [UInt8]) {
        unsigned(UInt64(value.count))
        append(value)
    }
}

extension BinaryReader {
    mutating func rawBytes() throws(BinaryDecodingError) -> [UInt8] {
        let n = try count()
        guard n <= 1024 else { throw failure("\(n) bytes is too long for a salt or hash") }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try byte()) }
        return out
    }
}
