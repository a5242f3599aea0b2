// Dense ERP printouts, marketplace tax invoices with per-line tax, cloud usage bills, timesheets.
import { addDays } from '../../content/dates.ts';
import { netFromGross, percentOf } from '../../content/money.ts';
import {
  bankLines,
  footerColumns,
  logo,
  notesBlock,
  pageNumber,
  paymentBlock,
} from '../blocks/extras.ts';
import { chooseColumns, itemsTable, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import { buyerBlock, sellerBlock, sellerInline, shipToBlock } from '../blocks/parties.ts';
import { totalRows, totalsBlock, vatTable } from '../blocks/totals.ts';
import { esc } from '../doc.ts';
import type { Family } from '../family.ts';
import { heading, invoiceSpec, pair, rightAligned, stack } from './common.ts';

export const denseEnterprise: Family = {
  name: 'dense-enterprise',
  weight: 2.5,
  theme: { dense: true, colourful: 0.3 },
  content: (rng) => ({ ...invoiceSpec(rng, [4, 18]), detail: 0.95 }),
  render: (d) => {
    const style = d.rng.pick(['boxed', 'ruled', 'zebra'] as const);
    const meta = metaBlock(
      d,
      metaItems(d, { extra: 1, page: pageNumber(d, 1, 1) }),
      d.rng.pick(['table', 'boxed'] as const),
    );
    const top = pair(
      d,
      `${logo(d, 12)}<div class="small">${sellerInline(d, ' · ')}</div>`,
      heading(d, { size: Math.round(d.theme.size * 1.8) }),
    );
    const parties = `<div class="row">${buyerBlock(d, { label: 'buyer', contacts: true })}${shipToBlock(d)}<div class="small">${meta}</div></div>`;
    const totals = `<div class="row"><div>${vatTable(d, { total: true, gross: d.rng.chance(0.5) })}</div>${totalsBlock(d, totalRows(d, { showVatRows: d.rng.chance(0.4) }), 'box', 42)}</div>`;
    const body = stack(
      d,
      [
        top,
        parties,
        itemsTable(d, d.inv.lines, {
          style,
          cols: chooseColumns(d, { dense: true }),
          headerCase: d.rng.chance(0.3) ? 'upper' : 'as-is',
        }),
        totals,
        paymentBlock(d, { bank: false }),
        notesBlock(d),
      ],
      d.theme.gap * 0.7,
    );
    return {
      pages: [body + footerColumns(d)],
      css: tableCss(d, style) + '.items{font-size:0.92em}',
      footerMm: 24,
    };
  },
};

/** Marketplace "Tax Invoice": order ids, billing and shipping columns, tax per line, grand total. */
export const marketplaceTax: Family = {
  name: 'marketplace-tax-invoice',
  weight: 1.5,
  theme: { dense: true },
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 5]),
    countries: [
      ['IN', 5],
      ['MY', 1],
      ['GB', 1],
      ['US', 1],
      ['DE', 1],
    ],
  }),
  render: (d) => {
    const inv = d.inv;
    const t = d.theme;
    const meta = metaBlock(d, metaItems(d, { extra: 1 }), 'list');
    const sold = `<div><span class="b">${esc(d.L.text('seller'))}:</span> ${d.ft('sellerName', inv.seller.name)}</div><div class="small muted">${sellerInline(d)}</div>`;
    const parties = `<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:3mm">${`<div class="small">${meta}</div>`}${buyerBlock(d, { label: 'buyer' })}${inv.shipTo ? shipToBlock(d) : `<div class="small muted">${esc(d.L.sentence('deliveryNoteText'))}</div>`}</div>`;
    const cell = `style="padding:1mm 1.5mm;border-bottom:1px solid ${t.rule}"`;
    const totals: number[] = [];
    const rows = inv.lines.map((l) => {
      const tax = inv.pricesIncludeVat
        ? l.lineTotal - netFromGross(l.lineTotal, l.vatRate)
        : percentOf(l.lineTotal, l.vatRate);
      const gross = inv.pricesIncludeVat ? l.lineTotal : l.lineTotal + tax;
      totals[l.index] = gross;
      const cells = [
        `${d.ft('line.description', l.description, l.index)}${l.sku ? `<div class="small muted">${esc(l.sku)}</div>` : ''}`,
        d.qty(l.quantity, l.index),
        d.price(l.unitPrice, 'line.unitPrice', l.index),
        d.rate(l.vatRate, 'line.vatRate', l.index),
        d.money(tax),
        d.money(gross, 'line.lineTotal', { line: l.index }),
      ];
      return `<tr>${cells.map((c, i) => `<td ${cell}${i ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
    });
    const head = [
      'description',
      'quantity',
      'unitPrice',
      'vatRate',
      'vat',
      'lineTotalGross',
    ] as const;
    const table = `<table style="width:100%"><tr>${head.map((h, i) => `<th ${cell}${i ? ' class="num"' : ''}><b>${d.word(h)}</b></th>`).join('')}</tr>${rows.join('')}</table>`;
    const grand = `<div class="row" style="font-size:1.4em"><span>${d.word('grossTotal')}</span><b>${d.money(inv.totals.gross, 'grossTotal', { symbol: true })}</b></div>`;
    const summary = rightAligned(totalsBlock(d, totalRows(d), 'table', 50));
    const body = stack(d, [
      heading(d, { align: 'center', size: Math.round(t.size * 1.5) }),
      `<div class="row"><div>${sold}</div><div class="b" style="border:1px solid ${t.rule};padding:1mm 2mm">${d.label('invoiceNumber')} ${d.ft('invoiceNumber', inv.number)}</div></div>`,
      parties,
      table,
      summary,
      grand,
      notesBlock(d),
    ]);
    return { pages: [body], lineTotals: totals };
  },
};

