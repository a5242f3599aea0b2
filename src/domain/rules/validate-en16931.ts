// Runs every EN 16931 rule group the app implements. Factur-X / ZUGFeRD MINIMUM and BASIC WL are
// booking aids without invoice lines by design, so the checks that need lines are skipped for them.
import type { Finding } from '../finding.ts';
import type { Invoice } from '../invoice.ts';
import { allowanceChargeRules, vatBreakdownRules } from './allowance-charge-rules.ts';
import { arithmeticRules } from './arithmetic-rules.ts';
import { lineRules } from './line-rules.ts';
import { mandatoryRules } from './mandatory-rules.ts';
import { finding, type InvoiceRule } from './rule-helpers.ts';
import {
  exemptRules,
  reverseChargeRules,
  standardRateRules,
  zeroRateRules,
} from './vat-category-sets.ts';

export const en16931Rules: readonly InvoiceRule[] = [
  mandatoryRules,
  lineRules,
  allowanceChargeRules,
  vatBreakdownRules,
  arithmeticRules,
  standardRateRules,
  zeroRateRules,
  exemptRules,
  reverseChargeRules,
];

interface ReducedProfile {
  readonly name: string;
  readonly pattern: RegExp;
  readonly skipped: ReadonlySet<string>;
}

const lineBased = ['BR-16', 'BR-CO-10', 'BR-S-08', 'BR-Z-08', 'BR-E-08', 'BR-AE-08'];

const reducedProfiles: readonly ReducedProfile[] = [
  {
    name: 'MINIMUM',
    pattern: /:minimum$/i,
    skipped: new Set([...lineBased, 'BR-10', 'BR-11', 'BR-12', 'BR-CO-18', 'BR-CO-25']),
  },
  { name: 'BASIC WL', pattern: /:basicwl$/i, skipped: new Set(lineBased) },
];

export function validateEn16931(invoice: Invoice): Finding[] {
  const findings = en16931Rules.flatMap((rule) => rule(invoice));
  const profile = reducedProfiles.find((p) => p.pattern.test(invoice.specification ?? ''));
  if (!profile) return findings;
  const note = finding(
    'PROFILE-SCOPE',
    `This is a ${profile.name} e-invoice, which carries no invoice lines; checks that need lines were skipped.`,
    ['specification'],
    'info',
  );
  return [note, ...findings.filter((f) => !profile.skipped.has(f.ruleId))];
}
