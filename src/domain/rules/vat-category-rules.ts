// The parallel EN 16931 rule sets per VAT category (BR-S-*, BR-Z-*, BR-E-*, BR-AE-*): numbers 01 … 10
// mean the same check in every set, so one engine runs them from a small description per category.
import type { Finding } from '../finding.ts';
import type { AllowanceCharge, Invoice, VatCategoryCode } from '../invoice.ts';
import { compare, equals, isZero, sub, sum, zero, type Dec } from './decimal.ts';
import { lineLabel } from './line-rules.ts';
import { cents, dec, finding, has, money, rateText, type InvoiceRule } from './rule-helpers.ts';
import { vatAmountCheck } from './vat-amount.ts';

export interface VatCategoryRuleSet {
  readonly code: VatCategoryCode;
  /** Rule id prefix, e.g. "BR-S". */
  readonly prefix: string;
  /** How a bookkeeper names the category: "standard-rated", "reverse charge". */
  readonly name: string;
  /** Standard rate allows one breakdown row per rate; the others exactly one row. */
  readonly oneBreakdownRow: boolean;
  /** Standard rate needs a rate above zero; the others a rate of zero and no VAT. */
  readonly positiveRate: boolean;
  readonly exemptionReason: 'forbidden' | 'required';
  /** Reverse charge also needs the buyer's VAT id or legal registration. */
  readonly buyerIdRequired: boolean;
}

interface Item {
  readonly kind: 'line' | 'allowance' | 'charge';
  readonly path: string;
  readonly label: string;
  readonly rate: string | undefined;
  readonly amount: string | undefined;
}

export function vatCategoryRules(set: VatCategoryRuleSet): InvoiceRule {
  return (invoice) => {
    const items = itemsOf(invoice, set.code);
    const rows = invoice.vatBreakdown
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.category === set.code);
    const id = (n: string) => `${set.prefix}-${n}`;
    const findings: Finding[] = [];
    if (items.length > 0 && (rows.length === 0 || (set.oneBreakdownRow && rows.length > 1))) {
      const expected = set.oneBreakdownRow ? 'exactly one row' : 'a row';
      findings.push(
        finding(
          id('01'),
          `Items are ${set.name}, so the VAT breakdown needs ${expected} for ${set.name} (it has ${rows.length}).`,
          ['vatBreakdown'],
        ),
      );
    }
    const number = { line: '02', allowance: '03', charge: '04' } as const;
    for (const kind of ['line', 'allowance', 'charge'] as const) {
      const first = items.find((item) => item.kind === kind);
      if (!first) continue;
      if (!sellerTaxId(invoice)) {
        findings.push(
          finding(
            id(number[kind]),
            `${first.label} is ${set.name}, but neither the seller's VAT id, the seller's tax number nor a tax representative's VAT id is given.`,
            ['seller.vatId', 'seller.taxRegistrationId', 'sellerTaxRepresentative.vatId'],
          ),
        );
      } else if (
        set.buyerIdRequired &&
        !has(invoice.buyer?.vatId) &&
        !has(invoice.buyer?.legalRegistrationId?.value)
      ) {
        findings.push(
          finding(
            id(number[kind]),
            `${first.label} is ${set.name}, so the buyer's VAT id (or legal registration) must be given.`,
            ['buyer.vatId', 'buyer.legalRegistrationId'],
          ),
        );
      }
    }
    const rateRule = { line: '05', allowance: '06', charge: '07' } as const;
    for (const item of items) {
      const rate = dec(item.rate);
      const ok = rate !== undefined && (set.positiveRate ? compare(rate, zero) > 0 : isZero(rate));
      if (!ok) {
        const want = set.positiveRate ? 'above 0 %' : '0 %';
        findings.push(
          finding(
            id(rateRule[item.kind]),
            `${item.label} is ${set.name} with ${rateText(item.rate)}; the rate must be ${want}.`,
            [`${item.path}.vatRate`],
          ),
        );
      }
    }
    for (const { row, index } of rows) {
      findings.push(...checkRow(set, invoice, items, row, index, id));
    }
    return findings;
  };
}

