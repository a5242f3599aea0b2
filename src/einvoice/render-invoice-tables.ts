// The tables of the rendered e-invoice: lines, document allowances and charges, VAT breakdown, totals.
import type { AllowanceCharge, Invoice, InvoiceLine } from '../domain/invoice.ts';
import { formatDec, parseDecimal } from '../domain/rules/decimal.ts';
import { unitLabel, vatCategoryLabel } from './invoice-labels.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** An amount exactly as the XML says, with at least two decimals and grouped thousands. */
export function amount(value: string | undefined): string {
  if (value === undefined) return '';
  const dec = parseDecimal(value);
  if (!dec) return value;
  const [whole = '', fraction] = formatDec(dec, 2).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f') + (fraction ? `.${fraction}` : '');
}

function rate(value: string | undefined): string {
  return value === undefined ? '' : `${value} %`;
}

export function linesTable(invoice: Invoice): SafeHtml {
  return html`<table class="einvoice-lines">
    <thead>
      <tr>
        <th class="einvoice-num">#</th>
        <th>Item</th>
        <th class="einvoice-num">Quantity</th>
        <th class="einvoice-num">Unit price</th>
        <th class="einvoice-num">VAT</th>
        <th class="einvoice-num">Net amount</th>
      </tr>
    </thead>
    <tbody>
      ${invoice.lines.map((line, i) => lineRow(line, i))}
    </tbody>
  </table>`;
}

function lineRow(line: InvoiceLine, index: number): SafeHtml {
  const ids = [
    line.sellerItemId && `Item no. ${line.sellerItemId}`,
    line.buyerItemId && `Your item no. ${line.buyerItemId}`,
    line.standardItemId &&
      `${line.standardItemId.scheme === '0160' ? 'GTIN' : 'ID'} ${line.standardItemId.value}`,
    line.period && `Period ${line.period.start ?? '…'} – ${line.period.end ?? '…'}`,
  ].filter(Boolean);
  const base =
    line.priceBaseQuantity && line.priceBaseQuantity !== '1'
      ? ` per ${line.priceBaseQuantity}`
      : '';
  const gross =
    line.grossPrice && line.grossPrice !== line.unitPrice
      ? html`<div class="einvoice-detail">List price ${amount(line.grossPrice)}</div>`
      : '';
  return html`<tr>
    <td class="einvoice-num">${line.id ?? index + 1}</td>
    <td>
      <div class="einvoice-item">${line.name ?? line.description ?? ''}</div>
      ${line.name && line.description ? html`<div class="einvoice-detail">${line.description}</div>` : ''}${(line.notes ?? []).map((n) => html`<div class="einvoice-detail">${n}</div>`)}${ids.length > 0 ? html`<div class="einvoice-detail">${ids.join(' · ')}</div>` : ''}${(line.allowancesCharges ?? []).map((ac) => html`<div class="einvoice-detail">${allowanceText(ac)}</div>`)}
    </td>
    <td class="einvoice-num">${line.quantity ?? ''} ${unitLabel(line.unitCode) ?? ''}</td>
    <td class="einvoice-num">${amount(line.unitPrice)}${base}${gross}</td>
    <td class="einvoice-num">
      ${line.vatCategory && line.vatCategory !== 'S' ? line.vatCategory + ' ' : ''}${rate(line.vatRate)}
    </td>
    <td class="einvoice-num">${amount(line.lineTotal)}</td>
  </tr>`;
}

function allowanceText(ac: AllowanceCharge): string {
  const kind = ac.isCharge ? 'Charge' : 'Allowance';
  const reason = ac.reason ?? ac.reasonCode;
  const percent = ac.percentage ? ` (${ac.percentage} % of ${amount(ac.baseAmount)})` : '';
  return `${kind}${reason ? `: ${reason}` : ''}${percent} ${ac.isCharge ? '+' : '−'}${amount(ac.amount)}`;
}

export function allowancesTable(invoice: Invoice): SafeHtml | '' {
  const items = invoice.allowancesCharges ?? [];
  if (items.length === 0) return '';
  return html`<table class="einvoice-allowances">
    <thead>
      <tr>
        <th>Allowances and charges</th>
        <th class="einvoice-num">VAT</th>
        <th class="einvoice-num">Amount</th>
      </tr>
    </thead>
    <tbody>
      ${items.map(
        (ac) =>
          html`<tr>
            <td>
              ${ac.isCharge ? 'Charge' : 'Allowance'}${ac.reason || ac.reasonCode ? `: ${ac.reason ?? ac.reasonCode ?? ''}` : ''}${ac.percentage ? ` (${ac.percentage} % of ${amount(ac.baseAmount)})` : ''}
            </td>
            <td class="einvoice-num">${ac.vatCategory ?? ''} ${rate(ac.vatRate)}</td>
            <td class="einvoice-num">${ac.isCharge ? '' : '−'}${amount(ac.amount)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function vatTable(invoice: Invoice): SafeHtml | '' {
  if (invoice.vatBreakdown.length === 0) return '';
  return html`<table class="einvoice-vat">
    <thead>
      <tr>
        <th>VAT</th>
        <th class="einvoice-num">Rate</th>
        <th class="einvoice-num">Taxable amount</th>
        <th class="einvoice-num">VAT amount</th>
      </tr>
    </thead>
    <tbody>
      ${invoice.vatBreakdown.map(
        (row) =>
          html`<tr>
            <td>
              ${vatCategoryLabel(row.category)}${row.exemptionReason || row.exemptionReasonCode ? html`<div class="einvoice-detail">${row.exemptionReason ?? row.exemptionReasonCode}</div>` : ''}
            </td>
            <td class="einvoice-num">${rate(row.rate)}</td>
            <td class="einvoice-num">${amount(row.taxableAmount)}</td>
            <td class="einvoice-num">${amount(row.taxAmount)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

interface TotalRow {
  readonly label: string;
  readonly value: string | undefined;
  readonly minus?: boolean;
  readonly strong?: boolean;
  readonly currency?: string;
}

export function totalsList(invoice: Invoice): SafeHtml {
  const t = invoice.totals;
  const currency = invoice.currency ?? '';
  const rows: readonly TotalRow[] = [
    { label: 'Sum of lines', value: t.lineTotal },
    { label: 'Allowances', value: t.allowanceTotal, minus: true },
    { label: 'Charges', value: t.chargeTotal },
    { label: 'Total without VAT', value: t.netTotal },
    { label: 'VAT', value: t.taxTotal },
    { label: 'VAT in VAT currency', value: t.taxTotalInTaxCurrency, currency: invoice.taxCurrency },
    { label: 'Total with VAT', value: t.grossTotal, strong: true },
    { label: 'Paid in advance', value: t.prepaid, minus: true },
    { label: 'Rounding', value: t.rounding },
    { label: 'Amount due', value: t.amountDue, strong: true },
  ];
  return html`<dl class="einvoice-totals">
    ${rows
      .filter((row) => row.value !== undefined)
      .map(
        (row) =>
          html`<div class="${row.strong ? 'einvoice-total einvoice-strong' : 'einvoice-total'}">
            <dt>${row.label}</dt>
            <dd>${row.minus ? '−' : ''}${amount(row.value)} ${row.currency ?? currency}</dd>
          </div>`,
      )}
  </dl>`;
}
