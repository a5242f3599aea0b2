// EN 16931 document-level allowances (BR-31 … BR-33) and charges (BR-36 … BR-38), and the VAT
// breakdown's own mandatory parts (BR-45 … BR-48, BR-CO-18).
import type { Finding } from '../finding.ts';
import { finding, has, type InvoiceRule } from './rule-helpers.ts';

export const allowanceChargeRules: InvoiceRule = (invoice) => {
  const findings: Finding[] = [];
  (invoice.allowancesCharges ?? []).forEach((ac, i) => {
    const at = `allowancesCharges[${i}]`;
    const kind = ac.isCharge ? 'A charge' : 'An allowance';
    const n = `${kind} on the invoice (no. ${i + 1})`;
    const [amountRule, categoryRule, reasonRule] = ac.isCharge
      ? ['BR-36', 'BR-37', 'BR-38']
      : ['BR-31', 'BR-32', 'BR-33'];
    if (!has(ac.amount))
      findings.push(finding(amountRule, `${n} has no amount.`, [`${at}.amount`]));
    if (!ac.vatCategory)
      findings.push(finding(categoryRule, `${n} has no VAT category.`, [`${at}.vatCategory`]));
    if (!has(ac.reason) && !has(ac.reasonCode)) {
      findings.push(
        finding(reasonRule, `${n} gives no reason.`, [`${at}.reason`, `${at}.reasonCode`]),
      );
    }
  });
  return findings;
};

export const vatBreakdownRules: InvoiceRule = (invoice) => {
  const findings: Finding[] = [];
  if (invoice.vatBreakdown.length === 0) {
    findings.push(
      finding('BR-CO-18', 'The invoice has no VAT breakdown (VAT per category and rate).', [
        'vatBreakdown',
      ]),
    );
  }
  invoice.vatBreakdown.forEach((row, i) => {
    const at = `vatBreakdown[${i}]`;
    const label = `The VAT breakdown for category ${row.category}${has(row.rate) ? ` at ${row.rate} %` : ''}`;
    if (!has(row.taxableAmount))
      findings.push(finding('BR-45', `${label} has no taxable amount.`, [`${at}.taxableAmount`]));
    if (!has(row.taxAmount))
      findings.push(finding('BR-46', `${label} has no VAT amount.`, [`${at}.taxAmount`]));
    if (!has(row.rate) && row.category !== 'O') {
      findings.push(finding('BR-48', `${label} has no VAT rate.`, [`${at}.rate`]));
    }
  });
  return findings;
};