function checkRow(
  set: VatCategoryRuleSet,
  invoice: Invoice,
  items: readonly Item[],
  row: Invoice['vatBreakdown'][number],
  index: number,
  id: (n: string) => string,
): Finding[] {
  const at = `vatBreakdown[${index}]`;
  const findings: Finding[] = [];
  const rate = dec(row.rate);
  const matching = set.positiveRate
    ? items.filter(
        (item) =>
          rate !== undefined &&
          dec(item.rate) !== undefined &&
          equals(dec(item.rate) ?? zero, rate),
      )
    : items;
  const signed = (item: Item): Dec => {
    const amount = dec(item.amount) ?? zero;
    return item.kind === 'allowance' ? sub(zero, amount) : amount;
  };
  const expected = cents(sum(matching.map(signed)));
  const taxable = dec(row.taxableAmount);
  if (taxable && !equals(taxable, expected)) {
    const where = set.positiveRate ? `${set.name} at ${rateText(row.rate)}` : set.name;
    findings.push(
      finding(
        id('08'),
        `The taxable amount for ${where} (${money(taxable)}) is not lines + charges − allowances in that category (${money(expected)}).`,
        [`${at}.taxableAmount`],
      ),
    );
  }
  if (set.positiveRate) {
    const check = vatAmountCheck(row);
    if (check && check.severity !== 'ok') {
      findings.push(finding(id('09'), check.message, [`${at}.taxAmount`], check.severity));
    }
  } else {
    const tax = dec(row.taxAmount);
    if (tax && !isZero(tax)) {
      findings.push(
        finding(
          id('09'),
          `The VAT for ${set.name} must be 0.00, but the invoice shows ${money(tax)}.`,
          [`${at}.taxAmount`],
        ),
      );
    }
  }
  const hasReason = has(row.exemptionReason) || has(row.exemptionReasonCode);
  if (set.exemptionReason === 'forbidden' && hasReason) {
    findings.push(
      finding(
        id('10'),
        `The VAT breakdown for ${set.name} must not give an exemption reason ("${row.exemptionReason ?? row.exemptionReasonCode ?? ''}").`,
        [`${at}.exemptionReason`],
      ),
    );
  }
  if (set.exemptionReason === 'required' && !hasReason) {
    findings.push(
      finding(
        id('10'),
        `The VAT breakdown for ${set.name} must say why no VAT is charged (exemption reason text or code).`,
        [`${at}.exemptionReason`, `${at}.exemptionReasonCode`],
      ),
    );
  }
  return findings;
}

function itemsOf(invoice: Invoice, code: VatCategoryCode): Item[] {
  const lines = invoice.lines.flatMap((line, i): Item[] =>
    line.vatCategory === code
      ? [
          {
            kind: 'line',
            path: `lines[${i}]`,
            label: lineLabel(line, i),
            rate: line.vatRate,
            amount: line.lineTotal,
          },
        ]
      : [],
  );
  const documentLevel = (invoice.allowancesCharges ?? []).flatMap(
    (ac: AllowanceCharge, i): Item[] =>
      ac.vatCategory === code
        ? [
            {
              kind: ac.isCharge ? 'charge' : 'allowance',
              path: `allowancesCharges[${i}]`,
              label: `${ac.isCharge ? 'A charge' : 'An allowance'} (${ac.reason ?? ac.reasonCode ?? money(dec(ac.amount) ?? zero)})`,
              rate: ac.vatRate,
              amount: ac.amount,
            },
          ]
        : [],
  );
  return [...lines, ...documentLevel];
}

function sellerTaxId(invoice: Invoice): boolean {
  return (
    has(invoice.seller?.vatId) ||
    has(invoice.seller?.taxRegistrationId) ||
    has(invoice.sellerTaxRepresentative?.vatId)
  );
}
