// Which EN 16931 checks the review runs live after every edit. E-invoices get every rule; for
// paper invoices (source 'model') only what a printed invoice can satisfy: the essentials a
// bookkeeper must fill in and the arithmetic between printed amounts. Code lists, specification
// ids and VAT category codes are not printed, so those rules would only be noise.
import type { ExtractionResult } from '../../domain/document.ts';
import type { Finding } from '../../domain/finding.ts';
import type { Invoice } from '../../domain/invoice.ts';
import { validateEn16931 } from '../../domain/rules/validate-en16931.ts';

export const paperRules: ReadonlySet<string> = new Set([
  'BR-02',
  'BR-03',
  'BR-05',
  'BR-06',
  'BR-CO-10',
  'BR-CO-13',
  'BR-CO-14',
  'BR-CO-15',
  'BR-CO-16',
  'BR-CO-17',
]);

/** True for findings the live checks produce (and so replace on every edit). */
export function isRuleFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith('BR-') || finding.ruleId === 'PROFILE-SCOPE';
}

export function ruleFindings(invoice: Invoice, source: ExtractionResult['source']): Finding[] {
  const findings = validateEn16931(invoice);
  return source === 'e-invoice' ? findings : findings.filter((f) => paperRules.has(f.ruleId));
}
