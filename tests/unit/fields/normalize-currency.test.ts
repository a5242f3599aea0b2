import { describe, expect, it } from 'vitest';
import { normalizeCurrency } from '../../../src/pipeline/normalize-currency.ts';
import { normalizeDocumentType } from '../../../src/pipeline/normalize-document-type.ts';
import { normalizeUnit } from '../../../src/pipeline/normalize-unit.ts';

describe('normalizeCurrency', () => {
  it.each([
    ['€', [], 'EUR'],
    ['EUR', [], 'EUR'],
    ['eur', [], 'EUR'],
    ['Euro', [], 'EUR'],
    ['£', [], 'GBP'],
    ['₹', [], 'INR'],
    ['Rs.', [], 'INR'],
    ['RM', [], 'MYR'],
    ['CHF', [], 'CHF'],
    ['Fr.', [], 'CHF'],
    ['zł', [], 'PLN'],
    ['Kč', [], 'CZK'],
    ['Ft', [], 'HUF'],
    ['US$', [], 'USD'],
    ['S$', [], 'SGD'],
    ['A$', [], 'AUD'],
    ['¥', [], 'JPY'],
    ['¥', ['CN'], 'CNY'],
    // "$" and "kr" from the countries the document shows
    ['$', [], 'USD'],
    ['$', ['CA'], 'CAD'],
    ['$', ['AU'], 'AUD'],
    ['kr', [], 'SEK'],
    ['kr.', ['DK'], 'DKK'],
    ['kr', ['NO'], 'NOK'],
    // glued to an amount
    ['EUR1.234,56', [], 'EUR'],
    ['12,50 €', [], 'EUR'],
    ['$12.50', ['CA'], 'CAD'],
    ['Total', [], undefined],
    ['ABC', [], undefined],
  ])('%s (countries %j) → %s', (text, countries, expected) => {
    expect(normalizeCurrency(text, countries)).toBe(expected);
  });
});

describe('normalizeDocumentType', () => {
  it.each([
    ['INVOICE', '380'],
    ['Tax Invoice', '380'],
    ['Rechnung Nr.', '380'],
    ['Facture', '380'],
    ['Factuur', '380'],
    ['Factura', '380'],
    ['Fattura', '380'],
    ['CASH RECEIPT', '380'],
    ['Credit Note', '381'],
    ['Gutschrift', '381'],
    ['AVOIR', '381'],
    ['Stornorechnung', '381'],
    ['Nota di credito', '381'],
    ['Corrected Invoice', '384'],
    ['Rechnungskorrektur', '384'],
    ['Facture rectificative', '384'],
    ['Abrechnungsgutschrift', '389'],
    ['Facture (autofacturation)', '389'],
    ['Self-billing factuur', '389'],
    ['Gutschrift (Abrechnung)', '389'],
    ['Adjustment Invoice', '384'],
    ['Note de débit', '384'],
    ['Abono', '381'],
    ['Ticket de caisse', '380'],
    ['Scontrino', '380'],
    ['Page 1 of 2', undefined],
  ])('%s → %s', (text, code) => {
    expect(normalizeDocumentType(text)).toBe(code);
  });
});

describe('normalizeUnit', () => {
  it.each([
    ['Stk.', 'H87'],
    ['pcs', 'H87'],
    ['h', 'HUR'],
    ['Std.', 'HUR'],
    ['heures', 'HUR'],
    ['kg', 'KGM'],
    ['m²', 'MTK'],
    ['Tage', 'DAY'],
    ['pauschal', 'LS'],
    ['widgets', undefined],
  ])('%s → %s', (text, code) => {
    expect(normalizeUnit(text)).toBe(code);
  });
});
