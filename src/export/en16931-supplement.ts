// EN 16931 rules the app's validator (src/domain/rules) does not cover yet, but any e-invoice we
// write must pass: line VAT categories, payment instructions, scheme ids, and the VAT categories
// K (intra-community), G (export) and O (not subject to VAT). L and M (Canary Islands, Ceuta and
// Melilla) are refused: their rules are not implemented.
import type { Invoice, Party, VatCategoryCode } from '../domain/invoice.ts';
import { isZero, parseDecimal } from '../domain/rules/decimal.ts';
import { missingField, type MissingField } from './export-types.ts';

/** ISO 6523 ICD scheme ids (0002 …) plus "SEPA" for creditor ids (BR-CL-10, BR-CL-11). */
function isIcdScheme(scheme: string): boolean {
  if (scheme === 'SEPA') return true;
  const n = /^0\d{3}$/.test(scheme) ? Number(scheme) : NaN;
  return n >= 2 && n <= 250 && ![1, 92, 103, 181, 182].includes(n);
}

/** CEF EAS codes for electronic addresses (BR-CL-25). */
export const easCodes: ReadonlySet<string> = new Set(
  (
    '0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0170 0183 0184 0188 ' +
    '0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 ' +
    '0211 0212 0213 0215 0216 0217 0218 0219 0220 0221 0225 0230 0235 0240 9901 9910 9913 9914 ' +
    '9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 ' +
    '9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 ' +
    '9957 9959 AN AQ AS AU EM'
  ).split(' '),
);

function partyChecks(party: Party | undefined, path: string, what: string): MissingField[] {
  const missing: MissingField[] = [];
  const address = party?.electronicAddress;
  if (address && !address.scheme) {
    const text = `The ${what}'s electronic address has no scheme (e.g. EM for e-mail, 0204 for a Leitweg-ID).`;
    missing.push(
      missingField(path === 'seller' ? 'BR-62' : 'BR-63', `${path}.electronicAddress`, text),
    );
  } else if (address?.scheme && !easCodes.has(address.scheme)) {
    const text = `"${address.scheme}" is not an electronic address scheme of the CEF EAS list.`;
    missing.push(missingField('BR-CL-25', `${path}.electronicAddress.scheme`, text));
  }
  const ids = [
    ...(party?.identifiers ?? []).map((id, i) => [`${path}.identifiers[${i}]`, id] as const),
    [`${path}.legalRegistrationId`, party?.legalRegistrationId] as const,
  ];
  for (const [at, id] of ids) {
    if (id?.scheme && !isIcdScheme(id.scheme)) {
      const text = `"${id.scheme}" is not an ISO 6523 scheme id.`;
      missing.push(missingField('BR-CL-10', `${at}.scheme`, text));
    }
  }
  if (party?.vatId && !/^[A-Z]{2}/.test(party.vatId)) {
    const text = `The ${what}'s VAT id ${party.vatId} does not start with a country prefix (like DE).`;
    missing.push(missingField('BR-CO-09', `${path}.vatId`, text));
  }
  return missing;
}

function paymentChecks(invoice: Invoice): MissingField[] {
  const payment = invoice.payment;
  if (!payment) return [];
  const missing: MissingField[] = [];
  const code = payment.meansCode?.trim();
  if (!code) {
    missing.push(
      missingField(
        'BR-49',
        'payment.meansCode',
        'The payment means (transfer, direct debit, …) is missing.',
      ),
    );
  }
  if ((code === '30' || code === '58') && payment.accounts.length === 0) {
    const text = 'Payment is by credit transfer, but no account (IBAN) to pay to is given.';
    missing.push(missingField('BR-61', 'payment.accounts', text));
  }
  return missing;
}

function zeroRated(rate: string | undefined): boolean {
  const value = parseDecimal(rate);
  return value !== undefined && isZero(value);
}

