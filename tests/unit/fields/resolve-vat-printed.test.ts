import { describe, expect, it } from 'vitest';
import { formatDec } from '../../../src/domain/rules/decimal.ts';
import { gatherEvidence } from '../../../src/pipeline/fields-evidence.ts';
import { resolveInvoice } from '../../../src/pipeline/resolve-invoice.ts';
import { printedVatRows } from '../../../src/pipeline/resolve-vat-printed.ts';
import { page, span } from './spans.ts';

const rowsOf = (lines: [string, number, number][], locale = 'de-DE') => {
  const pages = [page(0, lines)];
  const evidence = gatherEvidence(
    pages.map((p) => p.words),
    locale,
  );
  return printedVatRows(pages, evidence).map((row) =>
    [row.rate, row.base, row.amount].map((d) => d && formatDec(d)),
  );
};

describe('VAT rows the page states', () => {
  it.each([
    ['Positionen USt. 19,00% auf 804,35 € 152,83 €', ['19.00', '804.35', '152.83']],
    ['USt. 19 % auf 4,99 € 0,95 €', ['19', '4.99', '0.95']],
    ['TVA 20 % sur 50,00 10,00', ['20', '50.00', '10.00']],
    ['Steuerbasisbetrag USt. 7% 275,00 19,25', ['7', '275.00', '19.25']],
    // A credit note whose VAT lost its minus to OCR.
    ['TVA collectée (vente) 20,0% -20,48 € 4,10€', ['20.0', '-20.48', '-4.10']],
  ])('reads %j', (line, expected) => {
    expect(rowsOf([[line, 0.1, 0.5]])).toEqual([expected]);
  });

  it('reads "VAT 20% on 100.00 20.00" with a point for decimals', () => {
    expect(rowsOf([['VAT 20% on 100.00 20.00', 0.1, 0.5]], 'en-GB')).toEqual([
      ['20', '100.00', '20.00'],
    ]);
  });

  it('takes no row whose VAT is not base × rate, nor a rate without a base or VAT', () => {
    expect(rowsOf([['USt. 19 % auf 100,00 7,00', 0.1, 0.5]])).toEqual([]);
    expect(rowsOf([['Skonto 2 % 10 Tage', 0.1, 0.5]])).toEqual([]);
    // A discount is rate × base too, but names no VAT.
    expect(rowsOf([['Rabatt 10 % auf 50,00 5,00', 0.1, 0.5]])).toEqual([]);
  });

  it('adds up goods and shipping rows to the totals the gross confirms', () => {
    const pages = [
      page(0, [
        ['Positionen netto 804,35 €', 0.1, 0.4],
        ['Versandkosten netto 499 €', 0.1, 0.42],
        ['Positionen USt. 19,00% auf 804,35 € 152,83 €', 0.1, 0.44],
        ['Versandkosten USt. 19,00% auf 4,99 € 0,95 €', 0.1, 0.46],
        ['Endsumme 963,12 €', 0.1, 0.48],
      ]),
    ];
    // The model read the goods' net and VAT as the totals, and OCR's "499" as a net too.
    const spans = [
      { ...span('netTotal', '804,35', 0.36, 0.4, { confidence: 1 }), words: [2] },
      { ...span('netTotal', '499', 0.3, 0.42, { confidence: 0.98 }), words: [6] },
      { ...span('taxTotal', '152,83', 0.49, 0.44, { confidence: 0.76 }), words: [14] },
      { ...span('vatBase', '4,99', 0.36, 0.46, { confidence: 0.9 }), words: [20] },
      { ...span('vatAmount', '0,95', 0.49, 0.46, { confidence: 0.9 }), words: [22] },
    ];
    const { invoice } = resolveInvoice(pages, spans, { locale: 'de-DE' });
    expect(invoice.totals).toMatchObject({
      netTotal: '809.34',
      taxTotal: '153.78',
      grossTotal: '963.12',
    });
  });
});
