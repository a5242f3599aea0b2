// EN 16931 invoice line rules: mandatory line elements (BR-21 … BR-26), non-negative prices
// (BR-27, BR-28), line period (BR-30) and line allowances and charges (BR-41 … BR-44).
import type { Finding } from '../finding.ts';
import type { InvoiceLine } from '../invoice.ts';
import { compare, zero } from './decimal.ts';
import { dec, finding, has, type InvoiceRule } from './rule-helpers.ts';

interface LineRequirement {
  readonly ruleId: string;
  readonly key: keyof InvoiceLine;
  readonly what: string;
}

const requirements: readonly LineRequirement[] = [
  { ruleId: 'BR-21', key: 'id', what: 'line number' },
  { ruleId: 'BR-22', key: 'quantity', what: 'quantity' },
  { ruleId: 'BR-23', key: 'unitCode', what: 'unit of measure' },
  { ruleId: 'BR-24', key: 'lineTotal', what: 'net amount' },
  { ruleId: 'BR-25', key: 'name', what: 'item name' },
  { ruleId: 'BR-26', key: 'unitPrice', what: 'net price' },
];

export const lineRules: InvoiceRule = (invoice) =>
  invoice.lines.flatMap((line, index) => checkLine(line, index));

function checkLine(line: InvoiceLine, index: number): Finding[] {
  const path = `lines[${index}]`;
  const label = lineLabel(line, index);
  const findings: Finding[] = [];
  for (const { ruleId, key, what } of requirements) {
    const value = line[key];
    if (typeof value !== 'string' || !has(value)) {
      findings.push(finding(ruleId, `${label} has no ${what}.`, [`${path}.${key}`]));
    }
  }
  const price = dec(line.unitPrice);
  if (price && compare(price, zero) < 0) {
    findings.push(
      finding(
        'BR-27',
        `${label} has a negative net price (${line.unitPrice}); prices must not be negative.`,
        [`${path}.unitPrice`],
      ),
    );
  }
  const gross = dec(line.grossPrice);
  if (gross && compare(gross, zero) < 0) {
    findings.push(
      finding('BR-28', `${label} has a negative gross price (${line.grossPrice}).`, [
        `${path}.grossPrice`,
      ]),
    );
  }
  const { start, end } = line.period ?? {};
  if (has(start) && has(end) && end < start) {
    findings.push(
      finding('BR-30', `${label}: its period ends (${end}) before it starts (${start}).`, [
        `${path}.period.end`,
      ]),
    );
  }
  (line.allowancesCharges ?? []).forEach((ac, i) => {
    const at = `${path}.allowancesCharges[${i}]`;
    const kind = ac.isCharge ? 'charge' : 'allowance';
    const [amountRule, reasonRule] = ac.isCharge ? ['BR-43', 'BR-44'] : ['BR-41', 'BR-42'];
    if (!has(ac.amount))
      findings.push(
        finding(amountRule, `A ${kind} on ${label.toLowerCase()} has no amount.`, [`${at}.amount`]),
      );
    if (!has(ac.reason) && !has(ac.reasonCode)) {
      findings.push(
        finding(reasonRule, `A ${kind} on ${label.toLowerCase()} gives no reason.`, [
          `${at}.reason`,
          `${at}.reasonCode`,
        ]),
      );
    }
  });
  return findings;
}

/** "Line 3 (Trennblätter A4)" — the position the bookkeeper sees, plus the item to find it by. */
export function lineLabel(line: InvoiceLine, index: number): string {
  const name = line.name ?? line.description;
  return `Line ${index + 1}${name ? ` (${name.length > 40 ? name.slice(0, 39) + '…' : name})` : ''}`;
}
