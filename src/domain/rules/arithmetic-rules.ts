// EN 16931 arithmetic rules BR-CO-10 … BR-CO-17, in exact decimal arithmetic on the model's text
// amounts. Each message shows the invoice's figure and the calculation it should match.
import type { Finding } from '../finding.ts';
import type { AllowanceCharge, Invoice } from '../invoice.ts';
import { add, equals, sub, sum, zero, type Dec } from './decimal.ts';
import { cents, dec, finding, has, money, type InvoiceRule } from './rule-helpers.ts';
import { vatAmountCheck } from './vat-amount.ts';

export const arithmeticRules: InvoiceRule = (invoice) => [
  ...lineSum(invoice),
  ...allowanceChargeSums(invoice),
  ...totals(invoice),
  ...breakdownTax(invoice),
];

function amounts(values: readonly (string | undefined)[]): Dec[] {
  return values.map(dec).filter((v): v is Dec => v !== undefined);
}

function lineSum(invoice: Invoice): Finding[] {
  const stated = dec(invoice.totals.lineTotal);
  if (!stated || invoice.lines.length === 0) return [];
  const computed = cents(sum(amounts(invoice.lines.map((l) => l.lineTotal))));
  if (equals(stated, computed)) return [];
  return [
    finding(
      'BR-CO-10',
      `The sum of line amounts (${money(stated)}) is not the total of the ${invoice.lines.length} lines (${money(computed)}).`,
      ['totals.lineTotal', ...invoice.lines.map((_, i) => `lines[${i}].lineTotal`)],
    ),
  ];
}

function allowanceChargeSums(invoice: Invoice): Finding[] {
  const all = invoice.allowancesCharges ?? [];
  const check = (isCharge: boolean): Finding[] => {
    const items = all.filter((ac) => ac.isCharge === isCharge);
    const key = isCharge ? 'chargeTotal' : 'allowanceTotal';
    const ruleId = isCharge ? 'BR-CO-12' : 'BR-CO-11';
    const word = isCharge ? 'charges' : 'allowances';
    const stated = dec(invoice.totals[key]);
    const fields = [
      `totals.${key}`,
      ...indexes(all, items).map((i) => `allowancesCharges[${i}].amount`),
    ];
    if (!stated) {
      if (items.length === 0) return [];
      return [
        finding(ruleId, `The invoice has ${items.length} ${word} but no total of ${word}.`, fields),
      ];
    }
    const computed = cents(sum(amounts(items.map((ac) => ac.amount))));
    if (equals(stated, computed)) return [];
    return [
      finding(
        ruleId,
        `The total of ${word} (${money(stated)}) is not the sum of the ${word} listed (${money(computed)}).`,
        fields,
      ),
    ];
  };
  return [...check(false), ...check(true)];
}

function indexes(all: readonly AllowanceCharge[], some: readonly AllowanceCharge[]): number[] {
  return some.map((ac) => all.indexOf(ac));
}

function totals(invoice: Invoice): Finding[] {
  const t = invoice.totals;
  const findings: Finding[] = [];
  const lineTotal = dec(t.lineTotal);
  const net = dec(t.netTotal);
  if (lineTotal && net) {
    const allowances = dec(t.allowanceTotal) ?? zero;
    const charges = dec(t.chargeTotal) ?? zero;
    const computed = cents(add(sub(lineTotal, allowances), charges));
    if (!equals(net, computed)) {
      findings.push(
        finding(
          'BR-CO-13',
          `The total without VAT (${money(net)}) is not line amounts − allowances + charges (${money(lineTotal)} − ${money(allowances)} + ${money(charges)} = ${money(computed)}).`,
          ['totals.netTotal', 'totals.lineTotal', 'totals.allowanceTotal', 'totals.chargeTotal'],
        ),
      );
    }
  }
  const tax = dec(t.taxTotal);
  if (tax && invoice.vatBreakdown.length > 0) {
    const computed = cents(sum(amounts(invoice.vatBreakdown.map((b) => b.taxAmount))));
    if (!equals(tax, computed)) {
      findings.push(
        finding(
          'BR-CO-14',
          `The VAT total (${money(tax)}) is not the sum of the VAT amounts per rate (${invoice.vatBreakdown.map((b) => b.taxAmount).join(' + ')} = ${money(computed)}).`,
          [
            'totals.taxTotal',
            ...invoice.vatBreakdown.map((_, i) => `vatBreakdown[${i}].taxAmount`),
          ],
        ),
      );
    }
  }
  const gross = dec(t.grossTotal);
  if (gross && net) {
    const computed = cents(add(net, tax ?? zero));
    if (!equals(gross, computed)) {
      findings.push(
        finding(
          'BR-CO-15',
          `The invoice total with VAT (${money(gross)}) is not net total + VAT (${money(net)} + ${money(tax ?? zero)} = ${money(computed)}).`,
          ['totals.grossTotal', 'totals.netTotal', 'totals.taxTotal'],
        ),
      );
    }
  }
  const due = dec(t.amountDue);
  if (due && gross) {
    const prepaid = dec(t.prepaid) ?? zero;
    const rounding = dec(t.rounding) ?? zero;
    const computed = cents(add(sub(gross, prepaid), rounding));
    if (!equals(due, computed)) {
      const formula = has(t.rounding)
        ? 'total with VAT − prepaid + rounding'
        : 'total with VAT − prepaid';
      const rounded = has(t.rounding) ? ` + ${money(rounding)}` : '';
      findings.push(
        finding(
          'BR-CO-16',
          `The amount due (${money(due)}) is not ${formula} (${money(gross)} − ${money(prepaid)}${rounded} = ${money(computed)}).`,
          ['totals.amountDue', 'totals.grossTotal', 'totals.prepaid', 'totals.rounding'],
        ),
      );
    }
  }
  return findings;
}

function breakdownTax(invoice: Invoice): Finding[] {
  return invoice.vatBreakdown.flatMap((row, i) => {
    const check = vatAmountCheck(row);
    if (!check || check.severity === 'ok') return [];
    const fields = [
      `vatBreakdown[${i}].taxAmount`,
      `vatBreakdown[${i}].taxableAmount`,
      `vatBreakdown[${i}].rate`,
    ];
    return [finding('BR-CO-17', check.message, fields, check.severity)];
  });
}
