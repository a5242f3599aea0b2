// CII trade parties (seller, buyer, payee, tax representative, ship-to) and postal addresses.
import type { Address, Identifier, Party } from '../domain/invoice.ts';
import type { CiiDialect } from './cii-dialect.ts';
import { identifierOf, nonEmpty } from './read-context.ts';
import { attributeOf, type XmlElement } from './xml-element.ts';

export function readCiiParty(d: CiiDialect, party: XmlElement | undefined): Party | undefined {
  if (!party) return undefined;
  const { q } = d;
  const registrations = q.all(party, 'ram:SpecifiedTaxRegistration/ram:ID');
  const registration = (scheme: string) =>
    registrations
      .filter((id) => attributeOf(id, 'schemeID')?.toUpperCase() === scheme)
      .map((id) => id.text.trim())
      .find(Boolean);
  const identifiers = [...q.all(party, 'ram:ID'), ...q.all(party, 'ram:GlobalID')]
    .map(identifierOf)
    .filter((id): id is Identifier => id !== undefined);
  const contact = q.one(party, 'ram:DefinedTradeContact');
  return nonEmpty<Party>({
    name: q.text(party, 'ram:Name'),
    tradingName: q.text(party, 'ram:SpecifiedLegalOrganization/ram:TradingBusinessName'),
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalRegistrationId: identifierOf(q.one(party, 'ram:SpecifiedLegalOrganization/ram:ID')),
    // schemeID VA is the VAT id (BT-31); FC is a local tax number such as the Steuernummer (BT-32).
    vatId: registration('VA'),
    taxRegistrationId: registration('FC'),
    address: readCiiAddress(d, q.one(party, 'ram:PostalTradeAddress')),
    contact: nonEmpty({
      name: q.text(contact, 'ram:PersonName') ?? q.text(contact, 'ram:DepartmentName'),
      phone: q.text(contact, 'ram:TelephoneUniversalCommunication/ram:CompleteNumber'),
      email: q.text(contact, 'ram:EmailURIUniversalCommunication/ram:URIID'),
    }),
    electronicAddress: identifierOf(q.one(party, 'ram:URIUniversalCommunication/ram:URIID')),
    legalInformation: q.text(party, 'ram:Description'),
  });
}

export function readCiiAddress(
  d: CiiDialect,
  address: XmlElement | undefined,
): Address | undefined {
  if (!address) return undefined;
  const { q } = d;
  const lines = ['ram:LineOne', 'ram:LineTwo', 'ram:LineThree']
    .map((name) => q.text(address, name))
    .filter((line): line is string => line !== undefined);
  return nonEmpty<Address>({
    lines,
    city: q.text(address, 'ram:CityName'),
    postalCode: q.text(address, 'ram:PostcodeCode'),
    countrySubdivision: q.text(address, 'ram:CountrySubDivisionName'),
    countryCode: q.text(address, 'ram:CountryID'),
  });
}