/** BR-IC (K), BR-G and BR-O: the breakdown rows and lines of a category must agree with it. */
function categoryChecks(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  const used = new Set<VatCategoryCode>([
    ...invoice.vatBreakdown.map((b) => b.category),
    ...invoice.lines.flatMap((l) => (l.vatCategory ? [l.vatCategory] : [])),
  ]);
  for (const code of ['L', 'M'] as const) {
    if (used.has(code)) {
      const text = `VAT category ${code} (Canary Islands / Ceuta and Melilla) cannot be exported yet.`;
      missing.push(missingField('EXPORT-VAT-CATEGORY', 'vatBreakdown', text));
    }
  }
  invoice.vatBreakdown.forEach((b, i) => {
    if (!['K', 'G', 'O'].includes(b.category)) return;
    const at = `vatBreakdown[${i}]`;
    const family = b.category === 'K' ? 'IC' : b.category;
    if (!zeroRated(b.taxAmount))
      missing.push(
        missingField(
          `BR-${family}-09`,
          `${at}.taxAmount`,
          `VAT category ${b.category} carries no VAT, so its VAT amount must be 0.`,
        ),
      );
    if (!b.exemptionReason && !b.exemptionReasonCode)
      missing.push(
        missingField(
          `BR-${family}-10`,
          `${at}.exemptionReason`,
          `VAT category ${b.category} needs an exemption reason (text or code).`,
        ),
      );
    if (b.category === 'O' ? b.rate !== undefined : !zeroRated(b.rate))
      missing.push(
        missingField(
          `BR-${family}-06`,
          `${at}.rate`,
          b.category === 'O'
            ? 'VAT category O (not subject to VAT) must not have a VAT rate.'
            : `VAT category ${b.category} has a VAT rate of 0.`,
        ),
      );
  });
  if (used.has('O') && used.size > 1) {
    missing.push(
      missingField(
        'BR-O-11',
        'vatBreakdown',
        'An invoice not subject to VAT (category O) must not contain other VAT categories.',
      ),
    );
  }
  if (used.has('K') || used.has('G')) {
    if (!invoice.seller?.vatId && !invoice.sellerTaxRepresentative?.vatId)
      missing.push(
        missingField(
          'BR-IC-02',
          'seller.vatId',
          "Intra-community and export supplies need the seller's VAT id.",
        ),
      );
  }
  if (used.has('K')) {
    if (!invoice.buyer?.vatId)
      missing.push(
        missingField(
          'BR-IC-02',
          'buyer.vatId',
          "An intra-community supply needs the buyer's VAT id.",
        ),
      );
    if (!invoice.deliveryDate && !invoice.period?.start && !invoice.period?.end)
      missing.push(
        missingField(
          'BR-IC-11',
          ['deliveryDate', 'period.start'],
          'An intra-community supply needs the delivery date or the invoicing period.',
        ),
      );
    if (!invoice.deliverTo?.address?.countryCode)
      missing.push(
        missingField(
          'BR-IC-12',
          'deliverTo.address.countryCode',
          'An intra-community supply needs the country it was delivered to.',
        ),
      );
  }
  return missing;
}

export function en16931Supplement(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  invoice.lines.forEach((line, i) => {
    if (!line.vatCategory)
      missing.push(
        missingField(
          'BR-CO-04',
          `lines[${i}].vatCategory`,
          `Line ${line.id ?? i + 1} has no VAT category.`,
        ),
      );
    if (line.standardItemId && !line.standardItemId.scheme)
      missing.push(
        missingField(
          'BR-64',
          `lines[${i}].standardItemId.scheme`,
          `Line ${line.id ?? i + 1}: the standard item id has no scheme (e.g. 0160 for a GTIN).`,
        ),
      );
  });
  missing.push(...partyChecks(invoice.seller, 'seller', 'seller'));
  missing.push(...partyChecks(invoice.buyer, 'buyer', 'buyer'));
  missing.push(
    ...partyChecks(
      invoice.sellerTaxRepresentative,
      'sellerTaxRepresentative',
      'tax representative',
    ),
  );
  if (invoice.sellerTaxRepresentative && !invoice.sellerTaxRepresentative.vatId)
    missing.push(
      missingField(
        'BR-56',
        'sellerTaxRepresentative.vatId',
        "The seller's tax representative has no VAT id.",
      ),
    );
  if (invoice.deliverTo?.address && !invoice.deliverTo.address.countryCode)
    missing.push(
      missingField(
        'BR-57',
        'deliverTo.address.countryCode',
        'The delivery address has no country.',
      ),
    );
  if (invoice.taxCurrency && !invoice.totals.taxTotalInTaxCurrency)
    missing.push(
      missingField(
        'BR-53',
        'totals.taxTotalInTaxCurrency',
        `The VAT total in the VAT accounting currency (${invoice.taxCurrency}) is missing.`,
      ),
    );
  return [...missing, ...paymentChecks(invoice), ...categoryChecks(invoice)];
}
