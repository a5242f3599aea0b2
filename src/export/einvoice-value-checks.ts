// Value checks an XML schema or the EN 16931 code lists would reject: numbers that are not
// numbers, amounts with more than two decimals (BR-DEC), impossible dates and malformed codes (BR-CL).
import type { Address, Invoice } from '../domain/invoice.ts';
import { isDecimalText } from '../domain/rules/decimal.ts';
import { missingField, type MissingField } from './export-types.ts';
import { fitsCents, isIsoDate } from './format-values.ts';

type Path = readonly [path: string, value: string | undefined];

export function moneyPaths(invoice: Invoice): Path[] {
  const acs = (prefix: string, list: Invoice['allowancesCharges']): Path[] =>
    (list ?? []).flatMap((ac, i) => [
      [`${prefix}[${i}].amount`, ac.amount],
      [`${prefix}[${i}].baseAmount`, ac.baseAmount],
    ]);
  return [
    ...Object.entries(invoice.totals).map(([key, value]): Path => [`totals.${key}`, value]),
    ...invoice.vatBreakdown.flatMap((b, i): Path[] => [
      [`vatBreakdown[${i}].taxableAmount`, b.taxableAmount],
      [`vatBreakdown[${i}].taxAmount`, b.taxAmount],
    ]),
    ...acs('allowancesCharges', invoice.allowancesCharges),
    ...invoice.lines.flatMap((line, i): Path[] => [
      [`lines[${i}].lineTotal`, line.lineTotal],
      ...acs(`lines[${i}].allowancesCharges`, line.allowancesCharges),
    ]),
  ];
}

function numberPaths(invoice: Invoice): Path[] {
  return [
    ...invoice.vatBreakdown.map((b, i): Path => [`vatBreakdown[${i}].rate`, b.rate]),
    ...(invoice.allowancesCharges ?? []).flatMap((ac, i): Path[] => [
      [`allowancesCharges[${i}].percentage`, ac.percentage],
      [`allowancesCharges[${i}].vatRate`, ac.vatRate],
    ]),
    ...invoice.lines.flatMap((line, i): Path[] => [
      [`lines[${i}].quantity`, line.quantity],
      [`lines[${i}].unitPrice`, line.unitPrice],
      [`lines[${i}].priceBaseQuantity`, line.priceBaseQuantity],
      [`lines[${i}].grossPrice`, line.grossPrice],
      [`lines[${i}].vatRate`, line.vatRate],
      ...(line.allowancesCharges ?? []).map((ac, j): Path => [
        `lines[${i}].allowancesCharges[${j}].percentage`,
        ac.percentage,
      ]),
    ]),
  ];
}

function datePaths(invoice: Invoice): Path[] {
  return [
    ['issueDate', invoice.issueDate],
    ['dueDate', invoice.dueDate],
    ['deliveryDate', invoice.deliveryDate],
    ['period.start', invoice.period?.start],
    ['period.end', invoice.period?.end],
    ...(invoice.precedingInvoices ?? []).map((ref, i): Path => [
      `precedingInvoices[${i}].issueDate`,
      ref.issueDate,
    ]),
    ...invoice.lines.flatMap((line, i): Path[] => [
      [`lines[${i}].period.start`, line.period?.start],
      [`lines[${i}].period.end`, line.period?.end],
    ]),
  ];
}

function addresses(invoice: Invoice): [string, Address | undefined][] {
  return [
    ['seller.address', invoice.seller?.address],
    ['buyer.address', invoice.buyer?.address],
    ['sellerTaxRepresentative.address', invoice.sellerTaxRepresentative?.address],
    ['deliverTo.address', invoice.deliverTo?.address],
  ];
}

/** UNTDID 1001 invoice type codes EN 16931 accepts (BR-CL-01). */
const documentTypes = new Set(
  (
    '71 80 81 82 83 84 102 130 202 203 204 211 218 219 261 262 295 296 308 325 326 331 380 381 ' +
    '382 383 384 385 386 387 388 389 390 393 394 395 396 420 456 457 458 527 532 553 575 623 ' +
    '633 751 780 817 870 875 876 877 935'
  ).split(' '),
);

export function valueChecks(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  for (const [path, value] of [...moneyPaths(invoice), ...numberPaths(invoice)]) {
    if (value !== undefined && value.trim() !== '' && !isDecimalText(value.trim())) {
      missing.push(missingField('EXPORT-NUMBER', path, `"${value}" in ${path} is not a number.`));
    }
  }
  for (const [path, value] of moneyPaths(invoice)) {
    if (value && isDecimalText(value.trim()) && !fitsCents(value)) {
      const text = `${path} is ${value}; e-invoice amounts have at most two decimals.`;
      missing.push(missingField('BR-DEC', path, text));
    }
  }
  const isDate = (text: string): boolean => isIsoDate(text);
  for (const [path, value] of datePaths(invoice)) {
    if (value !== undefined && !isDate(value)) {
      missing.push(missingField('EXPORT-DATE', path, `"${value}" in ${path} is not a date.`));
    }
  }
  if (invoice.documentType && !documentTypes.has(invoice.documentType.trim())) {
    const text = `"${invoice.documentType}" is not a document type code EN 16931 accepts.`;
    missing.push(missingField('BR-CL-01', 'documentType', text));
  }
  for (const [path, code] of [
    ['currency', invoice.currency],
    ['taxCurrency', invoice.taxCurrency],
  ] as const) {
    if (code !== undefined && !/^[A-Z]{3}$/.test(code)) {
      missing.push(missingField('BR-CL-04', path, `"${code}" is not an ISO 4217 currency code.`));
    }
  }
  for (const [path, address] of addresses(invoice)) {
    const code = address?.countryCode;
    if (code !== undefined && !/^[A-Z]{2}$/.test(code)) {
      const text = `"${code}" is not a two-letter ISO 3166 country code.`;
      missing.push(missingField('BR-CL-14', `${path}.countryCode`, text));
    }
  }
  invoice.lines.forEach((line, i) => {
    if (line.unitCode !== undefined && !/^[A-Z0-9]{2,3}$/.test(line.unitCode)) {
      const text = `"${line.unitCode}" is not a UN/ECE unit code (like C62, H87, HUR, KGM).`;
      missing.push(missingField('BR-CL-23', `lines[${i}].unitCode`, text));
    }
  });
  const means = invoice.payment?.meansCode;
  if (means !== undefined && !/^(\d{1,2}|ZZZ)$/.test(means.trim())) {
    const text = `"${means}" is not a UNTDID 4461 payment means code (like 30, 58 or 59).`;
    missing.push(missingField('BR-CL-16', 'payment.meansCode', text));
  }
  return missing;
}
