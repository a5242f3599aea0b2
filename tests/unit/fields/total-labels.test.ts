// Totals named by their printed labels: what a label says, and how labelled amounts that add up
// outvote a confident but inconsistent reading of the model.
import { describe, expect, it } from 'vitest';
import { resolveInvoice } from '../../../src/pipeline/resolve-invoice.ts';
import { agreement } from '../../../src/pipeline/resolve-totals.ts';
import { totalKind } from '../../../src/pipeline/total-labels.ts';
import { page, span } from './spans.ts';

// Folded label words, nearest to the amount first (as printed left to right, reversed).
const label = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(' ')
    .map((word) => word.replace(/[^\p{L}-]/gu, ''))
    .filter((word) => word.length > 0)
    .reverse();

describe('totalKind', () => {
  it.each([
    ['Total', 'grossTotal'],
    ['Grand Total', 'grossTotal'],
    ['Total TTC', 'grossTotal'],
    ['Total incl. VAT', 'grossTotal'],
    ['Gesamt inkl. MwSt.', 'grossTotal'],
    ['Bruttosumme', 'grossTotal'],
    ['Zahlbetrag', 'grossTotal'],
    ['Endbetrag', 'grossTotal'],
    ['Totale documento', 'grossTotal'],
    ['Total HT', 'netTotal'],
    ['Net total', 'netTotal'],
    ['Subtotal', 'netTotal'],
    ['Sub-Total', 'netTotal'],
    ['Total excl. VAT', 'netTotal'],
    ['Rechnungssumme ohne USt.', 'netTotal'],
    ['Totaal exclusief BTW', 'netTotal'],
    ['Imponibile', 'netTotal'],
    ['VAT total', 'taxTotal'],
    ['Total taxes', 'taxTotal'],
    ['Steuerbetrag', 'taxTotal'],
    ['MwSt-Betrag', 'taxTotal'],
    ['TVA', 'taxTotal'],
    ['Totale IVA', 'taxTotal'],
    ['GST', 'taxTotal'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(totalKind(label(text))).toBe(kind);
  });

  it.each([['Positionssumme'], ['Cash'], ['Erhaltene Anzahlungen'], ['USt. 19 % auf'], ['EUR']])(
    'names no total in "%s"',
    (text) => {
      expect(totalKind(label(text))).toBeUndefined();
    },
  );
});

const resolve = (
  spans: Parameters<typeof resolveInvoice>[1],
  pages: Parameters<typeof resolveInvoice>[0],
) => resolveInvoice(pages, spans, { locale: 'de-DE' });

describe('labelled totals', () => {
  it('takes a labelled net, VAT and gross that add up over sure but inconsistent labels', () => {
    const pages = [
      page(0, [
        ['Positionssumme -7,90', 0.4, 0.6],
        ['Rechnungssumme ohne USt. -7,67', 0.4, 0.63],
        ['Steuerbetrag -1,12', 0.4, 0.66],
        ['Bruttosumme -8,79', 0.4, 0.69],
      ]),
    ];
    // The model read the net as the gross, and a discount as the VAT.
    const gross = { ...span('grossTotal', '-7,67', 0.66, 0.63), words: [5] };
    const tax = span('taxTotal', '0,23', 0.8, 0.2, { confidence: 0.95 });
    expect(resolve([gross, tax], pages).invoice.totals).toMatchObject({
      netTotal: '-7.67',
      taxTotal: '-1.12',
      grossTotal: '-8.79',
    });
  });

  it('reads an unlabelled totals row by its column headers, the largest of the rows that add up', () => {
    const pages = [
      page(0, [
        ['Nettobetrag', 0.3, 0.5],
        ['MwSt-Betrag', 0.5, 0.5],
        ['Endbetrag', 0.7, 0.5],
        ['100,00', 0.3, 0.53],
        ['19,00', 0.5, 0.53],
        ['119,00', 0.7, 0.53],
        ['50,00', 0.3, 0.56],
        ['3,50', 0.5, 0.56],
        ['53,50', 0.7, 0.56],
        ['150,00', 0.3, 0.59],
        ['22,50', 0.5, 0.59],
        ['172,50', 0.7, 0.59],
      ]),
    ];
    const misread = span('grossTotal', '999,00', 0.5, 0.9, { confidence: 0.5 });
    expect(resolve([misread], pages).invoice.totals).toMatchObject({
      netTotal: '150.00',
      taxTotal: '22.50',
      grossTotal: '172.50',
    });
  });
});

describe('totals from VAT rows', () => {
  it('adds up net and VAT from several rate rows when only the gross is printed as a total', () => {
    const { invoice } = resolve(
      [
        span('vatRate', '19,00%', 0.3, 0.5),
        span('vatBase', '804,35', 0.5, 0.5),
        span('vatRate', '19,00%', 0.3, 0.52),
        span('vatBase', '4,99', 0.5, 0.52),
        span('netTotal', '804,35', 0.8, 0.6, { confidence: 1 }),
        span('grossTotal', '963,12', 0.8, 0.65, { confidence: 1 }),
      ],
      [page(0, [])],
    );
    expect(invoice.totals).toMatchObject({
      netTotal: '809.34',
      taxTotal: '153.78',
      grossTotal: '963.12',
    });
  });
});

describe('VAT rows for a VAT total', () => {
  it('lets the VAT rows stand in for the VAT total that no label names', () => {
    const { invoice } = resolve(
      [
        span('vatRate', '7 %', 0.3, 0.5),
        span('vatBase', '275,00', 0.5, 0.5),
        span('vatAmount', '19,25', 0.7, 0.5),
        span('vatRate', '19 %', 0.3, 0.52),
        span('vatAmount', '37,62', 0.7, 0.52),
        // Line totals that add up too, read as totals with some confidence.
        span('netTotal', '275,00', 0.8, 0.3, { confidence: 0.35 }),
        span('taxTotal', '198,00', 0.8, 0.32, { confidence: 0.92 }),
        span('grossTotal', '473,00', 0.8, 0.6, { confidence: 0.3 }),
        span('netTotal', '473,00', 0.8, 0.6, { confidence: 1, best: false }),
        span('grossTotal', '529,87', 0.8, 0.65, { confidence: 1 }),
      ],
      [page(0, [])],
    );
    expect(invoice.totals).toMatchObject({
      netTotal: '473.00',
      taxTotal: '56.87',
      grossTotal: '529.87',
    });
  });
});

describe('agreement', () => {
  const dec = (text: string) => {
    const [whole, cents = ''] = text.split('.');
    return { units: BigInt(whole! + cents.padEnd(2, '0')), scale: 2 };
  };

  it('forgives cash rounding smaller than the VAT, not a VAT that is all rounding', () => {
    const rounded = agreement(dec('28.30'), dec('1.67'), dec('30.00'), {});
    const nonsense = agreement(dec('-5.00'), dec('0.05'), dec('-5.00'), {});
    expect(rounded).toBeGreaterThan(0);
    expect(nonsense).toBeLessThan(0);
  });
});
