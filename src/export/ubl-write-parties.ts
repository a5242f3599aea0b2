// UBL 2.1 parties, addresses, delivery and payment means, in the element order of the UBL schema
// and the EN 16931 UBL binding (the app's reader, read-ubl.ts, maps them back).
import type {
  Address,
  Identifier,
  Invoice,
  Party,
  PaymentInstructions,
} from '../domain/invoice.ts';
import { el, leaf, type XmlChild, type XmlNode } from './xml-writer.ts';

const id = (name: string, identifier: Identifier | undefined) =>
  leaf(name, identifier?.value, { schemeID: identifier?.scheme });

export function ublAddress(name: string, address: Address | undefined): XmlNode | undefined {
  if (!address) return undefined;
  const [street, additional, ...rest] = address.lines;
  return el(
    name,
    leaf('cbc:StreetName', street),
    leaf('cbc:AdditionalStreetName', additional),
    leaf('cbc:CityName', address.city),
    leaf('cbc:PostalZone', address.postalCode),
    leaf('cbc:CountrySubentity', address.countrySubdivision),
    rest.length > 0 && el('cac:AddressLine', leaf('cbc:Line', rest.join(', '))),
    el('cac:Country', leaf('cbc:IdentificationCode', address.countryCode)),
  );
}

const taxScheme = (companyId: string | undefined, scheme: string) =>
  companyId &&
  el(
    'cac:PartyTaxScheme',
    leaf('cbc:CompanyID', companyId),
    el('cac:TaxScheme', leaf('cbc:ID', scheme)),
  );

/** Seller or buyer (BG-4 / BG-7); `extraIds` carries the SEPA creditor id on the seller. */
export function ublParty(
  party: Party | undefined,
  extraIds: readonly Identifier[] = [],
): XmlNode | undefined {
  if (!party) return undefined;
  return el(
    'cac:Party',
    id('cbc:EndpointID', party.electronicAddress),
    [...(party.identifiers ?? []), ...extraIds].map((i) =>
      el('cac:PartyIdentification', id('cbc:ID', i)),
    ),
    el('cac:PartyName', leaf('cbc:Name', party.tradingName)),
    ublAddress('cac:PostalAddress', party.address),
    taxScheme(party.vatId, 'VAT'),
    // BT-32, the seller's local tax number: any tax scheme but VAT ("FC" as XRechnung uses it).
    taxScheme(party.taxRegistrationId, 'FC'),
    el(
      'cac:PartyLegalEntity',
      leaf('cbc:RegistrationName', party.name),
      id('cbc:CompanyID', party.legalRegistrationId),
      leaf('cbc:CompanyLegalForm', party.legalInformation),
    ),
    party.contact &&
      el(
        'cac:Contact',
        leaf('cbc:Name', party.contact.name),
        leaf('cbc:Telephone', party.contact.phone),
        leaf('cbc:ElectronicMail', party.contact.email),
      ),
  );
}

/** Payee (BG-10): name in PartyName, the SEPA creditor id here when there is a payee. */
export function ublPayee(payee: Party | undefined, extraIds: readonly Identifier[]): XmlChild {
  if (!payee) return undefined;
  return el(
    'cac:PayeeParty',
    [...(payee.identifiers ?? []), ...extraIds].map((i) =>
      el('cac:PartyIdentification', id('cbc:ID', i)),
    ),
    el('cac:PartyName', leaf('cbc:Name', payee.name)),
    el('cac:PartyLegalEntity', id('cbc:CompanyID', payee.legalRegistrationId)),
  );
}

export function ublTaxRepresentative(rep: Party | undefined): XmlChild {
  if (!rep) return undefined;
  return el(
    'cac:TaxRepresentativeParty',
    el('cac:PartyName', leaf('cbc:Name', rep.name)),
    ublAddress('cac:PostalAddress', rep.address),
    taxScheme(rep.vatId, 'VAT'),
  );
}

export function ublDelivery(invoice: Invoice): XmlChild {
  const to = invoice.deliverTo;
  return el(
    'cac:Delivery',
    leaf('cbc:ActualDeliveryDate', invoice.deliveryDate),
    el(
      'cac:DeliveryLocation',
      id('cbc:ID', to?.locationId),
      ublAddress('cac:Address', to?.address),
    ),
    el('cac:DeliveryParty', el('cac:PartyName', leaf('cbc:Name', to?.name))),
  );
}

/**
 * One PaymentMeans per payee account (UBL holds one account per means). A direct debit mandate
 * goes into a means with code 59: the invoice's own when its code is 59, otherwise one of its own.
 * `separateDebit`: XRechnung forbids payee accounts in a means with code 59 (BR-DE-25-b).
 */
export function ublPaymentMeans(
  payment: PaymentInstructions | undefined,
  dueDate: string | undefined,
  separateDebit: boolean,
): { nodes: XmlChild[]; warnings: string[] } {
  if (!payment?.meansCode) return { nodes: [], warnings: [] };
  const code = payment.meansCode.trim();
  const mandate =
    (payment.mandateId || payment.debitedAccount) &&
    el(
      'cac:PaymentMandate',
      leaf('cbc:ID', payment.mandateId),
      el('cac:PayerFinancialAccount', leaf('cbc:ID', payment.debitedAccount)),
    );
  const dropAccounts = separateDebit && code === '59' && payment.accounts.length > 0;
  const accounts = dropAccounts ? [] : payment.accounts;
  const means = (meansCode: string, index: number, parts: XmlChild[]) =>
    el(
      'cac:PaymentMeans',
      leaf('cbc:PaymentMeansCode', meansCode, {
        name: index === 0 ? payment.meansText : undefined,
      }),
      index === 0 && leaf('cbc:PaymentDueDate', dueDate),
      leaf('cbc:PaymentID', payment.remittanceInformation),
      ...parts,
    );
  const accountNode = (account: PaymentInstructions['accounts'][number]) =>
    el(
      'cac:PayeeFinancialAccount',
      leaf('cbc:ID', account.iban),
      leaf('cbc:Name', account.accountName),
      el('cac:FinancialInstitutionBranch', leaf('cbc:ID', account.bic)),
    );
  const nodes: XmlChild[] = (accounts.length > 0 ? accounts : [undefined]).map((account, i) =>
    means(code, i, [account && accountNode(account), code === '59' && i === 0 && mandate]),
  );
  if (mandate && code !== '59') nodes.push(means('59', 1, [mandate]));
  const warnings = dropAccounts
    ? ['XRechnung allows no payee account with direct debit; the payee IBAN was left out.']
    : [];
  return { nodes, warnings };
}
