// The rules XRechnung 3.0 (the German CIUS, KoSIT schematron BR-DE-*) adds to EN 16931: Leitweg-ID,
// seller contact, addresses, electronic addresses and complete payment instructions.
import type { Invoice } from '../domain/invoice.ts';
import { missingField, type MissingField } from './export-types.ts';

const has = (text: string | undefined) => text !== undefined && text.trim() !== '';

interface Required {
  readonly ruleId: string;
  readonly field: string;
  readonly present: (invoice: Invoice) => boolean;
  readonly message: string;
}

const required: readonly Required[] = [
  {
    ruleId: 'BR-DE-15',
    field: 'buyerReference',
    present: (i) => has(i.buyerReference),
    message:
      'The buyer reference (Leitweg-ID) is missing; public buyers in Germany give it in their order.',
  },
  {
    ruleId: 'BR-DE-1',
    field: 'payment.meansCode',
    present: (i) => has(i.payment?.meansCode),
    message: 'XRechnung needs payment instructions: how the invoice is paid (transfer, debit, …).',
  },
  {
    ruleId: 'BR-DE-5',
    field: 'seller.contact.name',
    present: (i) => has(i.seller?.contact?.name),
    message: "The seller's contact person or department is missing.",
  },
  {
    ruleId: 'BR-DE-6',
    field: 'seller.contact.phone',
    present: (i) => has(i.seller?.contact?.phone),
    message: "The seller's contact telephone number is missing.",
  },
  {
    ruleId: 'BR-DE-7',
    field: 'seller.contact.email',
    present: (i) => has(i.seller?.contact?.email),
    message: "The seller's contact e-mail address is missing.",
  },
  {
    ruleId: 'BR-DE-3',
    field: 'seller.address.city',
    present: (i) => has(i.seller?.address?.city),
    message: "The seller's city is missing.",
  },
  {
    ruleId: 'BR-DE-4',
    field: 'seller.address.postalCode',
    present: (i) => has(i.seller?.address?.postalCode),
    message: "The seller's postcode is missing.",
  },
  {
    ruleId: 'BR-DE-8',
    field: 'buyer.address.city',
    present: (i) => has(i.buyer?.address?.city),
    message: "The buyer's city is missing.",
  },
  {
    ruleId: 'BR-DE-9',
    field: 'buyer.address.postalCode',
    present: (i) => has(i.buyer?.address?.postalCode),
    message: "The buyer's postcode is missing.",
  },
  {
    ruleId: 'XRECHNUNG-BT-34',
    field: 'seller.electronicAddress',
    present: (i) => has(i.seller?.electronicAddress?.value),
    message: "The seller's electronic address (e.g. the billing e-mail, scheme EM) is missing.",
  },
  {
    ruleId: 'XRECHNUNG-BT-49',
    field: 'buyer.electronicAddress',
    present: (i) => has(i.buyer?.electronicAddress?.value),
    message: "The buyer's electronic address (e.g. the Leitweg-ID, scheme 0204) is missing.",
  },
];

const skontoLine =
  /^#SKONTO#TAGE=[0-9]+#PROZENT=[0-9]+\.[0-9]{2}(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#$/;
const vatCategoriesNeedingSellerTaxId = new Set(['S', 'Z', 'E', 'AE', 'K', 'G', 'L', 'M']);

function paymentChecks(invoice: Invoice, syntax: 'UBL' | 'CII'): MissingField[] {
  const payment = invoice.payment;
  const code = payment?.meansCode?.trim();
  const missing: MissingField[] = [];
  if ((code === '30' || code === '58') && !payment?.accounts.length)
    missing.push(
      missingField(
        'BR-DE-23-a',
        'payment.accounts',
        'Payment by credit transfer needs the IBAN to pay to.',
      ),
    );
  if (code === '48' || code === '54' || code === '55') {
    if (syntax === 'UBL')
      missing.push(
        missingField(
          'EXPORT-CARD',
          'payment.meansCode',
          'Card payments cannot be written to XRechnung UBL yet; choose XRechnung CII.',
        ),
      );
    else if (!has(payment?.cardLastDigits))
      missing.push(
        missingField(
          'BR-DE-24-a',
          'payment.cardLastDigits',
          'Card payment needs the last digits of the card number.',
        ),
      );
  }
  const debit = code === '59' || has(payment?.mandateId) || has(payment?.debitedAccount);
  if (code === '59' && !has(payment?.mandateId))
    missing.push(
      missingField('BR-DE-25-a', 'payment.mandateId', 'Direct debit needs the mandate reference.'),
    );
  if (debit && !has(payment?.creditorId))
    missing.push(
      missingField(
        'BR-DE-30',
        'payment.creditorId',
        "Direct debit needs the seller's SEPA creditor id.",
      ),
    );
  if (debit && !has(payment?.debitedAccount))
    missing.push(
      missingField(
        'BR-DE-31',
        'payment.debitedAccount',
        'Direct debit needs the IBAN to be debited.',
      ),
    );
  return missing;
}

export function xrechnungChecks(invoice: Invoice, syntax: 'UBL' | 'CII'): MissingField[] {
  const missing = required
    .filter((rule) => !rule.present(invoice))
    .map((rule) => missingField(rule.ruleId, rule.field, rule.message));
  const deliverTo = invoice.deliverTo?.address;
  if (deliverTo && !has(deliverTo.city))
    missing.push(
      missingField('BR-DE-10', 'deliverTo.address.city', 'The delivery address has no city.'),
    );
  if (deliverTo && !has(deliverTo.postalCode))
    missing.push(
      missingField(
        'BR-DE-11',
        'deliverTo.address.postalCode',
        'The delivery address has no postcode.',
      ),
    );
  invoice.vatBreakdown.forEach((b, i) => {
    if (!has(b.rate))
      missing.push(
        missingField(
          'BR-DE-14',
          `vatBreakdown[${i}].rate`,
          `The VAT breakdown for category ${b.category} has no rate.`,
        ),
      );
  });
  const categories = [
    ...invoice.vatBreakdown.map((b) => b.category),
    ...invoice.lines.map((l) => l.vatCategory),
    ...(invoice.allowancesCharges ?? []).map((ac) => ac.vatCategory),
  ];
  const sellerTaxId =
    has(invoice.seller?.vatId) ||
    has(invoice.seller?.taxRegistrationId) ||
    !!invoice.sellerTaxRepresentative;
  if (
    !sellerTaxId &&
    categories.some((c) => c !== undefined && vatCategoriesNeedingSellerTaxId.has(c))
  )
    missing.push(
      missingField(
        'BR-DE-16',
        ['seller.vatId', 'seller.taxRegistrationId'],
        "The seller's VAT id or tax number (Steuernummer) is missing.",
      ),
    );
  const skonto = (invoice.paymentTerms ?? '')
    .split(/\r?\n/)
    .filter((l) => l.trim().startsWith('#'));
  if (skonto.some((line) => !skontoLine.test(line.trim())))
    missing.push(
      missingField(
        'BR-DE-18',
        'paymentTerms',
        'Payment terms lines starting with "#" must follow the XRechnung discount form #SKONTO#TAGE=14#PROZENT=2.00#.',
      ),
    );
  return [...missing, ...paymentChecks(invoice, syntax)];
}
