// The rules Peppol BIS Billing 3.0 adds to EN 16931, as far as the invoice model can break them,
// each reported with the rule id of the official Peppol validator.
import type { Invoice, Identifier } from '../domain/invoice.ts';
import {
  abs,
  add,
  compare,
  mul,
  parseDecimal,
  shift,
  sub,
  sum,
  zero,
  type Dec,
} from '../domain/rules/decimal.ts';
import { bothGerman } from './einvoice-profiles.ts';
import { missingField, type MissingField } from './export-types.ts';

const has = (text: string | undefined) => text !== undefined && text.trim() !== '';
const dec = (text: string | undefined) => parseDecimal(text);
const slack = { units: 2n, scale: 2 } satisfies Dec;

/** GS1 check digit of a GLN (scheme 0088, PEPPOL-COMMON-R040). */
function validGln(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = digits.pop() ?? 0;
  const total = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (total % 10)) % 10 === check;
}

function identifiers(invoice: Invoice): [string, Identifier | undefined][] {
  const party = (p: 'seller' | 'buyer' | 'payee') => [
    ...(invoice[p]?.identifiers ?? []).map((id, i): [string, Identifier] => [
      `${p}.identifiers[${i}]`,
      id,
    ]),
    [`${p}.electronicAddress`, invoice[p]?.electronicAddress] as [string, Identifier | undefined],
    [`${p}.legalRegistrationId`, invoice[p]?.legalRegistrationId] as [
      string,
      Identifier | undefined,
    ],
  ];
  return [
    ...party('seller'),
    ...party('buyer'),
    ...party('payee'),
    ['deliverTo.locationId', invoice.deliverTo?.locationId],
  ];
}

const peppolTypes = new Set(
  (
    '71 80 82 84 102 218 219 326 331 380 382 383 384 386 388 393 395 553 575 623 780 817 870 875 ' +
    '876 877 81 83 261 262 296 308 381 396 420 458 532'
  ).split(' '),
);

function peppolLineChecks(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  invoice.lines.forEach((line, i) => {
    const at = `lines[${i}]`;
    const label = `Line ${line.id ?? i + 1}`;
    const base = dec(line.priceBaseQuantity);
    if (base && compare(base, zero) <= 0)
      missing.push(
        missingField(
          'PEPPOL-EN16931-R121',
          `${at}.priceBaseQuantity`,
          `${label}: the price base quantity must be above zero.`,
        ),
      );
    const [q, p, net] = [dec(line.quantity), dec(line.unitPrice), dec(line.lineTotal)];
    if (q && p && net && (!base || base.units > 0n)) {
      const acs = line.allowancesCharges ?? [];
      const amounts = (charge: boolean) =>
        sum(acs.filter((ac) => ac.isCharge === charge).map((ac) => dec(ac.amount) ?? zero));
      const b = base ?? { units: 1n, scale: 0 };
      // |(net − charges + allowances) × base − quantity × price| ≤ 0.02 × base
      const lhs = mul(add(sub(net, amounts(true)), amounts(false)), b);
      if (compare(abs(sub(lhs, mul(q, p))), mul(slack, b)) > 0)
        missing.push(
          missingField(
            'PEPPOL-EN16931-R120',
            `${at}.lineTotal`,
            `${label}: the net amount ${line.lineTotal} is not quantity × price (${line.quantity} × ${line.unitPrice}) plus charges minus allowances.`,
          ),
        );
    }
    const { start, end } = line.period ?? {};
    if (start && invoice.period?.start && start < invoice.period.start)
      missing.push(
        missingField(
          'PEPPOL-EN16931-R110',
          `${at}.period.start`,
          `${label} starts before the invoicing period.`,
        ),
      );
    if (end && invoice.period?.end && end > invoice.period.end)
      missing.push(
        missingField(
          'PEPPOL-EN16931-R111',
          `${at}.period.end`,
          `${label} ends after the invoicing period.`,
        ),
      );
  });
  return missing;
}

function allowancePercentChecks(invoice: Invoice): MissingField[] {
  const lists = [
    ['allowancesCharges', invoice.allowancesCharges] as const,
    ...invoice.lines.map((l, i) => [`lines[${i}].allowancesCharges`, l.allowancesCharges] as const),
  ];
  return lists.flatMap(([path, list]) =>
    (list ?? []).flatMap((ac, i): MissingField[] => {
      const at = `${path}[${i}]`;
      const [amount, base, pct] = [dec(ac.amount), dec(ac.baseAmount), dec(ac.percentage)];
      if (pct && !base)
        return [
          missingField(
            'PEPPOL-EN16931-R041',
            `${at}.baseAmount`,
            'An allowance or charge with a percentage needs its base amount.',
          ),
        ];
      if (base && !pct)
        return [
          missingField(
            'PEPPOL-EN16931-R042',
            `${at}.percentage`,
            'An allowance or charge with a base amount needs its percentage.',
          ),
        ];
      if (amount && base && pct && compare(abs(sub(amount, shift(mul(base, pct), 2))), slack) > 0)
        return [
          missingField(
            'PEPPOL-EN16931-R040',
            `${at}.amount`,
            `The amount ${ac.amount} is not ${ac.percentage} % of ${ac.baseAmount}.`,
          ),
        ];
      return [];
    }),
  );
}

export function peppolChecks(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  if (!has(invoice.buyerReference) && !has(invoice.purchaseOrder))
    missing.push(
      missingField(
        'PEPPOL-EN16931-R003',
        ['buyerReference', 'purchaseOrder'],
        'Peppol needs the buyer reference or the purchase order number.',
      ),
    );
  if (!invoice.buyer?.electronicAddress)
    missing.push(
      missingField(
        'PEPPOL-EN16931-R010',
        'buyer.electronicAddress',
        "The buyer's electronic address (Peppol endpoint id) is missing.",
      ),
    );
  if (!invoice.seller?.electronicAddress)
    missing.push(
      missingField(
        'PEPPOL-EN16931-R020',
        'seller.electronicAddress',
        "The seller's electronic address (Peppol endpoint id) is missing.",
      ),
    );
  if (invoice.taxCurrency && invoice.taxCurrency === invoice.currency)
    missing.push(
      missingField(
        'PEPPOL-EN16931-R005',
        'taxCurrency',
        'The VAT accounting currency must differ from the invoice currency, or be left out.',
      ),
    );
  if (invoice.payment?.meansCode?.trim() === '59' && !has(invoice.payment.mandateId))
    missing.push(
      missingField(
        'PEPPOL-EN16931-R061',
        'payment.mandateId',
        'Direct debit needs the mandate reference.',
      ),
    );
  const type = invoice.documentType?.trim() ?? '';
  if (type && !peppolTypes.has(type))
    missing.push(
      missingField(
        'PEPPOL-EN16931-P0100',
        'documentType',
        `Peppol does not accept document type ${type}.`,
      ),
    );
  if ((type === '326' || type === '384') && !bothGerman(invoice))
    missing.push(
      missingField(
        'PEPPOL-EN16931-P0112',
        'documentType',
        `Peppol accepts document type ${type} only between two German companies.`,
      ),
    );
  for (const [path, id] of identifiers(invoice)) {
    if (id?.scheme === '0088' && !validGln(id.value))
      missing.push(
        missingField(
          'PEPPOL-COMMON-R040',
          `${path}.value`,
          `${id.value} is not a valid GLN (wrong check digit or length).`,
        ),
      );
  }
  return [...missing, ...peppolLineChecks(invoice), ...allowancePercentChecks(invoice)];
}
