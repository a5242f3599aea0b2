import { describe, expect, it } from 'vitest';
import {
  detectDecimalSeparator,
  parseAmount,
  parsePercent,
  type DecimalSeparator,
} from '../../../src/pipeline/normalize-amount.ts';

// [printed, document decimal separator or '', expected decimal string or undefined]
const amounts: readonly [string, DecimalSeparator | '', string | undefined][] = [
  // separator conventions
  ['1,234.56', '', '1234.56'],
  ['1.234,56', '', '1234.56'],
  ['1 234,56', '', '1234.56'],
  ['1\u00a0234,56', '', '1234.56'],
  ['1\u202f234,56', '', '1234.56'],
  ["1'234.56", '', '1234.56'],
  ['1’234.56', '', '1234.56'],
  ['1234.56', '', '1234.56'],
  ['1234,56', '', '1234.56'],
  ['1234,5', '', '1234.5'],
  ['12,34,567.89', '', '1234567.89'],
  ['1.234.567,89', '', '1234567.89'],
  ['1,234,567', '', '1234567'],
  ['1 234 567', '', '1234567'],
  ['0.50', '', '0.50'],
  ['.50', '', '0.50'],
  ['$.99', '', '0.99'],
  ['1234', '', '1234'],
  ['1.2345', '', '1.2345'],
  // three digits after a lone separator: the document decides
  ['1,234', '', '1234'],
  ['1.234', '', '1234'],
  ['1,234', ',', '1.234'],
  ['1.234', '.', '1.234'],
  ['1.234', ',', '1234'],
  ['0,500', '', '0.500'],
  // signs
  ['-5.00', '', '-5.00'],
  ['−5,00', '', '-5.00'],
  ['(1,234.56)', '', '-1234.56'],
  ['1.234,56-', '', '-1234.56'],
  ['-€12.00', '', '-12.00'],
  ['€ -12.00', '', '-12.00'],
  ['+12.00', '', '12.00'],
  ['1.234,-', '', '1234'],
  ['12,--', '', '12'],
  ['-0.00', '', '0.00'],
  // currency before and after, glued or spaced
  ['€1,234.56', '', '1234.56'],
  ['1.234,56 €', '', '1234.56'],
  ['EUR 1.234,56', '', '1234.56'],
  ['1.234,56 EUR', '', '1234.56'],
  ['USD1,234.56', '', '1234.56'],
  ['US$ 99.95', '', '99.95'],
  ['$1,234.56', '', '1234.56'],
  ['£12.50', '', '12.50'],
  ['¥1,200', '', '1200'],
  ['₹12,34,567.00', '', '1234567.00'],
  ['Rs. 1,234.00', '', '1234.00'],
  ['RM12.50', '', '12.50'],
  ['CHF 1’234.50', '', '1234.50'],
  ['Fr. 12.50', '', '12.50'],
  ['kr 1 234,50', '', '1234.50'],
  ['1 234,50 zł', '', '1234.50'],
  ['1 234,50 Kč', '', '1234.50'],
  ['12 500 Ft', '', '12500'],
  ['169,01:', '', '169.01'],
  // OCR confusions inside numbers
  ['1O0.00', '', '100.00'],
  ['l23.45', '', '123.45'],
  ['1,2O0.5O', '', '1200.50'],
  ['I00,00', '', '100.00'],
  // not amounts
  ['15.03.2024', '', undefined],
  ['2024-03-15', '', undefined],
  ['19%', '', undefined],
  ['+49 30 1234567', '', undefined],
  ['Invoice', '', undefined],
  ['No.: 12345', '', undefined],
  ['11 299,63 176,56', '', undefined],
  ['1,234,56', '', undefined],
];

describe('parseAmount', () => {
  it.each(amounts)('%s (document decimal "%s") → %s', (text, decimal, expected) => {
    expect(parseAmount(text, decimal ? { decimal } : {})?.value).toBe(expected);
  });

  it('reports the currency printed with the number', () => {
    expect(parseAmount('1.234,56 €')?.currency).toBe('€');
    expect(parseAmount('RM12.50')?.currency).toBe('RM');
    expect(parseAmount('Rs. 1,234.00')?.currency).toBe('Rs');
    expect(parseAmount('1234.00')?.currency).toBeUndefined();
  });

  it('says when the text alone decides the decimal separator', () => {
    expect(parseAmount('1.234,56')).toMatchObject({ decimal: ',', certain: true });
    expect(parseAmount('12.50')).toMatchObject({ decimal: '.', certain: true });
    expect(parseAmount('1,234')).toMatchObject({ certain: false });
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    [['1.234,56', '19,00', '1,234'], ','],
    [['1,234.56', '19.00', '1.234'], '.'],
    [['1,234', '1.234', '100'], undefined],
    [['12,50', '3.99'], undefined],
  ] as const)('%j → %s', (texts, expected) => {
    expect(detectDecimalSeparator(texts)).toBe(expected);
  });
});

describe('parsePercent', () => {
  it.each([
    ['19%', '19'],
    ['19 %', '19'],
    ['7,5 %', '7.5'],
    ['5.5%', '5.5'],
    ['19.00%', '19.00'],
    ['0%', '0'],
    ['2,1 %', '2.1'],
    ['abc', undefined],
    ['1.234,56', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });
});
