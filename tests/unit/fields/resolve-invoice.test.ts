// The resolver picks candidates that agree with each other over the model's top-1 alone.
import { describe, expect, it } from 'vitest';
import { plausibleDate } from '../../../src/pipeline/resolve-dates.ts';
import { resolveInvoice } from '../../../src/pipeline/resolve-invoice.ts';
import { nameLike } from '../../../src/pipeline/resolve-names.ts';
import { agreement } from '../../../src/pipeline/resolve-totals.ts';
import { page, span } from './spans.ts';

const blank = [page(0, [])];
const resolve = (spans: Parameters<typeof resolveInvoice>[1], pages = blank) =>
  resolveInvoice(pages, spans, { locale: 'de-DE' });

describe('totals', () => {
  it('takes the gross total that is net + VAT over a likelier misread one', () => {
    const { invoice } = resolve([
      span('netTotal', '100,00', 0.8, 0.6),
      span('taxTotal', '19,00', 0.8, 0.62),
      span('grossTotal', '190,00', 0.8, 0.64, { confidence: 0.55 }),
      span('grossTotal', '119,00', 0.8, 0.66, { confidence: 0.45, best: false }),
    ]);
    expect(invoice.totals).toMatchObject({
      netTotal: '100.00',
      taxTotal: '19.00',
      grossTotal: '119.00',
    });
  });

  it('takes the VAT that is base × rate of the VAT row', () => {
    const { invoice } = resolve([
      span('vatRate', '19 %', 0.5, 0.6),
      span('vatBase', '100,00', 0.65, 0.6),
      span('taxTotal', '91,00', 0.8, 0.5, { confidence: 0.6 }),
      span('taxTotal', '19,00', 0.8, 0.6, { confidence: 0.5, best: false }),
    ]);
    expect(invoice.totals.taxTotal).toBe('19.00');
    expect(invoice.vatBreakdown).toEqual([
      { category: 'S', rate: '19', taxableAmount: '100.00', taxAmount: '19.00' },
    ]);
  });

  it('reads a rate row whose base and VAT the model called totals as a VAT row', () => {
    const { invoice } = resolve([
      span('vatRate', '7 %', 0.5, 0.6),
      span('vatBase', '275,00', 0.65, 0.6),
      span('vatAmount', '19,25', 0.8, 0.6),
      span('vatRate', '19 %', 0.5, 0.62),
      span('netTotal', '198,00', 0.65, 0.62, { confidence: 0.64 }),
      span('taxTotal', '37,62', 0.8, 0.62, { confidence: 0.8 }),
      span('netTotal', '473,00', 0.8, 0.58, { confidence: 0.97 }),
      span('grossTotal', '529,87', 0.8, 0.66, { confidence: 0.99 }),
    ]);
    expect(invoice.totals).toMatchObject({
      netTotal: '473.00',
      taxTotal: '56.87',
      grossTotal: '529.87',
    });
    expect(invoice.vatBreakdown.map((row) => [row.rate, row.taxAmount])).toEqual([
      ['7', '19.25'],
      ['19', '37.62'],
    ]);
  });

  it('takes the net total the line totals add up to', () => {
    const { invoice } = resolve([
      span('line.description', 'A', 0.1, 0.3),
      span('line.lineTotal', '50,00', 0.8, 0.3),
      span('line.description', 'B', 0.1, 0.32),
      span('line.lineTotal', '55,00', 0.8, 0.32),
      span('netTotal', '150,00', 0.8, 0.5, { confidence: 0.6 }),
      span('netTotal', '105,00', 0.8, 0.52, { confidence: 0.5, best: false }),
    ]);
    expect(invoice.totals.netTotal).toBe('105.00');
  });

  it('drops rows of the totals block the model read as line items', () => {
    const { invoice } = resolve([
      span('line.description', 'Trennblätter A4', 0.1, 0.3),
      span('line.quantity', '20', 0.5, 0.3),
      span('line.lineTotal', '198,00', 0.8, 0.3),
      span('line.description', 'Umsatzsteuer (S)', 0.1, 0.4),
      span('line.unitPrice', '198,00', 0.6, 0.4),
      span('line.lineTotal', '37,62', 0.8, 0.4),
      span('line.description', '( S )', 0.1, 0.42),
      span('line.lineTotal', '19,25', 0.8, 0.42),
      span('line.description', 'Tax consulting', 0.1, 0.45),
      span('line.quantity', '1', 0.5, 0.45),
      span('line.lineTotal', '80,00', 0.8, 0.45),
    ]);
    expect(invoice.lines.map((line) => line.name)).toEqual(['Trennblätter A4', 'Tax consulting']);
  });

  it('drops a VAT row whose label the description completes, its misread quantity no item', () => {
    const pages = [
      page(0, [
        ['Kopierpapier A4 10 1,21 12,10', 0.1, 0.3],
        ['Umsatzsteuer (S) -6,55 403,55 76,67', 0.1, 0.4],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Kopierpapier A4', 0.1, 0.3), words: [0, 1] },
        { ...span('line.quantity', '10', 0.23, 0.3), words: [2] },
        { ...span('line.unitPrice', '1,21', 0.295, 0.3), words: [3] },
        { ...span('line.lineTotal', '12,10', 0.36, 0.3), words: [4] },
        { ...span('line.description', '(S)', 0.165, 0.4), words: [6] },
        { ...span('line.quantity', '-6,55', 0.23, 0.4), words: [7] },
        { ...span('line.unitPrice', '403,55', 0.295, 0.4), words: [8] },
        { ...span('line.lineTotal', '76,67', 0.36, 0.4), words: [9] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual(['Kopierpapier A4']);
  });

  it('reads a note with a number under a priced line as a detail, not an item', () => {
    const { invoice } = resolve([
      span('line.description', 'Kunstrasen grün', 0.1, 0.3),
      span('line.quantity', '3', 0.5, 0.3),
      span('line.lineTotal', '10,00', 0.8, 0.3),
      span('line.quantity', '300cm', 0.1, 0.315),
      span('line.description', 'x 100 cm', 0.165, 0.315),
      span('line.quantity', '12', 0.5, 0.33),
    ]);
    expect(invoice.lines.map((line) => [line.name, line.quantity, line.lineTotal])).toEqual([
      ['Kunstrasen grün', '3', '10.00'],
    ]);
  });

  it('reads a note with a quantity and price but no line total as no item where lines have totals', () => {
    const { invoice } = resolve([
      span('line.description', 'Schweinesteak', 0.1, 0.3),
      span('line.unitPrice', '5,50', 0.6, 0.3),
      span('line.lineTotal', '22,00', 0.8, 0.3),
      span('line.description', 'nachgelieferte Steaks', 0.1, 0.33),
      span('line.quantity', '4', 0.4, 0.33),
      span('line.unitPrice', '5,50', 0.6, 0.33),
    ]);
    expect(invoice.lines.map((line) => [line.name, line.lineTotal])).toEqual([
      ['Schweinesteak', '22.00'],
    ]);
  });

  it.each([
    ['abzgl. 16,7% Rabatt', '10.00'],
    ['Rabatt', '10.00'],
    // The printed rate is not the amount's share: no telling which is right.
    ['abzgl. 50% Rabatt', '12.00'],
    // A minus amount that names no discount (a deposit returned) is another line's business.
    ['Leergut zurück', '12.00'],
  ])('takes the discount printed under a line ("%s -2,00") off its total', (label, total) => {
    const pages = [
      page(0, [
        ['Kunstrasen grün', 0.3, 0.4],
        ['12,00', 0.87, 0.4],
        [label, 0.59, 0.457],
        ['-2,00', 0.88, 0.457],
        ['Schweinesteak', 0.3, 0.479],
        ['27,50', 0.87, 0.479],
      ]),
    ];
    const words = label.split(' ').length;
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Kunstrasen grün', 0.3, 0.4), words: [0, 1] },
        { ...span('line.lineTotal', '12,00', 0.87, 0.4), words: [2] },
        { ...span('line.description', 'Schweinesteak', 0.3, 0.479), words: [4 + words] },
        { ...span('line.lineTotal', '27,50', 0.87, 0.479), words: [5 + words] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => [line.name, line.lineTotal])).toEqual([
      ['Kunstrasen grün', total],
      ['Schweinesteak', '27.50'],
    ]);
  });

  it('computes the total of a line from quantity and price where no line prints one', () => {
    const { invoice } = resolve([
      span('line.description', 'Steaks', 0.1, 0.3),
      span('line.quantity', '4', 0.4, 0.3),
      span('line.unitPrice', '5,50', 0.6, 0.3),
    ]);
    expect(invoice.lines.map((line) => line.lineTotal)).toEqual(['22.00']);
  });

  it('completes a description cut short from the unclaimed words of its line', () => {
    const pages = [page(0, [['Künstlerische Gestaltung (Stunde) 160,00', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Künstlerische', 0.1, 0.3), words: [0] },
        { ...span('line.lineTotal', '160,00', 0.295, 0.3), words: [3] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => [line.name, line.lineTotal])).toEqual([
      ['Künstlerische Gestaltung (Stunde)', '160.00'],
    ]);
  });

  it('completes a description over the date ending it, not over a number column', () => {
    const pages = [
      page(0, [
        ['Parution du 06/12/2022', 0.1, 0.3],
        ['45,93', 0.8, 0.3],
        ['Justificatif PDF 2', 0.1, 0.33],
        ['1,50', 0.8, 0.33],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Parution du', 0.1, 0.3), words: [0, 1] },
        { ...span('line.lineTotal', '45,93', 0.8, 0.3), words: [3] },
        { ...span('line.description', 'Justificatif', 0.1, 0.33), words: [4] },
        { ...span('line.lineTotal', '1,50', 0.8, 0.33), words: [7] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual([
      'Parution du 06/12/2022',
      'Justificatif PDF',
    ]);
  });

  it('completes a description over a word misread as an amount', () => {
    const pages = [page(0, [["Huile d'olive à l'ancienne 198,00", 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', "Huile d'olive à", 0.1, 0.3), words: [0, 1, 2] },
        { ...span('netTotal', "l'ancienne", 0.295, 0.3), words: [3] },
        { ...span('line.lineTotal', '198,00', 0.36, 0.3), words: [4] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual(["Huile d'olive à l'ancienne"]);
  });

  it('completes a description over words misread as an IBAN or VAT id', () => {
    const pages = [page(0, [['MSI GS60 2QE-226NL Ghost Pro 1.999,00', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('iban', 'MSI GS60', 0.1, 0.3), words: [0, 1] },
        { ...span('buyerVatId', '2QE-226NL', 0.23, 0.3), words: [2] },
        { ...span('line.description', 'Ghost Pro', 0.295, 0.3), words: [3, 4] },
        { ...span('line.lineTotal', '1.999,00', 0.425, 0.3), words: [5] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual(['MSI GS60 2QE-226NL Ghost Pro']);
  });

  it('reads the item number printed in brackets before the name as the seller item id', () => {
    const pages = [page(0, [['[FURN_7777] Office Chair 70,00', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', '[FURN_7777] Office Chair', 0.1, 0.3), words: [0, 1, 2] },
        { ...span('line.lineTotal', '70,00', 0.295, 0.3), words: [3] },
      ],
      pages,
    );
    expect(invoice.lines[0]).toMatchObject({ name: 'Office Chair', sellerItemId: 'FURN_7777' });
  });

  it('reads an item number column beside the description as the same item', () => {
    const pages = [
      page(0, [
        ['KR3M', 0.2, 0.3],
        ['Kunstrasen grün 3m breit', 0.32, 0.3],
        ['10,00', 0.87, 0.31],
        ['SFK5', 0.2, 0.4],
        ['Schweinesteak', 0.32, 0.4],
        ['27,50', 0.87, 0.41],
      ]),
    ];
    const { invoice } = resolve(
      [
        // The spans come in reading order: the description column after the item numbers.
        { ...span('line.description', 'Kunstrasen grün 3m breit', 0.32, 0.3), words: [1, 2, 3, 4] },
        { ...span('line.description', 'Schweinesteak', 0.32, 0.4), words: [7] },
        { ...span('line.description', 'KR3M', 0.2, 0.3), words: [0] },
        { ...span('line.description', 'SFK5', 0.2, 0.4), words: [6] },
        { ...span('line.lineTotal', '10,00', 0.87, 0.31), words: [5] },
        { ...span('line.lineTotal', '27,50', 0.87, 0.41), words: [8] },
      ],
      pages,
    );
    expect(invoice.lines.map((l) => [l.sellerItemId, l.name, l.lineTotal])).toEqual([
      ['KR3M', 'Kunstrasen grün 3m breit', '10.00'],
      ['SFK5', 'Schweinesteak', '27.50'],
    ]);
  });

  it('takes the quantity that gives the line total over a likelier position number', () => {
    const pages = [page(0, [['1 Trennblätter A4 9,90 20 Stk 198,00', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.quantity', '1', 0.1, 0.3, { confidence: 0.9 }), words: [0] },
        { ...span('line.description', 'Trennblätter A4', 0.165, 0.3), words: [1, 2] },
        { ...span('line.unitPrice', '9,90', 0.295, 0.3), words: [3] },
        { ...span('line.quantity', '20', 0.36, 0.3, { confidence: 0.6 }), words: [4] },
        { ...span('line.lineTotal', '198,00', 0.49, 0.3), words: [6] },
      ],
      pages,
    );
    expect(invoice.lines[0]).toMatchObject({ quantity: '20', unitPrice: '9.90' });
  });

  it.each([
    // "20" left unlabelled, the position number "3" left of the name.
    ['3 Mineralwasser 5,49 20 7% 109,80', { quantity: '20', unitPrice: '5.49' }],
    // No number on the row gives the total: no quantity is made up.
    ['3 Mineralwasser 5,49 12 7% 109,80', { unitPrice: '5.49', lineTotal: '109.80' }],
  ])('takes the printed number that gives the line total as its quantity (%s)', (text, line) => {
    const pages = [page(0, [[text, 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Mineralwasser', 0.165, 0.3), words: [1] },
        { ...span('line.unitPrice', '5,49', 0.23, 0.3), words: [2] },
        { ...span('line.vatRate', '7%', 0.36, 0.3), words: [4] },
        { ...span('line.lineTotal', '109,80', 0.425, 0.3), words: [5] },
      ],
      pages,
    );
    expect(invoice.lines[0]).toEqual(expect.objectContaining(line));
    if (!('quantity' in line)) expect(invoice.lines[0]?.quantity).toBeUndefined();
  });

  it('takes a "rate" without a percent sign that gives the line total as the quantity', () => {
    const pages = [page(0, [['Pfand 2,77 20 55,40', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Pfand', 0.1, 0.3), words: [0] },
        { ...span('line.unitPrice', '2,77', 0.165, 0.3), words: [1] },
        { ...span('line.vatRate', '20', 0.23, 0.3), words: [2] },
        { ...span('line.lineTotal', '55,40', 0.295, 0.3), words: [3] },
      ],
      pages,
    );
    expect(invoice.lines[0]).toMatchObject({ quantity: '20', lineTotal: '55.40' });
    expect(invoice.lines[0]?.vatRate).toBeUndefined();
  });

  it('takes a negative printed quantity on a credit note line', () => {
    const pages = [page(0, [['Zitronensäure 1,00 -5 Stk -5,00', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Zitronensäure', 0.1, 0.3), words: [0] },
        { ...span('line.unitPrice', '1,00', 0.165, 0.3), words: [1] },
        { ...span('line.lineTotal', '-5,00', 0.36, 0.3), words: [4] },
      ],
      pages,
    );
    expect(invoice.lines[0]).toMatchObject({ quantity: '-5', lineTotal: '-5.00' });
  });

  it('keeps an item whose name the model missed where its row shows quantity × price = total', () => {
    const pages = [
      page(0, [
        ['1,00 Gestaltung 0% 160,00 € 160,00 €', 0.1, 0.3],
        ['400,00 Luftballon: Bunt 19% 0,79 € 316,00 €', 0.1, 0.33],
        ['Summe netto: 476,00 €', 0.1, 0.36],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.quantity', '1,00', 0.1, 0.3), words: [0] },
        { ...span('line.description', 'Gestaltung', 0.165, 0.3), words: [1] },
        { ...span('line.unitPrice', '160,00', 0.295, 0.3), words: [3] },
        { ...span('line.lineTotal', '160,00', 0.425, 0.3), words: [5] },
        { ...span('line.lineTotal', '316,00', 0.49, 0.33), words: [14] },
      ],
      pages,
    );
    expect(invoice.lines[1]).toMatchObject({
      quantity: '400.00',
      unitPrice: '0.79',
      lineTotal: '316.00',
    });
    expect(invoice.lines[1]?.name).toContain('Luftballon');
  });

  it('completes a description to its left up to the quantity column', () => {
    const pages = [page(0, [['2 HP USB 3.0 Port Replicator 159,99', 0.1, 0.3]])];
    const { invoice } = resolve(
      [
        { ...span('line.quantity', '2', 0.1, 0.3), words: [0] },
        { ...span('line.description', 'Port Replicator', 0.36, 0.3), words: [4, 5] },
        { ...span('line.lineTotal', '159,99', 0.49, 0.3), words: [6] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual(['HP USB 3.0 Port Replicator']);
  });

  it('continues a description over the lines it wraps onto, not over an attribute line', () => {
    const pages = [
      page(0, [
        ['Künstlerische Gestaltung', 0.2, 0.3],
        ['160,00', 0.8, 0.3],
        ['(Stunde): Einer', 0.2, 0.315],
        ['Beispielrechnung', 0.2, 0.33],
        ['Luftballon', 0.2, 0.37],
        ['316,00', 0.8, 0.37],
        ['GTIN: 4012345001235', 0.2, 0.385],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Künstlerische Gestaltung', 0.2, 0.3), words: [0, 1] },
        { ...span('line.lineTotal', '160,00', 0.8, 0.3), words: [2] },
        { ...span('line.description', 'Luftballon', 0.2, 0.37), words: [6] },
        { ...span('line.lineTotal', '316,00', 0.8, 0.37), words: [7] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual([
      'Künstlerische Gestaltung (Stunde): Einer Beispielrechnung',
      'Luftballon',
    ]);
  });

  it('continues a description onto a line it shares with the item-number column', () => {
    const pages = [
      page(0, [
        ['Okosteuer', 0.27, 0.44],
        ['20,50', 0.85, 0.44],
        ['0ST250 Lieferant', 0.205, 0.455],
        ['4123456000021', 0.13, 0.47],
        ['Pfand', 0.27, 0.5],
        ['55,46', 0.85, 0.5],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Okosteuer', 0.27, 0.44), words: [0] },
        { ...span('line.lineTotal', '20,50', 0.85, 0.44), words: [1] },
        { ...span('line.description', 'Pfand', 0.27, 0.5), words: [5] },
        { ...span('line.lineTotal', '55,46', 0.85, 0.5), words: [6] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => line.name)).toEqual(['Okosteuer Lieferant', 'Pfand']);
  });

  it('continues a description over a number the model gave a column but no row took', () => {
    const pages = [
      page(0, [
        ['SanDisk Ultra 16 GB MicroSDHC Class', 0.19, 0.25],
        ['1 278,61 319,00', 0.6, 0.25],
        ['10 48 MB/s Memory Card', 0.19, 0.265],
      ]),
    ];
    const { invoice } = resolve(
      [
        {
          ...span('line.description', 'SanDisk Ultra 16 GB MicroSDHC Class', 0.19, 0.25),
          words: [0, 1, 2, 3, 4, 5],
        },
        { ...span('line.quantity', '1', 0.6, 0.25), words: [6] },
        { ...span('line.unitPrice', '278,61', 0.665, 0.25), words: [7] },
        { ...span('line.lineTotal', '319,00', 0.73, 0.25), words: [8] },
        { ...span('line.quantity', '10', 0.19, 0.265), words: [9] },
      ],
      pages,
    );
    expect(invoice.lines.map((line) => [line.name, line.quantity])).toEqual([
      ['SanDisk Ultra 16 GB MicroSDHC Class 10 48 MB/s Memory Card', '1'],
    ]);
  });

  it('continues a description over a personnel number with an initial', () => {
    const pages = [
      page(0, [
        ['Kommissionierer', 0.26, 0.54],
        ['288,75', 0.85, 0.54],
        ['1250032 D.', 0.26, 0.553],
        ['4260331811362 Muster', 0.195, 0.566],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Kommissionierer', 0.26, 0.54), words: [0] },
        { ...span('line.lineTotal', '288,75', 0.85, 0.54), words: [1] },
      ],
      pages,
    );
    expect(invoice.lines[0]?.name).toBe('Kommissionierer 1250032 D. Muster');
  });

  it.each(['Verpackung : Flasche', 'Colour: red'])(
    'does not continue a description over an attribute line ("%s")',
    (attribute) => {
      const pages = [
        page(0, [
          ['Zitronensäure 100ml', 0.19, 0.4],
          ['-5,00', 0.9, 0.4],
          [attribute, 0.19, 0.411],
        ]),
      ];
      const { invoice } = resolve(
        [
          { ...span('line.description', 'Zitronensäure 100ml', 0.19, 0.4), words: [0, 1] },
          { ...span('line.lineTotal', '-5,00', 0.9, 0.4), words: [2] },
        ],
        pages,
      );
      expect(invoice.lines[0]?.name).toBe('Zitronensäure 100ml');
    },
  );

  it('does not continue a description over a line with its own number', () => {
    const pages = [
      page(0, [
        ['Pallets', 0.2, 0.3],
        ['30,00', 0.8, 0.3],
        ['Boxes', 0.2, 0.315],
        ['12', 0.5, 0.315],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('line.description', 'Pallets', 0.2, 0.3), words: [0] },
        { ...span('line.lineTotal', '30,00', 0.8, 0.3), words: [1] },
        { ...span('line.quantity', '12', 0.5, 0.315), words: [3] },
      ],
      pages,
    );
    expect(invoice.lines[0]?.name).toBe('Pallets');
  });

  it('keeps lines that print quantities only', () => {
    const { invoice } = resolve([
      span('line.description', 'Pallets', 0.1, 0.3),
      span('line.quantity', '3', 0.5, 0.3),
      span('line.description', 'Boxes', 0.1, 0.33),
      span('line.quantity', '12', 0.5, 0.33),
    ]);
    expect(invoice.lines.map((line) => [line.name, line.quantity])).toEqual([
      ['Pallets', '3'],
      ['Boxes', '12'],
    ]);
  });

  it('joins a description with no numbers to the numbers with no description below it', () => {
    const { invoice } = resolve([
      span('line.description', 'Hausbesuch', 0.1, 0.3),
      span('line.lineTotal', '120,00', 0.8, 0.33),
      span('line.description', 'Beeswax XL', 0.1, 0.4),
      span('line.lineTotal', '42,00', 0.8, 0.4),
      span('line.description', 'Acme beeswax', 0.1, 0.415),
    ]);
    expect(invoice.lines.map((line) => [line.name, line.lineTotal])).toEqual([
      ['Hausbesuch', '120.00'],
      ['Beeswax XL Acme beeswax', '42.00'],
    ]);
  });

  it('describes a line from the unclaimed words of its printed row', () => {
    const pages = [
      page(0, [['400,00 Luftballon: Bunt, ca. 500ml 19% 0,79 € 316,00 €', 0.05, 0.3]]),
    ];
    const at = (field: string, text: string, index: number) => ({
      ...span(field, text, 0.05 + index * 0.065, 0.3),
      words: [index],
    });
    const { invoice, evidence } = resolve(
      [
        at('line.quantity', '400,00', 0),
        at('line.vatRate', '19%', 5),
        at('line.unitPrice', '0,79', 6),
        at('line.lineTotal', '316,00', 8),
      ],
      pages,
    );
    expect(invoice.lines[0]?.name).toBe('Luftballon: Bunt, ca. 500ml');
    expect(evidence['lines[0].name']?.confidence).toBeLessThan(0.5);
  });

  it('takes the total that cash tendered minus change confirms on a receipt', () => {
    const pages = [
      page(0, [
        ['Total Includes GST 0% 8.20', 0.1, 0.5],
        ['Cash 20.20', 0.1, 0.55],
        ['Change 12.00', 0.1, 0.6],
      ]),
    ];
    const cash = { ...span('grossTotal', '20.20', 0.165, 0.55, { confidence: 0.8 }), words: [6] };
    expect(resolveInvoice(pages, [cash], { locale: 'en-GB' }).invoice.totals.grossTotal).toBe(
      '8.20',
    );
  });

  it('computes the total from cash and change when no total line could be read', () => {
    const pages = [
      page(0, [
        ['(Bill Inclusive of 6% GST : RM2.21)', 0.1, 0.5],
        ['Cash RM50.00', 0.1, 0.55],
        ['Change RM11.00', 0.1, 0.6],
      ]),
    ];
    expect(resolveInvoice(pages, [], { locale: 'en-GB' }).invoice.totals.grossTotal).toBe('39.00');
  });

  it('keeps a labelled total over payment lines whose difference is printed nowhere', () => {
    const pages = [
      page(0, [
        ['TOTAL 96.20', 0.1, 0.5],
        ['Cash 100.00', 0.1, 0.55],
        ['Change 3.00', 0.1, 0.6],
      ]),
    ];
    const total = { ...span('grossTotal', '96.20', 0.165, 0.5, { confidence: 0.7 }), words: [1] };
    expect(resolveInvoice(pages, [total], { locale: 'en-GB' }).invoice.totals.grossTotal).toBe(
      '96.20',
    );
  });

  it('takes the total after cash rounding where the amount before it is printed too', () => {
    const pages = [
      page(0, [
        ['Total Qty 101.76', 0.1, 0.45],
        ['Rounding -0.01', 0.1, 0.5],
        ['Total incl. GST 101.75', 0.1, 0.55],
        ['Cash 101.76', 0.1, 0.6],
      ]),
    ];
    const before = { ...span('grossTotal', '101.76', 0.23, 0.45, { confidence: 0.8 }), words: [2] };
    const { invoice } = resolveInvoice(pages, [before], { locale: 'en-GB' });
    expect(invoice.totals.grossTotal).toBe('101.75');
  });

  it('adds the printed cash rounding to the total above it when no rounded total is printed', () => {
    const pages = [
      page(0, [
        ['Total (Inclusive of GST): 23.26', 0.1, 0.5],
        ['Rounding Adj: -0.01', 0.1, 0.55],
        ['Closed: 29-10-2017', 0.1, 0.6],
      ]),
    ];
    const total = { ...span('grossTotal', '23.26', 0.4, 0.5, { confidence: 0.9 }), words: [4] };
    const { invoice } = resolveInvoice(pages, [total], { locale: 'en-GB' });
    expect(invoice.totals.grossTotal).toBe('23.25');
  });

  it('keeps the rounded total printed below the rounding line', () => {
    const pages = [
      page(0, [
        ['Total Amount : 155.50', 0.1, 0.45],
        ['Rounding Adj : 0.01', 0.1, 0.5],
        ['TOTAL: RM 164.80', 0.1, 0.55],
      ]),
    ];
    const total = { ...span('grossTotal', '164.80', 0.3, 0.55, { confidence: 0.8 }), words: [10] };
    const { invoice } = resolveInvoice(pages, [total], { locale: 'en-GB' });
    expect(invoice.totals.grossTotal).toBe('164.80');
  });

  it('takes cash minus change as paid where it is the labelled total rounded to five cents', () => {
    const pages = [
      page(0, [
        ['TOTAL RM 60.31', 0.1, 0.5],
        ['ROUNDING ADJ. -0.0t', 0.1, 0.55],
        ['CASH RM 70.30', 0.1, 0.6],
        ['CHANGE: RM 10.00', 0.1, 0.65],
      ]),
    ];
    const total = { ...span('grossTotal', '60.31', 0.2, 0.5, { confidence: 0.9 }), words: [2] };
    const { invoice } = resolveInvoice(pages, [total], { locale: 'en-GB' });
    expect(invoice.totals.grossTotal).toBe('60.30');
  });

  it('keeps a labelled total that cash minus change misses by more than rounding', () => {
    const pages = [
      page(0, [
        ['TOTAL RM 60.21', 0.1, 0.5],
        ['CASH RM 70.30', 0.1, 0.6],
        ['CHANGE: RM 10.00', 0.1, 0.65],
      ]),
    ];
    const total = { ...span('grossTotal', '60.21', 0.2, 0.5, { confidence: 0.9 }), words: [2] };
    const { invoice } = resolveInvoice(pages, [total], { locale: 'en-GB' });
    expect(invoice.totals.grossTotal).toBe('60.21');
  });

  it('reassigns totals the model put under one label when the sums say so', () => {
    const { invoice } = resolve([
      span('grossTotal', '23 203,96', 0.8, 0.6, { confidence: 0.52 }),
      span('grossTotal', '4 640,79', 0.8, 0.62, { confidence: 0.54 }),
      span('grossTotal', '27 844,75', 0.8, 0.64, { confidence: 0.55 }),
    ]);
    expect(invoice.totals).toMatchObject({
      netTotal: '23203.96',
      taxTotal: '4640.79',
      grossTotal: '27844.75',
    });
  });

  it('falls back to the amount beside a "total" word when nothing was labelled', () => {
    const pages = [
      page(0, [
        ['Zwischensumme 100,00', 0.5, 0.6],
        ['Gesamtbetrag 119,00', 0.5, 0.64],
      ]),
    ];
    const { invoice } = resolve([span('taxTotal', '19,00', 0.8, 0.62)], pages);
    expect(invoice.totals).toMatchObject({ netTotal: '100.00', grossTotal: '119.00' });
  });

  it('fills the missing total from the other two', () => {
    const { invoice } = resolve([
      span('netTotal', '100,00', 0.8, 0.6),
      span('grossTotal', '107,00', 0.8, 0.64),
    ]);
    expect(invoice.totals.taxTotal).toBe('7.00');
  });

  it('reads a minus printed as its own word before the amount', () => {
    const pages = [page(0, [['- € 42,17', 0.7, 0.6]])];
    const gross = { ...span('grossTotal', '42,17', 0.83, 0.6), words: [2] };
    expect(resolve([gross], pages).invoice.totals.grossTotal).toBe('-42.17');
  });
});

describe('header', () => {
  it('takes the number after an invoice key over a version number the model was surer of', () => {
    const pages = [
      page(0, [
        ['ZUGFeRD-Version : 2.1 vom 24.03.2020', 0.1, 0.05],
        ['Buchungshilfe - KEINE Rechnung Nr. 471102 vom 13.11.2019', 0.1, 0.1],
      ]),
    ];
    const { invoice } = resolve(
      [{ ...span('invoiceNumber', '2.1', 0.23, 0.05, { confidence: 0.96 }), words: [2] }],
      pages,
    );
    expect([invoice.invoiceNumber, invoice.issueDate]).toEqual(['471102', '2019-11-13']);
  });

  it('pairs an issue date before the due date', () => {
    const { invoice } = resolve([
      span('issueDate', '20.03.2024', 0.7, 0.1, { confidence: 0.6 }),
      span('issueDate', '05.03.2024', 0.7, 0.12, { confidence: 0.5, best: false }),
      span('dueDate', '19.03.2024', 0.7, 0.14),
    ]);
    expect([invoice.issueDate, invoice.dueDate]).toEqual(['2024-03-05', '2024-03-19']);
  });

  it('never makes the buyer the seller', () => {
    const { invoice } = resolve([
      span('sellerName', 'ACME GmbH', 0.1, 0.05),
      span('buyerName', 'ACME GmbH', 0.1, 0.2, { confidence: 0.8 }),
      span('buyerName', 'Kunde AG', 0.1, 0.22, { confidence: 0.5, best: false }),
    ]);
    expect([invoice.seller?.name, invoice.buyer?.name]).toEqual(['ACME GmbH', 'Kunde AG']);
  });

  it('prefers a VAT id that passes its check digits', () => {
    const { invoice } = resolve([
      span('sellerVatId', 'DE 123 456 789', 0.1, 0.9),
      span('sellerVatId', 'DE 123 456 788', 0.1, 0.92, { confidence: 0.5, best: false }),
    ]);
    expect(invoice.seller?.vatId).toBe('DE123456788');
  });

  it('reads the id printed after a tax-id key when the model labelled none', () => {
    const pages = [page(0, [['VAT/TIN: 29670869006', 0.1, 0.2]])];
    expect(resolve([], pages).invoice.seller?.vatId).toBe('29670869006');
    const split = [page(0, [['USt.-Identnr.: DE 123456788', 0.1, 0.2]])];
    expect(resolve([], split).invoice.seller?.vatId).toBe('DE123456788');
  });

  it('keeps an id of full length whose check digit fails when no other passes', () => {
    // DE123456789 fails the German check digit; it is still what the page says.
    const pages = [page(0, [['USt.-Identnr.: DE 123456789', 0.1, 0.2]])];
    const { invoice, evidence } = resolve([], pages);
    expect(invoice.seller?.vatId).toBe('DE123456789');
    expect(evidence['seller.vatId']?.confidence).toBeLessThan(0.2);
    const fragment = [page(0, [['USt-IdNr. DE 99199', 0.1, 0.2]])];
    const cut = {
      ...span('sellerVatId', 'DE 99199', 0.165, 0.2, { confidence: 0.5 }),
      words: [1, 2],
    };
    expect(resolve([cut], fragment).invoice.seller?.vatId).toBeUndefined();
    const creditor = [page(0, [['Gläubiger-ID DE98ZZZ09999999999', 0.1, 0.2]])];
    const sepa = { ...span('sellerVatId', 'DE98ZZZ09999999999', 0.165, 0.2), words: [1] };
    expect(resolve([{ ...sepa, confidence: 0.5 }], creditor).invoice.seller?.vatId).toBeUndefined();
  });

  it('completes an id cut short from the words of its line', () => {
    const pages = [page(0, [['USt-IdNr. DE 123 456 788', 0.1, 0.9]])];
    const cut = { ...span('sellerVatId', 'DE 123', 0.165, 0.9), words: [1, 2] };
    expect(resolve([cut], pages).invoice.seller?.vatId).toBe('DE123456788');
  });

  it('reads currency, document type, IBAN and dates in the document’s order', () => {
    const { invoice } = resolve([
      span('documentType', 'Gutschrift', 0.1, 0.1),
      span('invoiceNumber', 'GS-2024-7', 0.7, 0.1),
      span('issueDate', '03.04.2024', 0.7, 0.12),
      span('currency', '€', 0.8, 0.5),
      span('iban', 'DE89 3704 0044 0532 0130 00', 0.1, 0.9),
      span('bic', 'COBADEFFXXX', 0.5, 0.9),
    ]);
    expect(invoice).toMatchObject({
      documentType: '381',
      invoiceNumber: 'GS-2024-7',
      issueDate: '2024-04-03',
      currency: 'EUR',
      payment: { accounts: [{ iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }] },
    });
  });
});

describe('party names', () => {
  it('takes no seller from the block of a payee or tax representative', () => {
    const pages = [
      page(0, [
        ['Verkäufer:', 0.08, 0.2],
        ['Rohstoffhandel Salzgitter', 0.08, 0.215],
        ['Marktstr. 153', 0.08, 0.23],
        ['Abweichender Zahlungsempfänger:', 0.08, 0.4],
        ['Global Supplies Financial Services', 0.08, 0.415],
        ['Friedrichstraße 165', 0.08, 0.43],
      ]),
    ];
    const { invoice } = resolve(
      [
        {
          ...span('sellerName', 'Global Supplies Financial Services', 0.08, 0.415, {
            confidence: 0.96,
          }),
          words: [7, 8, 9, 10],
        },
      ],
      pages,
    );
    expect(invoice.seller?.name).toBe('Rohstoffhandel Salzgitter');
  });

  it('completes a name cut short from the rest of its printed line', () => {
    const pages = [page(0, [['Name: Kunden AG Mitte', 0.1, 0.3]])];
    const cut = { ...span('buyerName', 'Kunden AG', 0.165, 0.3), words: [1, 2] };
    expect(resolve([cut], pages).invoice.buyer?.name).toBe('Kunden AG Mitte');
  });

  it('takes the words the model left out before a name, up to a label or a number', () => {
    const pages = [
      page(0, [
        ['C W KHOO HARDWARE SDN BHD', 0.1, 0.1],
        ['Customer Kunden AG', 0.1, 0.3],
      ]),
    ];
    const seller = {
      ...span('sellerName', 'KHOO HARDWARE SDN BHD', 0.23, 0.1),
      words: [2, 3, 4, 5],
    };
    const buyer = { ...span('buyerName', 'Kunden AG', 0.165, 0.3), words: [7, 8] };
    const { invoice } = resolve([seller, buyer], pages);
    expect([invoice.seller?.name, invoice.buyer?.name]).toEqual([
      'C W KHOO HARDWARE SDN BHD',
      'Kunden AG',
    ]);
  });

  it('takes a domain-style name before the legal form the model kept', () => {
    const pages = [page(0, [['eCosway.com SON BHD (5092134)', 0.1, 0.1]])];
    const seller = { ...span('sellerName', 'SON BHD', 0.165, 0.1), words: [1, 2] };
    expect(resolve([seller], pages).invoice.seller?.name).toBe('eCosway.com SDN BHD');
  });

  it('takes the company over the contact person printed under it', () => {
    const pages = [
      page(0, [
        ['Kunden AG Mitte', 0.1, 0.3],
        ['Hans Muster', 0.1, 0.315],
        ['Kundenstraße 15', 0.1, 0.33],
      ]),
    ];
    const person = { ...span('buyerName', 'Hans Muster', 0.1, 0.315), words: [3, 4] };
    expect(resolve([person], pages).invoice.buyer?.name).toBe('Kunden AG Mitte');
  });

  it('falls back to a name-like letterhead when the model found no seller', () => {
    const letterhead = [
      page(0, [
        ['Sammy Maystone', 0.1, 0.05],
        ['smaystone4@fake.com', 0.1, 0.07],
      ]),
    ];
    const title = [page(0, [['INVOICE', 0.1, 0.05]])];
    expect(resolve([], letterhead).invoice.seller?.name).toBe('Sammy Maystone');
    expect(resolve([], title).invoice.seller?.name).toBeUndefined();
  });

  it('takes the first name-like line of the top for the letterhead, past OCR debris', () => {
    const pages = [
      page(0, [
        ['"a GOVDS SOLD ARE NOT RETURNABLE, (HAMA YOU', 0.1, 0.02],
        ['SLF CASH & CARRY', 0.2, 0.05],
        ['(D02107265-V) C', 0.2, 0.07],
      ]),
    ];
    expect(resolve([], pages).invoice.seller?.name).toBe('SLF CASH & CARRY');
  });

  it('keeps to the name\'s casing and takes "& Co. KG"', () => {
    const pages = [
      page(0, [
        ['AWS Services are sold by', 0.1, 0.1],
        ['Metallbau Leipzig GmbH & Co. KG', 0.1, 0.3],
      ]),
    ];
    const seller = { ...span('sellerName', 'AWS Services', 0.1, 0.1), words: [0, 1] };
    const buyer = { ...span('buyerName', 'Metallbau', 0.1, 0.3), words: [5] };
    const { invoice } = resolve([seller, buyer], pages);
    expect([invoice.seller?.name, invoice.buyer?.name]).toEqual([
      'AWS Services',
      'Metallbau Leipzig GmbH & Co. KG',
    ]);
  });

  it('runs a two-letter name on over the lower-case words of its line', () => {
    const pages = [page(0, [['Ma jolie boutique', 0.1, 0.1]])];
    const buyer = { ...span('buyerName', 'Ma', 0.1, 0.1), words: [0] };
    expect(resolve([buyer], pages).invoice.buyer?.name).toBe('Ma jolie boutique');
  });

  it('fills the words inside a name that the model gave to the address', () => {
    const pages = [page(0, [['S.H.H. MOTOR ( SUNGAI RENGIT ) SON. BHD.', 0.1, 0.1]])];
    const name = {
      ...span('sellerName', 'S.H.H. MOTOR ( SUNGAI SON. BHD.', 0.1, 0.1),
      words: [0, 1, 2, 3, 6, 7],
    };
    const address = { ...span('sellerAddress', 'RENGIT )', 0.36, 0.1), words: [4, 5] };
    expect(resolve([name, address], pages).invoice.seller?.name).toBe(
      'S.H.H. MOTOR ( SUNGAI RENGIT ) SDN. BHD.',
    );
  });

  it.each([
    ['WAHIN HARDWARE SDN EHD', 'WAHIN HARDWARE SDN BHD'],
    ['SKCA TIMBER SON. BHO.', 'SKCA TIMBER SDN. BHD.'],
    ['SKCA TIMBER SON. BHO. Lp', 'SKCA TIMBER SDN. BHD.'],
    ['Lim Trading Pte Lfd', 'Lim Trading Pte Ltd'],
    ['ACME SDN BHD', 'ACME SDN BHD'],
    ['Sun Sand Bhd', 'Sun Sand Bhd'],
    ['DIGI TELECONMUNICATIONS SDN BHD', 'DIGI TELECOMMUNICATIONS SDN BHD'],
  ])('reads the legal form and words of "%s" back as "%s"', (printed, expected) => {
    const pages = [page(0, [[printed, 0.1, 0.1]])];
    const words = printed.split(' ').map((_, i) => i);
    const name = { ...span('sellerName', printed, 0.1, 0.1), words };
    expect(resolve([name], pages).invoice.seller?.name).toBe(expected);
  });

  it('completes a name past the bracket it opened', () => {
    const pages = [page(0, [['COSWAY ( M ) SDN BHD', 0.1, 0.1]])];
    const name = { ...span('sellerName', 'COSWAY ( M', 0.1, 0.1), words: [0, 1, 2] };
    expect(resolve([name], pages).invoice.seller?.name).toBe('COSWAY ( M ) SDN BHD');
  });

  it('takes the company under a brand at the top of a receipt, without its till number', () => {
    const pages = [
      page(0, [
        ['DAISO', 0.3, 0.05],
        ['#000002 BAIFU (M) Sdn Bhd', 0.2, 0.09],
        ['COMPANY NO(814198-X)', 0.3, 0.11],
        ['TOTAL 17.70', 0.3, 0.6],
      ]),
    ];
    const brand = { ...span('sellerName', 'DAISO', 0.3, 0.05), words: [0], confidence: 0.6 };
    expect(resolve([brand], pages).invoice.seller?.name).toBe('BAIFU (M) Sdn Bhd');
  });

  it.each([
    ['Elitetrax Marketing Sdn Bhd (616227-D)', 'Elitetrax Marketing Sdn Bhd'],
    ['HERO DISTRIBUTION SDH BHD', 'HERO DISTRIBUTION SDN BHD'],
    ['Dimiliki: banh mi cafe san bhd 1110644-W', 'banh mi cafe Sdn Bhd'],
    ['Sold By : WS Retail Services Pvt. Ltd.', 'WS Retail Services Pvt. Ltd.'],
    ['Lieferant GmbH SN——"|', 'Lieferant GmbH'],
    ['SUN VICTORY SON 8D', 'SUN VICTORY SDN BHD'],
    ['FILL IN ENTERPRISE', 'FILL IN ENTERPRISE'],
    ['Kwong Hup Trading', 'Kwong Hup Trading'],
  ])('takes the company line %j over a brand the model is sure of', (printed, expected) => {
    const pages = [
      page(0, [
        ['Harvey Norman', 0.3, 0.05],
        [printed, 0.2, 0.09],
        ['TOTAL 17.70', 0.3, 0.6],
      ]),
    ];
    const brand = { ...span('sellerName', 'Harvey Norman', 0.3, 0.05), words: [0, 1] };
    expect(resolve([{ ...brand, confidence: 0.98 }], pages).invoice.seller?.name).toBe(expected);
  });

  it('finds the company line below the brand on a receipt photographed low on the image', () => {
    const pages = [
      page(0, [
        ['SOLARIS', 0.3, 0.18],
        ['Dutamas', 0.3, 0.22],
        ['i VEGETABLES 2.20 ZRt', 0.2, 0.25],
        ['SUN VICTORY SON 8D', 0.2, 0.31],
        ['TOTAL 17.70', 0.3, 0.6],
      ]),
    ];
    const brand = { ...span('sellerName', 'Dutamas', 0.3, 0.22), words: [1], confidence: 0.7 };
    expect(resolve([brand], pages).invoice.seller?.name).toBe('SUN VICTORY SDN BHD');
  });

  it('leaves a company in the buyer’s address block to the buyer', () => {
    const pages = [
      page(0, [
        ['Sammy Maystone', 0.1, 0.05],
        ['Bill to', 0.1, 0.15],
        ['Kunden GmbH', 0.1, 0.17],
        ['Hans Muster', 0.1, 0.19],
      ]),
    ];
    const seller = { ...span('sellerName', 'Sammy Maystone', 0.1, 0.05), words: [0, 1] };
    const buyer = { ...span('buyerName', 'Hans Muster', 0.1, 0.19), words: [6, 7] };
    expect(resolve([seller, buyer], pages).invoice.seller?.name).toBe('Sammy Maystone');
  });

  it('never takes a piece of the seller’s name for the buyer', () => {
    const pages = [
      page(0, [
        ['Bei Spiel GmbH', 0.1, 0.05],
        ['Theodor Est', 0.1, 0.15],
      ]),
    ];
    const seller = { ...span('sellerName', 'Bei Spiel GmbH', 0.1, 0.05), words: [0, 1, 2] };
    const piece = { ...span('buyerName', 'Bei', 0.1, 0.05), words: [0], confidence: 0.95 };
    const buyer = { ...span('buyerName', 'Theodor Est', 0.1, 0.15), words: [3, 4] };
    const resolved = resolve([seller, piece, { ...buyer, confidence: 0.4, best: false }], pages);
    expect(resolved.invoice.buyer?.name).toBe('Theodor Est');
  });

  it('never takes a bare legal form for a name', () => {
    const pages = [page(0, [['GmbH & Co. KG', 0.1, 0.1]])];
    const name = { ...span('sellerName', 'GmbH & Co. KG', 0.1, 0.1), words: [0, 1, 2, 3] };
    expect(resolve([name], pages).invoice.seller?.name).toBeUndefined();
  });

  it('measures word gaps against the tallest word of the name, not a short OCR box', () => {
    // OCR boxes: "Leipzig" is tall (descenders), "Co." and "KG" short.
    const boxes: [string, number, number, number][] = [
      ['Metallbau', 0.0887, 0.1786, 0.0083],
      ['Leipzig', 0.1891, 0.2585, 0.0103],
      ['GmbH', 0.2685, 0.3081, 0.0083],
      ['&', 0.3194, 0.327, 0.0071],
      ['Co.', 0.3383, 0.3641, 0.0077],
      ['KG', 0.3774, 0.3976, 0.0077],
    ];
    const ocr = {
      index: 0,
      words: boxes.map(([text, x0, x1, h]) => ({
        text,
        norm: { x0, x1, y0: 0.3, y1: 0.3 + h },
        line: 0,
      })),
    };
    const buyer = { ...span('buyerName', 'Metallbau', 0.0887, 0.3), words: [0] };
    expect(resolve([buyer], [ocr]).invoice.buyer?.name).toBe('Metallbau Leipzig GmbH & Co. KG');
  });

  it('completes every printed line of a name over two lines', () => {
    const pages = [
      page(0, [
        ['PASARAYA BORONG PINTAR', 0.3, 0.05],
        ['SDN BHD', 0.35, 0.065],
      ]),
    ];
    const name = {
      ...span('sellerName', 'PASARAYA BORONG SDN BHD', 0.3, 0.05),
      words: [0, 1, 3, 4],
    };
    expect(resolve([name], pages).invoice.seller?.name).toBe('PASARAYA BORONG PINTAR SDN BHD');
  });

  it('takes the company line, not the brand above it, of a name over two lines', () => {
    const pages = [
      page(0, [
        ['CITY MILK', 0.3, 0.05],
        ['R&C VENTURE SDN BHD (1191018-W)', 0.2, 0.065],
      ]),
    ];
    const name = {
      ...span('sellerName', 'CITY MILK R&C VENTURE SDN BHD', 0.3, 0.05),
      words: [0, 1, 2, 3, 4, 5],
    };
    expect(resolve([name], pages).invoice.seller?.name).toBe('R&C VENTURE SDN BHD');
  });

  it.each([
    ['BHPetro] Palekbang', 'BHPetrol Palekbang'],
    ['COSWAY () SDN BHD', 'COSWAY (M) SDN BHD'],
    ['HAI-0 RAYA BHD', 'HAI-O RAYA BHD'],
    ['OLIVE9 PHARMACY SDN BHD', 'OLIVE9 PHARMACY SDN BHD'],
    ['[FURN] Trading Sdn Bhd', '[FURN] Trading Sdn Bhd'],
  ])('reads back OCR misreads in the name %s', (printed, name) => {
    const pages = [page(0, [[printed, 0.1, 0.1]])];
    const words = printed.split(' ').map((_, i) => i);
    const seller = { ...span('sellerName', printed, 0.1, 0.1), words };
    expect(resolve([seller], pages).invoice.seller?.name).toBe(name);
  });

  it('never takes a page number for a name', () => {
    const pages = [page(0, [['Seite3', 0.1, 0.9]])];
    const name = { ...span('sellerName', 'Seite3', 0.1, 0.9), words: [0] };
    expect(resolve([name], pages).invoice.seller?.name).toBeUndefined();
  });

  it('takes a legal form printed alone on the line below the name', () => {
    const pages = [
      page(0, [
        ['ENW HARDWARE CENTRE (M)', 0.1, 0.1],
        ['SDN. BHD.', 0.1, 0.113],
        ['No. 12, Jalan 3', 0.1, 0.126],
      ]),
    ];
    const name = {
      ...span('sellerName', 'ENW HARDWARE CENTRE (M)', 0.1, 0.1),
      words: [0, 1, 2, 3],
    };
    expect(resolve([name], pages).invoice.seller?.name).toBe('ENW HARDWARE CENTRE (M) SDN. BHD.');
  });

  it('prefers a real name over a label or street word with a number after it', () => {
    const pages = [
      page(0, [
        ['Kunden AG Mitte', 0.1, 0.3],
        ['GLN 4000001987658', 0.1, 0.4],
      ]),
    ];
    const label = { ...span('buyerName', 'GLN', 0.1, 0.4, { confidence: 0.8 }), words: [3] };
    const name = {
      ...span('buyerName', 'Kunden AG Mitte', 0.1, 0.3, { confidence: 0.5, best: false }),
      words: [0, 1, 2],
    };
    expect(resolve([label, name], pages).invoice.buyer?.name).toBe('Kunden AG Mitte');
  });

  it('drops a lower-case note run on into the name from the line above', () => {
    const pages = [
      page(0, [
        ['tan chay yee', 0.3, 0.05],
        ['ABC HO TRADING', 0.3, 0.08],
      ]),
    ];
    const seller = {
      ...span('sellerName', 'tan chay ABC HO TRADING', 0.3, 0.05),
      words: [0, 1, 3, 4, 5],
    };
    expect(resolve([seller], pages).invoice.seller?.name).toBe('ABC HO TRADING');
  });

  it('stops at words of other fields and at numbers', () => {
    const pages = [
      page(0, [
        ['ACME GmbH Rechnung', 0.1, 0.1],
        ['Kunden AG 12345', 0.1, 0.3],
      ]),
    ];
    const seller = { ...span('sellerName', 'ACME GmbH', 0.1, 0.1), words: [0, 1] };
    const documentType = { ...span('documentType', 'Rechnung', 0.23, 0.1), words: [2] };
    const buyer = { ...span('buyerName', 'Kunden AG', 0.1, 0.3), words: [3, 4] };
    const { invoice } = resolve([seller, documentType, buyer], pages);
    expect([invoice.seller?.name, invoice.buyer?.name]).toEqual(['ACME GmbH', 'Kunden AG']);
  });
});

describe('issue date without a labelled one', () => {
  it('takes the date joined to the invoice number over a sure label elsewhere', () => {
    const pages = [
      page(0, [
        ['ZUGFeRD-Version : 2.1 vom 24.03.2020', 0.1, 0.05],
        ['Rechnung Nr. 471102 vom 13.11.2019', 0.1, 0.2],
      ]),
    ];
    const { invoice } = resolve(
      [
        { ...span('issueDate', '24.03.2020', 0.3, 0.05, { confidence: 0.97 }), words: [4] },
        { ...span('invoiceNumber', '471102', 0.23, 0.2), words: [7] },
      ],
      pages,
    );
    expect(invoice.issueDate).toBe('2019-11-13');
  });

  it('takes the first date printed, even glued to its label by OCR', () => {
    const pages = [
      page(0, [
        ['Inv No KSB80051978 Dater11/03/18 21:30', 0.1, 0.2],
        ['Valid until 30/04/18', 0.1, 0.9],
      ]),
    ];
    const { invoice, evidence } = resolve([], pages);
    expect(invoice.issueDate).toBe('2018-03-11');
    expect(evidence.issueDate?.confidence).toBeLessThan(0.5);
  });

  it('reads a till date printed without separators before the time', () => {
    const pages = [page(0, [['CB#: 87870 21092017 10:20', 0.1, 0.2]])];
    expect(resolve([], pages).invoice.issueDate).toBe('2017-09-21');
    const noTime = [page(0, [['Order 21092017', 0.1, 0.2]])];
    expect(resolve([], noTime).invoice.issueDate).toBeUndefined();
  });

  it('looks for printed dates when the labelled one is no real day', () => {
    const pages = [page(0, [['09/03/2018 21:26 0001', 0.1, 0.2]])];
    const time = { ...span('issueDate', '21:26', 0.165, 0.2), words: [1] };
    expect(resolve([time], pages).invoice.issueDate).toBe('2018-03-09');
  });

  it('calls the only date of a document its issue date, even when labelled as due', () => {
    const pages = [page(0, [['DATE: 31/03/2017 12:30', 0.1, 0.2]])];
    const due = { ...span('dueDate', '31/03/2017', 0.165, 0.2), words: [1] };
    const { invoice } = resolve([due], pages);
    expect([invoice.issueDate, invoice.dueDate]).toEqual(['2017-03-31', undefined]);
  });

  it('takes the net due date, not the early-payment discount date of the same sentence', () => {
    const pages = [
      page(0, [
        ['Zahlbar bis 04.04.2013 netto, 3% Skonto innerhalb 10 Tagen bis 15.03.2013', 0.1, 0.2],
      ]),
    ];
    const net = { ...span('dueDate', '04.04.2013', 0.23, 0.2), words: [2] };
    const early = { ...span('dueDate', '15.03.2013', 0.75, 0.2), words: [11], confidence: 0.95 };
    expect(resolve([net, early], pages).invoice.dueDate).toBe('2013-04-04');
  });

  it.each([
    ['2076-12-06', '2016-12-06'],
    ['2089-01-02', '2039-01-02'],
    ['2025-12-06', '2025-12-06'],
    ['2999-01-01', undefined],
  ])('reads the year of %s as %s when it lies in the future (as of 2040)', (iso, expected) => {
    expect(plausibleDate(iso, 2040)).toBe(expected);
  });

  it('scores a zero total below none at all when other totals are something', () => {
    const zero = { units: 0n, scale: 2 };
    const largest = { units: 10657n, scale: 2 };
    expect(agreement(undefined, undefined, zero, { largest })).toBeLessThan(
      agreement(undefined, undefined, undefined, { largest }),
    );
  });

  it('takes the date printed after "Rechnung # … von" as the issue date, whatever its label', () => {
    const pages = [
      page(0, [
        ['2019-01-25', 0.1, 0.05],
        ['Rechnung # RE-20190121/507 von 21.01.2019', 0.1, 0.2],
      ]),
    ];
    const printedAt = { ...span('issueDate', '2019-01-25', 0.1, 0.05), words: [0] };
    const number = { ...span('invoiceNumber', 'RE-20190121/507', 0.23, 0.2), words: [3] };
    const dated = { ...span('dueDate', '21.01.2019', 0.36, 0.2), words: [5], confidence: 0.7 };
    expect(resolve([printedAt, number, dated], pages).invoice.issueDate).toBe('2019-01-21');
  });

  it('never takes a rule OCR read ("——") for the invoice number', () => {
    const pages = [page(0, [['Rechnungsnummer ——', 0.1, 0.2]])];
    const rule = { ...span('invoiceNumber', '——', 0.165, 0.2), words: [1] };
    expect(resolve([rule], pages).invoice.invoiceNumber).toBeUndefined();
  });

  it('keeps a labelled date over printed ones', () => {
    const pages = [page(0, [['Order 01.02.2024 Invoice date 05.02.2024', 0.1, 0.2]])];
    const labelled = { ...span('issueDate', '05.02.2024', 0.36, 0.2), words: [4] };
    expect(resolve([labelled], pages).invoice.issueDate).toBe('2024-02-05');
  });
});

describe('currency without a labelled currency', () => {
  const total = span('grossTotal', '60.30', 0.7, 0.8);

  it('takes a code or symbol printed anywhere on the page, with its box', () => {
    const pages = [
      page(0, [
        ['Amount (RM) Tax (RM)', 0.1, 0.5],
        ['TOTAL 60.30', 0.5, 0.8],
      ]),
    ];
    const { invoice, evidence } = resolve([total], pages);
    expect(invoice.currency).toBe('MYR');
    expect(evidence.currency?.boxes).toHaveLength(1);
    expect(evidence.currency?.confidence).toBeLessThan(0.5);
  });

  it('falls back to the currency of the country the seller names, with low confidence', () => {
    const pages = [
      page(0, [
        ['SOON HUAT SDN BHD', 0.1, 0.1],
        ['TOTAL 60.30', 0.5, 0.8],
      ]),
    ];
    const { invoice, evidence } = resolve([total], pages);
    expect(invoice.currency).toBe('MYR');
    expect(evidence.currency?.confidence).toBeLessThan(0.5);
  });

  it("takes the seller's legal form over a country named in a brand", () => {
    const pages = [
      page(0, [
        ['BAIFU (M) Sdn Bhd', 0.1, 0.1],
        ['DAISO JAPAN, IOI MALL', 0.1, 0.12],
        ['TOTAL 35.40', 0.5, 0.8],
      ]),
    ];
    const seller = { ...span('sellerName', 'BAIFU (M) Sdn Bhd', 0.1, 0.1), words: [0, 1, 2, 3] };
    expect(resolve([total, seller], pages).invoice.currency).toBe('MYR');
  });

  it('trusts the country over a lone symbol-like speck far from any amount', () => {
    const pages = [
      page(0, [
        ['ABC TRADING SDN BHD', 0.1, 0.1],
        ['THANK YOU £', 0.1, 0.5],
        ['TOTAL 60.30', 0.5, 0.8],
      ]),
    ];
    expect(resolve([total], pages).invoice.currency).toBe('MYR');
  });

  it('trusts the country over a labelled symbol speck, but not over a symbol beside an amount', () => {
    const pages = [
      page(0, [
        ['ABC TRADING SDN BHD', 0.1, 0.1],
        ['£ THANK YOU', 0.1, 0.5],
        ['TOTAL 60.30', 0.5, 0.8],
      ]),
    ];
    const speck = { ...span('currency', '£', 0.1, 0.5), words: [4] };
    expect(resolve([total, speck], pages).invoice.currency).toBe('MYR');
    const priced = [
      page(0, [
        ['ABC TRADING SDN BHD', 0.1, 0.1],
        ['TOTAL £ 60.30', 0.5, 0.8],
      ]),
    ];
    const symbol = { ...span('currency', '£', 0.55, 0.8), words: [5] };
    expect(resolve([total, symbol], priced).invoice.currency).toBe('GBP');
  });

  it('takes the currency the invoice names after its key over the VAT accounting currency', () => {
    const pages = [
      page(0, [
        ['Rechnungswährung', 0.1, 0.2],
        [': GBP', 0.3, 0.2],
        ['Währung der Umsatzsteuerbuchung : EUR', 0.1, 0.22],
        ['Steuerbetrag in EUR 163,16', 0.1, 0.6],
      ]),
    ];
    const euro = { ...span('currency', 'EUR', 0.2, 0.6, { confidence: 0.9 }), words: [11] };
    expect(resolve([euro], pages).invoice.currency).toBe('GBP');
    const misread = [
      page(0, [
        ['Rechnungswdhrung : GBP', 0.1, 0.2],
        ['Steuerbetrag in EUR 163,16', 0.1, 0.6],
      ]),
    ];
    const labelled = { ...span('currency', 'EUR', 0.2, 0.6, { confidence: 0.9 }), words: [5] };
    expect(resolve([labelled], misread).invoice.currency).toBe('GBP');
  });

  it('reads codes glued to labels, and lets them outvote one labelled symbol', () => {
    const pages = [
      page(0, [
        ['Amount(RM) Tax(RM)', 0.1, 0.4],
        ['SR € 4.00', 0.1, 0.5],
        ['TL:RM 60.30', 0.5, 0.8],
      ]),
    ];
    const symbol = { ...span('currency', '€', 0.165, 0.5), words: [3] };
    expect(resolve([total, symbol], pages).invoice.currency).toBe('MYR');
  });

  it('lets codes printed beside amounts outvote the symbol of one price', () => {
    const pages = [
      page(0, [
        ['1/0 $44 Ticket', 0.1, 0.4],
        ['Paid RM4.00', 0.1, 0.5],
        ['Change RM0.00', 0.1, 0.6],
      ]),
    ];
    const price = { ...span('line.unitPrice', '$44', 0.165, 0.4), words: [1] };
    expect(resolve([total, price], pages).invoice.currency).toBe('MYR');
  });

  it('reads no currency from a symbol inside a misread word', () => {
    const pages = [page(0, [['Tot¥/sh&s Inclusive GST', 0.1, 0.4]])];
    expect(resolve([total], pages).invoice.currency).toBeUndefined();
  });

  it('does not read "PEN" on a stationery line as Peruvian soles, nor guess from nothing', () => {
    const pages = [
      page(0, [
        ['PEN BLUE 2 3.00', 0.1, 0.5],
        ['TOTAL 60.30', 0.5, 0.8],
      ]),
    ];
    expect(resolve([total], pages).invoice.currency).toBeUndefined();
  });

  it('reads the day first when the document names a country outside the US', () => {
    const pages = [
      page(0, [
        ['ABC TRADING SDN BHD', 0.1, 0.1],
        ['Date: 11/01/2019', 0.5, 0.2],
      ]),
    ];
    const date = span('issueDate', '11/01/2019', 0.565, 0.2);
    const { invoice } = resolveInvoice(pages, [date], { locale: 'en-US' });
    expect(invoice.issueDate).toBe('2019-01-11');
  });

  it('reads the day first on a document that charges VAT or GST, also in a US browser', () => {
    const date = span('issueDate', '11/01/2019', 0.565, 0.2);
    const withTax = (line: string) => [
      page(0, [
        [line, 0.1, 0.1],
        ['Date: 11/01/2019', 0.5, 0.2],
      ]),
    ];
    const read = (line: string) =>
      resolveInvoice(withTax(line), [date], { locale: 'en-US' }).invoice.issueDate;
    expect(read('GST@6% 1.20')).toBe('2019-01-11');
    expect(read('Sales tax 1.20')).toBe('2019-11-01');
  });
});

describe('addresses', () => {
  it('splits an address into printed lines, postal code and city, with evidence per line', () => {
    const street = span('sellerAddress', 'Hafenstraße 12', 0.1, 0.1);
    const city = span('sellerAddress', '20457 Hamburg', 0.1, 0.115, { confidence: 0.8 });
    const { invoice, evidence } = resolve([street, city]);
    expect(invoice.seller?.address).toEqual({
      lines: ['Hafenstraße 12'],
      postalCode: '20457',
      city: 'Hamburg',
    });
    expect(evidence['seller.address.lines[0]']?.boxes).toEqual(street.boxes);
    expect(evidence['seller.address.city']?.boxes).toEqual(city.boxes);
  });

  it('finds postal code and city after a comma on a one-line address', () => {
    const { invoice } = resolve([span('buyerAddress', 'Marktplatz 3, 28195 Bremen', 0.1, 0.3)]);
    expect(invoice.buyer?.address).toEqual({
      lines: ['Marktplatz 3'],
      postalCode: '28195',
      city: 'Bremen',
    });
  });

  it('leaves an address printed elsewhere on the page out', () => {
    const { invoice } = resolve([
      span('sellerAddress', 'Hafenstraße 12', 0.1, 0.1),
      span('sellerAddress', 'Hafenstraße 12', 0.1, 0.95, { confidence: 0.5 }),
    ]);
    expect(invoice.seller?.address?.lines).toEqual(['Hafenstraße 12']);
  });
});

describe('evidence', () => {
  it('gives page, boxes and a confidence for every value it read', () => {
    const net = span('netTotal', '100,00', 0.8, 0.6, { page: 1 });
    const { evidence } = resolve([
      span('sellerName', 'ACME GmbH', 0.1, 0.05),
      span('line.description', 'Widget', 0.1, 0.3),
      span('line.lineTotal', '100,00', 0.8, 0.3),
      net,
      span('taxTotal', '19,00', 0.8, 0.62, { page: 1 }),
      span('grossTotal', '119,00', 0.8, 0.64, { page: 1 }),
    ]);
    // The currency from the seller's legal form points to the seller's name.
    expect(evidence.currency).toMatchObject({ page: 0, boxes: evidence['seller.name']!.boxes });
    expect(Object.keys(evidence).sort()).toEqual([
      'currency',
      'lines[0].lineTotal',
      'lines[0].name',
      'seller.name',
      'totals.grossTotal',
      'totals.netTotal',
      'totals.taxTotal',
    ]);
    expect(evidence['totals.netTotal']).toMatchObject({ page: 1, boxes: net.boxes });
    // Totals that add up are trusted more than the model's score alone.
    expect(evidence['totals.netTotal']!.confidence).toBe(1);
  });
});

describe('what reads as a name', () => {
  it.each([
    ['Kunden AG Mitte', true],
    ['Müller und Söhne', true],
    ['✉', false],
    ['GmbH & Co. KG', false],
    ['Seite3', false],
    ['Zu- und', false],
    ['Maison de', false],
  ])('%j → %s', (text, expected) => {
    expect(nameLike(text)).toBe(expected);
  });
});
