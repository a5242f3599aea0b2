// E-invoice XML export policy: check first, write second. An invoice is written only when it passes
// the app's EN 16931 rules, the rules they do not cover yet, and the format's own rule set (Peppol
// BIS, XRechnung); otherwise the caller gets the list of fields to fix, never a file.
import type { Invoice } from '../domain/invoice.ts';
import { compare, parseDecimal } from '../domain/rules/decimal.ts';
import { validateEn16931 } from '../domain/rules/validate-en16931.ts';
import { writeCii } from './cii-write.ts';
import { eInvoiceProfiles, prepareForProfile, type EInvoiceProfile } from './einvoice-profiles.ts';
import { valueChecks } from './einvoice-value-checks.ts';
import { en16931Supplement } from './en16931-supplement.ts';
import { missingField, type EInvoiceFormat, type MissingField } from './export-types.ts';
import { peppolChecks } from './peppol-checks.ts';
import { writeUbl } from './ubl-write.ts';
import { xrechnungChecks } from './xrechnung-checks.ts';

export type EInvoiceXml =
  | {
      readonly ok: true;
      readonly xml: string;
      /** The invoice as written (specification and business process set). */
      readonly invoice: Invoice;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly missing: readonly MissingField[] };

/** What the writers need beyond the rules: a VAT total, and gross prices not below net prices. */
function writerChecks(invoice: Invoice, profile: EInvoiceProfile): MissingField[] {
  const missing: MissingField[] = [];
  if (invoice.vatBreakdown.length > 0 && !invoice.totals.taxTotal) {
    missing.push(missingField('BR-CO-14', 'totals.taxTotal', 'The VAT total is missing.'));
  }
  invoice.lines.forEach((line, i) => {
    const [gross, net] = [parseDecimal(line.grossPrice), parseDecimal(line.unitPrice)];
    if (gross && net && compare(gross, net) < 0) {
      const text = `Line ${line.id ?? i + 1}: the gross price ${line.grossPrice} is below the net price ${line.unitPrice}.`;
      missing.push(missingField('EXPORT-GROSS-PRICE', `lines[${i}].grossPrice`, text));
    }
  });
  if (profile.syntax === 'UBL' && !profile.xrechnung && invoice.payment?.cardLastDigits) {
    const text = 'Card payment details cannot be written to UBL yet; choose CII.';
    missing.push(missingField('EXPORT-CARD', 'payment.cardLastDigits', text));
  }
  return missing;
}

function unique(missing: readonly MissingField[]): MissingField[] {
  const seen = new Set<string>();
  return missing.filter((m) => {
    const key = `${m.ruleId}|${m.fields.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Everything that stops the invoice from being a valid e-invoice of this format. */
export function eInvoiceProblems(format: EInvoiceFormat, invoice: Invoice): MissingField[] {
  const profile = eInvoiceProfiles[format];
  const prepared = prepareForProfile(invoice, profile);
  const values = valueChecks(prepared);
  // Rules that compute with amounts only make sense once every amount is a number.
  if (values.length > 0) return unique(values);
  const en16931 = validateEn16931(prepared)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => missingField(finding.ruleId, finding.fields, finding.message));
  return unique([
    ...en16931,
    ...en16931Supplement(prepared),
    ...(profile.peppol ? peppolChecks(prepared) : []),
    ...(profile.xrechnung ? xrechnungChecks(prepared, profile.syntax) : []),
    ...writerChecks(prepared, profile),
  ]);
}

export function eInvoiceXml(format: EInvoiceFormat, invoice: Invoice): EInvoiceXml {
  const missing = eInvoiceProblems(format, invoice);
  if (missing.length > 0) return { ok: false, missing };
  const profile = eInvoiceProfiles[format];
  const prepared = prepareForProfile(invoice, profile);
  const options = { separateDebit: profile.xrechnung };
  const { xml, warnings } =
    profile.syntax === 'UBL' ? writeUbl(prepared, options) : writeCii(prepared, options);
  return { ok: true, xml, invoice: prepared, warnings };
}
