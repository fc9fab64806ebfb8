/// Patients' money and the billing settings in the command language.
extension CommandLanguage {
    static let moneySyntax: [Syntax] = [
        Syntax(
            usage: "patient pay P-12 40.00 [--method card] [--claim C-22]",
            summary: "record a patient's payment (cash, card, check, other)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Patient.self, "a patient ID")
            let amount = try positiveMoney(try args.word(1, "an amount"))
            let method = try paymentMethod(&args)
            let claim = try args.optionID("claim", Claim.self, "a claim ID")
            try args.finish(positionalCount: 2)
            return .recordPatientPayment(id, amount: amount, method: method, claim: claim, refund: false)
        },
        Syntax(
            usage: "patient refund P-12 12.50 [--method check]", summary: "refund a patient's credit balance",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Patient.self, "a patient ID")
            let amount = try positiveMoney(try args.word(1, "an amount"))
            let method = try paymentMethod(&args)
            try args.finish(positionalCount: 2)
            return .recordPatientPayment(id, amount: amount, method: method, claim: nil, refund: true)
        },
        Syntax(usage: "fee set 99214 165.00", summary: "set a code's fee in the practice's fee schedule", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let codeWord = try args.word(0, "a CPT/HCPCS code")
            let code = codeWord.text.uppercased()
            guard MedicalCodes.isValidProcedure(code) else {
                throw CommandParseError(
                    "'\(codeWord.text)' is not a CPT/HCPCS code (5 characters: 99214, G0439)", column: codeWord.column)
            }
            let fee = try positiveMoney(try args.word(1, "a fee"))
            try args.finish(positionalCount: 2)
            return .setFee(code: code, fee: fee)
        },
        Syntax(
            usage: "billing set --name \"Maple Family Practice\" --npi 1992703540 --tin 141234567 "
                + "--address \"210 Maple Ave\" --city Albany --state NY --zip 122084512 --submitter ID "
                + "--receiver ID --receiver-name Availity --contact \"Billing Office\" --phone 5185550142",
            summary: "who bills: the practice's NPI, tax ID and address, and its clearinghouse", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            func value(_ name: String) throws(CommandParseError) -> String {
                try args.required(name, "a value").text.trimmingCharacters(in: .whitespaces)
            }
            let billing = BillingProvider(
                name: try value("name"), npi: try value("npi"), taxID: try value("tin"),
                address: try value("address"), city: try value("city"), state: try value("state"),
                zip: try value("zip"), submitterID: try value("submitter"), receiverID: try value("receiver"),
                receiverName: try value("receiver-name"), contactName: try value("contact"),
                contactPhone: try value("phone"))
            try args.finish(positionalCount: 0)
            return .setBillingProvider(billing)
        },
    ]

    static func positiveMoney(_ w: CommandWord) throws(CommandParseError) -> Cents {
        let amount = try CommandArguments.money(w)
        guard amount > .zero else { throw CommandParseError("'\(w.text)' must be more than 0.00", column: w.column) }
        return amount
    }

    static func paymentMethod(_ args: inout CommandArguments) throws(CommandParseError) -> PaymentMethod {
        guard let word = args.option("method") else { return .card }
        return try CommandArguments.choice(word, PaymentMethod.self, "a payment method", PaymentMethod.allCases)
    }
}