/** Usage bill: billing period, account number, summary of charges per service, amount due on a date. */
export const cloudUsage: Family = {
  name: 'cloud-usage',
  weight: 1.5,
  content: (rng) => ({
    ...invoiceSpec(rng, [2, 9]),
    sector: 'cloud',
    countries: [
      ['US', 4],
      ['IE', 2],
      ['GB', 1],
      ['DE', 1],
      ['IN', 1],
      ['NL', 1],
      ['FR', 1],
    ],
  }),
  render: (d) => {
    const inv = d.inv;
    const from = inv.issueDate.slice(0, 8) + '01';
    const period = `${d.date(addDays(from, -28).slice(0, 8) + '01')} – ${d.date(addDays(from, -1))}`;
    const account = `${d.label('customerNumber')} ${esc(inv.customerNumber ?? String(d.rng.int(100000000, 999999999)))}`;
    const due = inv.dueDate ?? inv.issueDate;
    const headline = `<div style="border:1px solid ${d.theme.rule};padding:3mm" class="row"><b>${esc(d.L.case(d.L.text('amountDue')))} ${esc({ en: 'on', de: 'am', fr: 'le', nl: 'op', es: 'el', it: 'il' }[d.fmt.lang])} ${d.date(due, 'dueDate')}</b><b>${d.money(inv.totals.due, inv.totals.prepaid ? 'amountDue' : 'grossTotal', { symbol: true })}</b></div>`;
    const rows = inv.lines
      .map(
        (l) =>
          `<tr><td style="padding:1mm 0">${d.ft('line.description', l.description, l.index)}</td><td class="num">${d.money(l.lineTotal, 'line.lineTotal', { line: l.index })}</td></tr>`,
      )
      .join('');
    const charges = `<div class="b" style="border-bottom:2px solid ${d.theme.text}">${esc({ en: 'Summary of charges', de: 'Übersicht der Gebühren', fr: 'Récapitulatif des frais', nl: 'Overzicht kosten', es: 'Resumen de cargos', it: 'Riepilogo addebiti' }[d.fmt.lang])}</div><table style="width:100%">${rows}</table>`;
    const top = pair(
      d,
      `${logo(d)}${sellerBlock(d, { ids: true })}`,
      `${heading(d)}${metaBlock(d, metaItems(d, { extra: 0.3 }), 'table')}<div class="small">${account}<br>${esc({ en: 'Billing period', de: 'Abrechnungszeitraum', fr: 'Période de facturation', nl: 'Factuurperiode', es: 'Periodo de facturación', it: 'Periodo di fatturazione' }[d.fmt.lang])}: ${period}</div>`,
    );
    const body = stack(d, [
      top,
      buyerBlock(d, { label: 'buyer' }),
      headline,
      charges,
      rightAligned(totalsBlock(d, totalRows(d), 'lines', 50)),
      `<div class="small">${bankLines(d).join('<br>')}</div>`,
      notesBlock(d),
    ]);
    return { pages: [body] };
  },
};

/** Timesheet-style service invoice: one dated row per task with hours and rate. */
export const serviceHours: Family = {
  name: 'service-hours',
  weight: 1.5,
  content: (rng) => ({ ...invoiceSpec(rng, [3, 14]), sector: 'services' }),
  render: (d) => {
    const inv = d.inv;
    const t = d.theme;
    const cell = `style="padding:0.8mm 1.5mm;border-bottom:1px solid ${t.accentSoft}"`;
    const day = esc(
      { en: 'Date', de: 'Datum', fr: 'Date', nl: 'Datum', es: 'Fecha', it: 'Data' }[d.fmt.lang],
    );
    const head = `<tr style="border-bottom:1px solid ${t.text}"><th ${cell}>${day}</th><th ${cell}>${d.word('description')}</th><th ${cell} class="num">${d.word('quantity')}</th><th ${cell} class="num">${d.word('unitPrice')}</th><th ${cell} class="num">${d.word('lineTotal')}</th></tr>`;
    const rows = inv.lines.map(
      (l, i) =>
        `<tr><td ${cell}>${d.date(addDays(inv.issueDate, -(inv.lines.length - i) * d.rng.int(1, 3)))}</td><td ${cell}>${d.ft('line.description', l.description, l.index)}</td><td ${cell} class="num">${d.qty(l.quantity, l.index)}${l.unit ? ' ' + d.ft('line.unit', l.unit, l.index) : ''}</td><td ${cell} class="num">${d.price(l.unitPrice, 'line.unitPrice', l.index)}</td><td ${cell} class="num">${d.money(l.lineTotal, 'line.lineTotal', { line: l.index })}</td></tr>`,
    );
    const top = pair(
      d,
      sellerBlock(d, { contacts: true, ids: true }),
      `${heading(d)}${metaBlock(d, metaItems(d), 'table')}`,
      { swap: d.rng.chance(0.3) },
    );
    const body = stack(d, [
      top,
      buyerBlock(d, { label: 'buyer' }),
      `<table style="width:100%">${head}${rows.join('')}</table>`,
      rightAligned(totalsBlock(d, totalRows(d), 'table', 50)),
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body] };
  },
};
