import { describe, expect, it } from 'vitest';
import { keyedInvoiceNumbers } from '../../../src/pipeline/resolve-invoice-number-keys.ts';
import { page } from './spans.ts';

const numbersIn = (line: string) =>
  keyedInvoiceNumbers([page(0, [[line, 0.1, 0.2]])]).map((span) => span.text);

describe('invoice numbers after an explicit key', () => {
  it.each([
    ['Rechnungsnummer: 2015738820', '2015738820'],
    ['Facture n° 2022089083', '2022089083'],
    ['Invoice # INV-0042', 'INV-0042'],
    ['Invoice No. : 2024/117', '2024/117'],
    ['Rechnung Nr. 471102 vom 05.03.2018', '471102'],
    ['Numéro de facture : F-88 21', 'F-88'],
    ['Factuurnummer 20240033', '20240033'],
    ['Invoice#A1234', 'A1234'],
    ['Handelsrechnung (380) Nr. 47110815 vom 01.12.2025', '47110815'],
    ['Teilrechnung Nr. 2018-0042', '2018-0042'],
  ])('%s → %s', (line, expected) => {
    expect(numbersIn(line)).toEqual([expected]);
  });

  it.each([
    'Kundennummer: 63/00987654',
    'Invoice date 05.03.2018',
    'Invoice No. Date Amount',
    'Order No. 4711',
    'Invoice total 12',
    'Rechnung (380) 47110815',
  ])('finds none in "%s"', (line) => {
    expect(numbersIn(line)).toEqual([]);
  });
});
