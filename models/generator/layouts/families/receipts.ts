// Thermal shop receipts: narrow monospace (Malaysian GST/SST style) and proportional EU till slips.
import { contactLines, idLines } from '../blocks/parties.ts';
import {
  dateSeg,
  moneySegs,
  monoRow,
  monoSplit,
  priceSegs,
  qtySeg,
  rateSeg,
  segHtml,
  t,
  wrap,
  type Seg,
} from '../blocks/mono.ts';
import { esc, type Doc } from '../doc.ts';
import type { Family, PageKind, Rendered } from '../family.ts';

export const RECEIPT_SPEC = (lines: [number, number]) => ({
  lines,
  docTypes: [['receipt', 1]] as const,
});

function centre(d: Doc, html: string): string {
  return `<div style="text-align:center">${html}</div>`;
}

/** Monospace receipt, `cols` characters wide; a dashed rule between sections. */
function monoReceipt(d: Doc, cols: number, page: PageKind): Rendered {
  const inv = d.inv;
  const tt = inv.totals;
  const upper = d.rng.chance(0.7);
  const U = (s: string): string => (upper ? s.toUpperCase() : s);
  const rule = `<div>${'-='.charAt(d.rng.int(0, 1)).repeat(cols)}</div>`;
  const out: string[] = [];
  const s = inv.seller;
  out.push(centre(d, `<b>${d.ft('sellerName', U(s.name))}</b>`));
  // Without a VAT id, the id line below already prints the register entry.
  if (s.register && s.vatId && d.rng.chance(0.7)) out.push(centre(d, esc(s.register)));
  for (const l of d.addressLines(s, 'sellerAddress', upper)) out.push(centre(d, l));
  for (const l of contactLines(d, s).slice(0, 2)) out.push(centre(d, l));
  for (const l of idLines(d, s, 'sellerVatId').slice(0, 1)) out.push(centre(d, l));
  out.push(`<div style="height:2mm"></div>${centre(d, `<b>${d.title()}</b>`)}`);
  const r = inv.receipt;
  const meta: string[] = [
    monoSplit(
      d,
      [t(U(d.L.label('invoiceNumber')) + ' '), { text: inv.number, field: 'invoiceNumber' }],
      [],
      cols,
    ),
    monoSplit(
      d,
      [t(U(d.L.label('issueDate')) + ' '), dateSeg(d, inv.issueDate, 'issueDate')],
      r ? [t(r.time)] : [],
      cols,
    ),
  ];
  if (r) meta.push(monoSplit(d, [t(`${U(d.L.label('cashier'))} ${r.cashier}`)], [t(r.till)], cols));
  out.push(...d.rng.shuffle(meta).map((m) => `<div>${m}</div>`), rule);
  const q = 5;
  const money = 10;
  const code = d.rng.chance(0.5) ? (d.fmt.country === 'MY' ? 'SR' : 'A') : '';
  const desc = cols - q - money * 2 - (code ? 3 : 0);
  const twoLine = desc < 16 || d.rng.chance(0.5);
  out.push(
    `<div>${monoRow(d, [
      [[t(U(d.L.short('description')))], desc, 'l'],
      [[t(U(d.L.short('quantity')))], q, 'r'],
      [[t(U(d.L.short('unitPrice')))], money, 'r'],
      [[t(U(d.L.short('lineTotal')))], money, 'r'],
    ])}</div>`,
  );
  for (const l of inv.lines) {
    const descLines = wrap(l.description, twoLine ? cols : desc);
    const amount: Seg[] = [
      ...moneySegs(d, l.lineTotal, 'line.lineTotal', { line: l.index, symbol: false }),
      ...(code ? [t(' ' + code)] : []),
    ];
    const figures = [
      [[qtySeg(d, l.quantity, l.index)], q, 'r'],
      [priceSegs(d, l.unitPrice, l.index), money, 'r'],
      [amount, money + (code ? 3 : 0), 'r'],
    ] as const;
    if (twoLine) {
      out.push(
        `<div>${descLines.map((x) => segHtml(d, [{ text: x, field: 'line.description', line: l.index }])).join('<br>')}</div>`,
      );
      out.push(`<div>${monoRow(d, [[[], desc, 'l'], ...figures])}</div>`);
    } else {
      const [firstLine = '', ...rest] = descLines;
      out.push(
        `<div>${monoRow(d, [[[{ text: firstLine, field: 'line.description', line: l.index }], desc, 'l'], ...figures])}</div>`,
      );
      for (const x of rest)
        out.push(
          `<div>${segHtml(d, [{ text: x, field: 'line.description', line: l.index }])}</div>`,
        );
    }
  }
  out.push(rule);
  const taxWord = U(d.L.text('vat'));
  const totalRow = (label: string, cents: number, field?: string, bold = false): string =>
    `<div${bold ? ' class="b"' : ''}>${monoSplit(d, [t(label)], moneySegs(d, cents, field, { symbol: bold || d.fmt.money.on === 'all' }), cols)}</div>`;
  if (!inv.pricesIncludeVat || d.rng.chance(0.5))
    out.push(totalRow(U(d.L.label('netTotal')), tt.net, 'netTotal'));
  for (const v of tt.vat)
    out.push(
      `<div>${monoSplit(d, [t(`${v.name ?? taxWord} `), rateSeg(d, v.rate, 'vatRate')], moneySegs(d, v.amount, tt.vat.length === 1 ? 'taxTotal' : 'vatAmount', { symbol: false }), cols)}</div>`,
    );
  const rounded = tt.rounding !== 0;
  out.push(
    totalRow(U(d.L.label('grossTotal')), tt.gross, rounded ? undefined : 'grossTotal', !rounded),
  );
  if (rounded || d.rng.chance(0.3)) {
    out.push(totalRow(U(d.L.label('rounding')), tt.rounding));
    if (rounded) out.push(totalRow(U(d.L.other('grossTotal')), tt.due, 'grossTotal', true));
  }
  if (r) {
    out.push(
      totalRow(
        U(inv.payment.method === 'card' ? d.L.label('paidCard') : d.L.label('cash')),
        r.tendered,
      ),
    );
    if (inv.payment.method === 'cash') out.push(totalRow(U(d.L.label('change')), r.change));
  }
  if (tt.vat.length && d.rng.chance(0.5)) {
    out.push(
      rule,
      `<div>${monoRow(d, [
        [[t(U(d.L.short('vatBreakdown')))], cols - 20, 'l'],
        [[t(U(d.L.short('vatBase')))], 10, 'r'],
        [[t(U(d.L.short('vatAmount')))], 10, 'r'],
      ])}</div>`,
    );
    for (const v of tt.vat)
      out.push(
        `<div>${monoRow(d, [
          [[t(`${code || v.name || taxWord} @ `), rateSeg(d, v.rate, 'vatRate')], cols - 20, 'l'],
          [moneySegs(d, v.base, 'vatBase', { symbol: false }), 10, 'r'],
          [moneySegs(d, v.amount, 'vatAmount', { symbol: false }), 10, 'r'],
        ])}</div>`,
      );
  }
  out.push(rule, ...inv.notes.map((n) => centre(d, esc(U(n)))));
  const fontPx = (PAGE_WIDTH[page] - 6 * 3.78) / (cols * 0.61);
  const css = `.page{padding:4mm 3mm!important}.page,.page *{font-family:${d.theme.font};font-size:${fontPx.toFixed(2)}px;line-height:1.3;white-space:pre-wrap}`;
  return { pages: [out.join('')], css, page };
}

const PAGE_WIDTH: Record<PageKind, number> = {
  a4: 793.7,
  letter: 816,
  receipt80: 302.4,
  receipt58: 219.2,
};

export const thermalReceipt: Family = {
  name: 'thermal-receipt',
  weight: 4,
  theme: { kind: 'mono' },
  content: () => ({
    ...RECEIPT_SPEC([1, 12]),
    countries: [
      ['MY', 8],
      ['IN', 1],
      ['GB', 1],
      ['US', 1],
    ],
  }),
  render: (d) => monoReceipt(d, d.rng.int(40, 48), 'receipt80'),
};

export const thermalReceiptNarrow: Family = {
  name: 'thermal-receipt-58',
  weight: 2,
  theme: { kind: 'mono' },
  content: () => ({
    ...RECEIPT_SPEC([1, 8]),
    countries: [
      ['MY', 5],
      ['DE', 1],
      ['FR', 1],
      ['NL', 1],
      ['ES', 1],
      ['IT', 1],
    ],
  }),
  render: (d) => monoReceipt(d, d.rng.int(30, 34), 'receipt58'),
};
