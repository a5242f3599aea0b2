// UN/CEFACT CII D16B trade parties, addresses, payment means and payment terms, in the element
// order of the CII schema (Factur-X EN 16931 and XRechnung CII use the same order).
import type { Address, Invoice, Party, PaymentAccount } from '../domain/invoice.ts';
import { ciiDate } from './einvoice-values.ts';
import { el, leaf, type XmlChild, type XmlNode } from './xml-writer.ts';

export function ciiDateTime(
  name: string,
  iso: string | undefined,
  type = 'udt',
): XmlNode | undefined {
  return el(name, leaf(`${type}:DateTimeString`, ciiDate(iso), { format: '102' }));
}

export function ciiAddress(address: Address | undefined): XmlNode | undefined {
  if (!address) return undefined;
  const [one, two, ...rest] = address.lines;
  return el(
    'ram:PostalTradeAddress',
    leaf('ram:PostcodeCode', address.postalCode),
    leaf('ram:LineOne', one),
    leaf('ram:LineTwo', two),
    leaf('ram:LineThree', rest.join(', ')),
    leaf('ram:CityName', address.city),
    leaf('ram:CountryID', address.countryCode),
    leaf('ram:CountrySubDivisionName', address.countrySubdivision),
  );
}

/** Ids without scheme are ram:ID, ids with an ISO 6523 scheme ram:GlobalID; SEPA ids are the creditor id. */
function partyIds(party: Party): XmlChild[] {
  const ids = (party.identifiers ?? []).filter((i) => i.scheme !== 'SEPA');
  return [
    ids.filter((i) => !i.scheme).map((i) => leaf('ram:ID', i.value)),
    ids.filter((i) => i.scheme).map((i) => leaf('ram:GlobalID', i.value, { schemeID: i.scheme })),
  ];
}

export function ciiParty(name: string, party: Party | undefined): XmlNode | undefined {
  if (!party) return undefined;
  const contact = party.contact;
  return el(
    name,
    partyIds(party),
    leaf('ram:Name', party.name),
    leaf('ram:Description', party.legalInformation),
    el(
      'ram:SpecifiedLegalOrganization',
      leaf('ram:ID', party.legalRegistrationId?.value, {
        schemeID: party.legalRegistrationId?.scheme,
      }),
      leaf('ram:TradingBusinessName', party.tradingName),
    ),
    contact &&
      el(
        'ram:DefinedTradeContact',
        leaf('ram:PersonName', contact.name),
        el('ram:TelephoneUniversalCommunication', leaf('ram:CompleteNumber', contact.phone)),
        el('ram:EmailURIUniversalCommunication', leaf('ram:URIID', contact.email)),
      ),
    ciiAddress(party.address),
    el(
      'ram:URIUniversalCommunication',
      leaf('ram:URIID', party.electronicAddress?.value, {
        schemeID: party.electronicAddress?.scheme,
      }),
    ),
    // schemeID FC: local tax number (BT-32); VA: VAT identifier (BT-31).
    el('ram:SpecifiedTaxRegistration', leaf('ram:ID', party.taxRegistrationId, { schemeID: 'FC' })),
    el('ram:SpecifiedTaxRegistration', leaf('ram:ID', party.vatId, { schemeID: 'VA' })),
  );
}

/** The SEPA creditor id: the payment's, or a SEPA id the seller or payee lists. */
export function creditorId(invoice: Invoice): string | undefined {
  const listed = [...(invoice.payee?.identifiers ?? []), ...(invoice.seller?.identifiers ?? [])];
  return invoice.payment?.creditorId ?? listed.find((i) => i.scheme === 'SEPA')?.value;
}

const isIban = (text: string) => /^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(text.replace(/\s/g, ''));

function payeeAccount(account: PaymentAccount): XmlChild[] {
  return [
    el(
      'ram:PayeePartyCreditorFinancialAccount',
      isIban(account.iban) ? leaf('ram:IBANID', account.iban) : undefined,
      leaf('ram:AccountName', account.accountName),
      isIban(account.iban) ? undefined : leaf('ram:ProprietaryID', account.iban),
    ),
    el('ram:PayeeSpecifiedCreditorFinancialInstitution', leaf('ram:BICID', account.bic)),
  ];
}

/**
 * One means per payee account; the debited account of a direct debit sits in a means with code 59
 * (the invoice's own, or one of its own). `separateDebit`: no payee account beside it (XRechnung).
 */
export function ciiPaymentMeans(
  invoice: Invoice,
  separateDebit: boolean,
): { nodes: XmlChild[]; warnings: string[] } {
  const payment = invoice.payment;
  if (!payment?.meansCode) return { nodes: [], warnings: [] };
  const code = payment.meansCode.trim();
  const debtor =
    payment.debitedAccount &&
    el('ram:PayerPartyDebtorFinancialAccount', leaf('ram:IBANID', payment.debitedAccount));
  const dropAccounts = separateDebit && code === '59' && payment.accounts.length > 0;
  const accounts = dropAccounts ? [] : payment.accounts;
  const means = (meansCode: string, first: boolean, parts: XmlChild[]) =>
    el(
      'ram:SpecifiedTradeSettlementPaymentMeans',
      leaf('ram:TypeCode', meansCode),
      first && leaf('ram:Information', payment.meansText),
      first &&
        el('ram:ApplicableTradeSettlementFinancialCard', leaf('ram:ID', payment.cardLastDigits)),
      ...parts,
    );
  const nodes: XmlChild[] = (accounts.length > 0 ? accounts : [undefined]).map((account, i) =>
    means(code, i === 0, [code === '59' && i === 0 && debtor, account && payeeAccount(account)]),
  );
  if (debtor && code !== '59') nodes.push(means('59', false, [debtor]));
  const warnings = dropAccounts
    ? ['XRechnung allows no payee account with direct debit; the payee IBAN was left out.']
    : [];
  return { nodes, warnings };
}

export function ciiPaymentTerms(invoice: Invoice): XmlNode | undefined {
  return el(
    'ram:SpecifiedTradePaymentTerms',
    leaf('ram:Description', invoice.paymentTerms),
    ciiDateTime('ram:DueDateDateTime', invoice.dueDate),
    leaf('ram:DirectDebitMandateID', invoice.payment?.mandateId),
  );
}
