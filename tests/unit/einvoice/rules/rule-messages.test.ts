import { describe, expect, it } from 'vitest';
import { arithmeticRules } from '../../../../src/domain/rules/arithmetic-rules.ts';
import { lineRules } from '../../../../src/domain/rules/line-rules.ts';
import { standardRateRules } from '../../../../src/domain/rules/vat-category-sets.ts';
import { validateEn16931 } from '../../../../src/domain/rules/validate-en16931.ts';
import { validInvoice, withLine, withRow, withTotals } from './invoice-factory.ts';

describe('rule findings speak to a bookkeeper, with the real numbers', () => {
  it('BR-CO-15 shows the figures and the calculation', () => {
    const [finding] = arithmeticRules(
      withTotals(validInvoice(), { grossTotal: '351.06', amountDue: '301.01' }),
    );
    expect(finding).toEqual({
      ruleId: 'BR-CO-15',
      severity: 'error',
      message:
        'The invoice total with VAT (351.06) is not net total + VAT (295.00 + 56.05 = 351.05).',
      fields: ['totals.grossTotal', 'totals.netTotal', 'totals.taxTotal'],
    });
  });

  it('BR-CO-16 includes prepaid and rounding', () => {
    const [finding] = arithmeticRules(withTotals(validInvoice(), { amountDue: '300.00' }));
    expect(finding?.message).toBe(
      'The amount due (300.00) is not total with VAT − prepaid + rounding (351.05 − 50.00 + -0.05 = 301.00).',
    );
  });

  it('BR-CO-17 tolerates a cent, warns up to 1.00 and fails beyond', () => {
    const findings = (taxAmount: string) =>
      arithmeticRules(withRow(validInvoice(), 0, { taxAmount })).filter(
        (f) => f.ruleId === 'BR-CO-17',
      );
    expect(findings('56.06')).toEqual([]);
    expect(findings('56.55').map((f) => f.severity)).toEqual(['warning']);
    expect(findings('57.05').map((f) => f.severity)).toEqual(['error']);
    expect(findings('57.05')[0]?.message).toBe(
      'The VAT for category S at 19 % (57.05) is not 19 % of 295.00 = 56.05; it is off by 1.00.',
    );
  });

  it('computes exactly: no float artefacts in sums of many small amounts', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ id: String(i), lineTotal: '0.10' }));
    const invoice = { ...validInvoice(), lines, totals: { lineTotal: '1.00' } };
    expect(arithmeticRules(invoice).filter((f) => f.ruleId === 'BR-CO-10')).toEqual([]);
  });

  it('names the line by position and item in line findings', () => {
    const [finding] = lineRules(withLine(validInvoice(), 1, { unitCode: undefined }));
    expect(finding?.message).toBe('Line 2 (Service) has no unit of measure.');
    expect(finding?.fields).toEqual(['lines[1].unitCode']);
  });

  it('BR-S-08 checks the taxable amount per rate', () => {
    const base = validInvoice();
    const twoRates = {
      ...withLine(base, 1, { vatRate: '7' }),
      vatBreakdown: [
        { category: 'S' as const, rate: '19', taxableAmount: '195.00', taxAmount: '37.05' },
        { category: 'S' as const, rate: '7', taxableAmount: '100.00', taxAmount: '7.00' },
      ],
    };
    expect(standardRateRules(twoRates)).toEqual([]);
    const wrong = withRow(twoRates, 1, { taxableAmount: '90.00', taxAmount: '6.30' });
    expect(standardRateRules(wrong).map((f) => [f.ruleId, f.fields])).toEqual([
      ['BR-S-08', ['vatBreakdown[1].taxableAmount']],
    ]);
  });

  it('skips line-based checks for MINIMUM and BASIC WL, and says so', () => {
    const minimum = {
      ...validInvoice(),
      specification: 'urn:factur-x.eu:1p0:minimum',
      lines: [],
      vatBreakdown: [],
      allowancesCharges: undefined,
    };
    const findings = validateEn16931({
      ...minimum,
      totals: { netTotal: '1', grossTotal: '1', amountDue: '1' },
    });
    expect(findings.map((f) => f.ruleId)).toEqual(['PROFILE-SCOPE']);
    expect(findings[0]?.severity).toBe('info');
  });
});
