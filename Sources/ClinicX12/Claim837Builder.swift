import ClinicDomain
import Foundation

/// The practice's claims as an 837P file: the billing provider from settings, each claim's patient as the
/// subscriber (the practice records one policy per patient, held by the patient), its payer, rendering provider,
/// diagnoses and lines. Refuses, naming the claim, what the file cannot carry (no address or sex on file).
public enum Claim837Builder {
    public struct BuildError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func file(
        _ practice: Practice, claims ids: [ClaimID], controlNumber: Int, now: Date, usage: Claim837Usage = .production
    ) throws(BuildError) -> Claim837File {
        guard let billing = practice.settings.billing else {
            throw BuildError(description: "the practice's billing provider is not set (`billing set …`)")
        }
        guard !ids.isEmpty else { throw BuildError(description: "no claims to send") }
        var claims: [Claim837Claim] = []
        var problems: [String] = []
        for id in ids {
            do throws(BuildError) {
                claims.append(try claim(id, in: practice))
            } catch {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else { throw BuildError(description: problems.joined(separator: "; ")) }
        let clock = practice.clock
        return Claim837File(
            interchange: Claim837Interchange(
                senderID: billing.submitterID, receiverID: billing.receiverID, controlNumber: controlNumber,
                usage: usage, createdOn: clock.day(of: now), createdAt: clock.timeOfDay(of: now)),
            submitter: Claim837Submitter(
                name: billing.name, id: billing.submitterID, contactName: billing.contactName,
                phone: billing.contactPhone),
            receiver: Claim837Receiver(name: billing.receiverName, id: billing.receiverID),
            billingProvider: Claim837BillingProvider(
                organizationName: billing.name, npi: billing.npi, ein: billing.taxID,
                address: Claim837Address(
                    line: billing.address, city: billing.city, state: billing.state, zip: billing.zip),
                taxonomyCode: billing.taxonomy),
            claims: claims)
    }

    static func claim(_ id: ClaimID, in practice: Practice) throws(BuildError) -> Claim837Claim {
        guard let claim = practice.claims[id] else { throw BuildError(description: "there is no claim \(id)") }
        guard let patient = practice.patients[claim.patient] else {
            throw BuildError(description: "\(id): there is no patient \(claim.patient)")
        }
        guard let payer = practice.payers[claim.payer], payer.kind != .selfPay else {
            throw BuildError(description: "\(id) is self-pay: nothing goes to a payer")
        }
        guard let address = patient.address else {
            throw BuildError(
                description: "\(id): \(patient.id) has no address on file (the 837P carries the subscriber's)")
        }
        guard let provider = practice.staff[claim.provider], let npi = provider.npi else {
            throw BuildError(description: "\(id): the rendering provider has no NPI")
        }
        let subscriber = Claim837Subscriber(
            memberID: patient.memberID, name: Claim837PersonName(last: patient.familyName, first: patient.givenName),
            birthDate: patient.birthDate,
            gender: Claim837Gender(rawValue: (patient.sex ?? .unknown).rawValue) ?? .unknown,
            address: Claim837Address(line: address.line, city: address.city, state: address.state, zip: address.zip),
            filingIndicator: filingIndicator(payer))
        return Claim837Claim(
            id: claim.id.description, totalCharge: claim.billed, placeOfService: claim.placeOfService,
            frequency: Claim837Frequency(rawValue: claim.frequency.rawValue) ?? .original,
            originalClaimNumber: claim.frequency == .original ? nil : claim.payerClaimNumber,
            subscriber: subscriber, payer: Claim837Payer(name: payer.name, payerID: payer.payerCode),
            renderingProvider: Claim837RenderingProvider(
                name: Claim837PersonName(last: provider.familyName, first: provider.givenName), npi: npi),
            diagnoses: claim.diagnoses,
            lines: claim.lines.map { line in
                Claim837ServiceLine(
                    procedureCode: line.code, modifiers: line.modifiers, charge: line.charge, units: line.units,
                    diagnosisPointers: line.effectivePointers, serviceDate: claim.dateOfService)
            })
    }

    /// SBR09 from the payer's kind.
    static func filingIndicator(_ payer: Payer) -> Claim837FilingIndicator {
        switch payer.kind {
        case .medicare: return .medicarePartB
        case .medicaid: return .medicaid
        case .commercial, .selfPay: return .commercial
        }
    }
}
