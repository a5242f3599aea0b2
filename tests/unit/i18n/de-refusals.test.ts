// Every rule id the export engine can refuse with has a German text. The ids are collected from
// the source: string literals, plus the two places that build ids from a prefix and a number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deRefusals, germanRefusal } from '../../../src/i18n/de-refusals.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { refusalText } from '../../../src/state/export/export-choices.ts';

const root = join(import.meta.dirname, '../../../src');
const folders = ['export', 'domain/rules', 'state/export'];
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const literalId =
  /'((?:BR|PEPPOL|DATEV|EXPORT|XERO|QBO|FACTURX|XRECHNUNG)-[A-Z0-9]+(?:-[A-Za-z0-9]+)*)'/g;

function engineRuleIds(): Set<string> {
  const sources = folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => read(`${folder}/${name}`)),
  );
  const ids = new Set(
    sources.flatMap((source) => [...source.matchAll(literalId)].map((m) => m[1] ?? '')),
  );
  // BR-S-01 … BR-AE-10: a prefix per VAT category set, numbers from the shared rule engine.
  const sets = read('domain/rules/vat-category-sets.ts');
  const prefixes = [...sets.matchAll(/prefix: '([\w-]+)'/g)].map((m) => m[1] ?? '');
  const numbers = [...read('domain/rules/vat-category-rules.ts').matchAll(/'(\d\d)'/g)].map(
    (m) => m[1] ?? '',
  );
  for (const prefix of prefixes) {
    ids.delete(prefix);
    for (const n of numbers) ids.add(`${prefix}-${n}`);
  }
  // BR-IC/G/O-06, -09, -10: `BR-${family}-NN` over the categories K (family IC), G and O.
  const supplement = read('export/en16931-supplement.ts');
  const categories = /\[((?:'\w+',?\s*)+)\]\.includes\(b\.category\)/.exec(supplement)?.[1];
  const renamed = /b\.category === '(\w+)' \? '(\w+)'/.exec(supplement);
  const families = [...(categories ?? '').matchAll(/'(\w+)'/g)].map((m) =>
    m[1] === renamed?.[1] ? (renamed?.[2] ?? '') : (m[1] ?? ''),
  );
  for (const m of supplement.matchAll(/`BR-\$\{family\}-(\d\d)`/g)) {
    for (const family of families) ids.add(`BR-${family}-${m[1] ?? ''}`);
  }
  return ids;
}

afterEach(() => setLocale('en'));

describe('German refusal texts', () => {
  const ids = engineRuleIds();

  it('find the rule ids of every part of the engine', () => {
    for (const id of ['BR-02', 'BR-CO-15', 'BR-S-08', 'BR-AE-02', 'BR-IC-09', 'BR-O-06']) {
      expect(ids, id).toContain(id);
    }
    for (const id of ['BR-DE-15', 'PEPPOL-EN16931-R020', 'DATEV-ACCOUNT', 'XERO-TAX-TYPE']) {
      expect(ids, id).toContain(id);
    }
    expect(ids).toContain('EXPORT-UNREAD');
    expect(ids).not.toContain('BR-S');
    expect(ids.size).toBeGreaterThan(150);
  });

  it('exist for every rule id the engine emits', () => {
    const missing = [...ids].filter((id) => deRefusals[id] === undefined).sort();
    expect(missing).toEqual([]);
  });

  it('name only rule ids the engine knows', () => {
    const unknown = Object.keys(deRefusals)
      .map((key) => key.split(' ')[0] ?? '')
      .filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });

  it('pick the text of the rule’s field where a rule has several, and keep English otherwise', () => {
    const refusal = (ruleId: string, fields: string[], message = 'English.') => ({
      ruleId,
      field: fields[0] ?? '',
      fields,
      message,
    });
    expect(germanRefusal(refusal('BR-IC-02', ['buyer.vatId']))).toMatch(/des Käufers/);
    expect(germanRefusal(refusal('BR-IC-02', ['seller.vatId']))).toMatch(/des Verkäufers/);
    expect(germanRefusal(refusal('BR-16', ['lines', 'vatBreakdown']))).toMatch(/weder/);
    expect(germanRefusal(refusal('BR-16', ['lines']))).toBe('Die Rechnung hat keine Positionen.');
    expect(
      germanRefusal(refusal('BR-AE-03', ['buyer.vatId', 'buyer.legalRegistrationId'])),
    ).toMatch(/^Reverse Charge: Nachlässe .* des Käufers\.$/);

    const known = refusal('BR-DE-15', ['buyerReference'], 'The buyer reference is missing.');
    const unknown = refusal('NEW-RULE-1', ['x'], 'Something new.');
    expect(refusalText(known)).toBe('The buyer reference is missing.');
    setLocale('de');
    expect(refusalText(known)).toMatch(/^Die Käuferreferenz \(Leitweg-ID\) fehlt/);
    expect(refusalText(unknown)).toBe('Something new.');
  });
});
