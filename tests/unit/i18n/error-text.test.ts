// Failures and findings in the interface language: German summaries, English keeps the detail.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentErrorCode } from '../../../src/domain/document-error.ts';
import { enErrors } from '../../../src/i18n/en-errors.ts';
import { errorText } from '../../../src/i18n/error-text.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { findingText } from '../../../src/state/review/finding-text.ts';

afterEach(() => setLocale('en'));

const codes: DocumentErrorCode[] = [
  'empty-file',
  'file-too-large',
  'unsupported-type',
  'unreadable-file',
  'too-many-pixels',
  'too-many-pages',
  'corrupt',
  'encrypted',
  'heic-unsupported',
  'storage-full',
  'timeout',
  'worker-crashed',
  'cancelled',
  'internal',
];

describe('errorText', () => {
  const error = {
    code: 'corrupt' as const,
    message: '“a.pdf” is damaged or incomplete (at byte 12).',
  };

  it('shows the full English message in English', () => {
    expect(errorText(error)).toBe(error.message);
  });

  it('shows the German summary of the code in German', () => {
    setLocale('de');
    expect(errorText(error)).toBe('Die Datei ist beschädigt oder unvollständig.');
  });

  it('has a summary for every error code', () => {
    expect(Object.keys(enErrors).sort()).toEqual(codes.map((code) => `error.${code}`).sort());
  });
});

describe('findingText', () => {
  const finding = {
    ruleId: 'BR-CO-15',
    severity: 'error' as const,
    message: 'The gross total is not net total + VAT total.',
    fields: ['totals.grossTotal'],
  };

  it('keeps the rule’s English text in English and unknown rules in German', () => {
    expect(findingText(finding)).toBe(finding.message);
    setLocale('de');
    expect(findingText({ ...finding, ruleId: 'XML-VS-PAGE' })).toBe(finding.message);
  });

  it('uses the German text of a known rule', () => {
    setLocale('de');
    expect(findingText(finding)).not.toBe(finding.message);
    expect(findingText(finding)).toMatch(/[äöüß]|Brutto|Netto|Summe|Gesamt/i);
  });
});
