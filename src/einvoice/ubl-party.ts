// UBL parties (seller, buyer, payee, tax representative) and postal addresses.
import type { Address, Identifier, Party } from '../domain/invoice.ts';
import { defined, identifierOf, nonEmpty } from './read-context.ts';
import { ubl } from './ubl-query.ts';
import { textOf, type XmlElement } from './xml-element.ts';

export function readUblParty(party: XmlElement | undefined): Party | undefined {
  if (!party) return undefined;
  const taxSchemes = ubl.all(party, 'cac:PartyTaxScheme');
  const isVat = (scheme: XmlElement) =>
    ubl.text(scheme, 'cac:TaxScheme/cbc:ID')?.toUpperCase() === 'VAT';
  const vatScheme = taxSchemes.find(isVat);
  const otherScheme = taxSchemes.find((scheme) => !isVat(scheme));
  const identifiers = ubl
    .all(party, 'cac:PartyIdentification/cbc:ID')
    .map(identifierOf)
    .filter((id): id is Identifier => id !== undefined);
  return nonEmpty<Party>({
    name: ubl.text(party, 'cac:PartyLegalEntity/cbc:RegistrationName'),
    tradingName: ubl.text(party, 'cac:PartyName/cbc:Name'),
    identifiers: identifiers.length > 0 ? identifiers : undefined,
    legalRegistrationId: identifierOf(ubl.one(party, 'cac:PartyLegalEntity/cbc:CompanyID')),
    vatId: ubl.text(vatScheme, 'cbc:CompanyID'),
    taxRegistrationId: ubl.text(otherScheme, 'cbc:CompanyID'),
    address: readUblAddress(ubl.one(party, 'cac:PostalAddress')),
    contact: nonEmpty({
      name: ubl.text(party, 'cac:Contact/cbc:Name'),
      phone: ubl.text(party, 'cac:Contact/cbc:Telephone'),
      email: ubl.text(party, 'cac:Contact/cbc:ElectronicMail'),
    }),
    electronicAddress: identifierOf(ubl.one(party, 'cbc:EndpointID')),
    legalInformation: ubl.text(party, 'cac:PartyLegalEntity/cbc:CompanyLegalForm'),
  });
}

/** A party that is only a name (UBL payee and tax representative use PartyName for BT-59/BT-62). */
export function readUblNamedParty(party: XmlElement | undefined): Party | undefined {
  const read = readUblParty(party);
  if (!read || read.name !== undefined) return read;
  const { tradingName, ...rest } = read;
  return defined({ ...rest, name: tradingName });
}

export function readUblAddress(address: XmlElement | undefined): Address | undefined {
  if (!address) return undefined;
  const lines = [
    ubl.text(address, 'cbc:StreetName'),
    ubl.text(address, 'cbc:AdditionalStreetName'),
    ...ubl.all(address, 'cac:AddressLine/cbc:Line').map(textOf),
  ].filter((line): line is string => line !== undefined);
  return nonEmpty<Address>({
    lines,
    city: ubl.text(address, 'cbc:CityName'),
    postalCode: ubl.text(address, 'cbc:PostalZone'),
    countrySubdivision: ubl.text(address, 'cbc:CountrySubentity'),
    countryCode: ubl.text(address, 'cac:Country/cbc:IdentificationCode'),
  });
}
