// A readable page for an XML-only invoice: parties, numbers and dates, lines, VAT, totals, payment.
// Output is an HTML fragment with CSS classes only (styles in invoice-view.css: the app's CSP allows
// no inline styles or scripts), and every value from the invoice is escaped.
import type { Address, Invoice, Party } from '../domain/invoice.ts';
import { documentTypeLabel, paymentMeansLabel } from './invoice-labels.ts';
import {
  allowancesTable,
  amount,
  linesTable,
  totalsList,
  vatTable,
} from './render-invoice-tables.ts';
import { html, type SafeHtml } from './safe-html.ts';

export function renderInvoiceHtml(invoice: Invoice): string {
  return html`<article class="einvoice">
    <header class="einvoice-head">
      ${party('From', invoice.seller, 'einvoice-seller')}
      <div class="einvoice-title">
        <h2>${documentTypeLabel(invoice.documentType)}</h2>
        ${facts(invoice)}
      </div>
    </header>
    <section class="einvoice-parties">
      ${party('To', invoice.buyer, 'einvoice-buyer')}
      ${invoice.deliverTo ? party('Deliver to', { name: invoice.deliverTo.name, address: invoice.deliverTo.address }, 'einvoice-delivery') : ''}
      ${invoice.payee ? party('Payee', invoice.payee, 'einvoice-payee') : ''}
      ${invoice.sellerTaxRepresentative ? party('Tax representative', invoice.sellerTaxRepresentative, 'einvoice-representative') : ''}
    </section>
    ${(invoice.notes ?? []).length > 0 ? html`<section class="einvoice-notes">${(invoice.notes ?? []).map((n) => html`<p>${n}</p>`)}</section>` : ''}
    ${linesTable(invoice)} ${allowancesTable(invoice)}
    <section class="einvoice-summary">${vatTable(invoice)}${totalsList(invoice)}</section>
    ${payment(invoice)}
  </article>`.value;
}

function party(title: string, p: Party | undefined, className: string): SafeHtml | '' {
  if (!p) return '';
  const ids = [
    p.vatId && `VAT id ${p.vatId}`,
    p.taxRegistrationId && `Tax number ${p.taxRegistrationId}`,
    p.legalRegistrationId && `Registration ${p.legalRegistrationId.value}`,
    p.electronicAddress && `E-address ${p.electronicAddress.value}`,
  ].filter(Boolean);
  const contact = [p.contact?.name, p.contact?.phone, p.contact?.email].filter(Boolean);
  return html`<div class="einvoice-party ${className}">
    <h3>${title}</h3>
    <div class="einvoice-name">${p.name ?? p.tradingName ?? ''}</div>
    ${p.tradingName && p.name && p.tradingName !== p.name ? html`<div>${p.tradingName}</div>` : ''}
    ${address(p.address)} ${ids.map((id) => html`<div class="einvoice-detail">${id}</div>`)}
    ${contact.length > 0 ? html`<div class="einvoice-detail">${contact.join(' · ')}</div>` : ''}
    ${p.legalInformation ? html`<div class="einvoice-detail">${p.legalInformation}</div>` : ''}
  </div>`;
}

function address(a: Address | undefined): SafeHtml | '' {
  if (!a) return '';
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ');
  const lines = [...a.lines, cityLine, a.countrySubdivision, a.countryCode].filter(Boolean);
  return html`<address>
    ${lines.map((line, i) => html`${i > 0 ? html`<br />` : ''}${line}`)}
  </address>`;
}

function facts(invoice: Invoice): SafeHtml {
  const period = invoice.period
    ? `${invoice.period.start ?? '…'} – ${invoice.period.end ?? '…'}`
    : undefined;
  const rows: readonly (readonly [string, string | undefined])[] = [
    ['Number', invoice.invoiceNumber],
    ['Date', invoice.issueDate],
    ['Due', invoice.dueDate],
    ['Delivered', invoice.deliveryDate],
    ['Period', period],
    ['Buyer reference', invoice.buyerReference],
    ['Order', invoice.purchaseOrder],
    ['Contract', invoice.contractReference],
    ['Project', invoice.projectReference],
    ['Corrects', invoice.precedingInvoices?.map((p) => p.id).join(', ')],
    ['Currency', invoice.currency],
  ];
  return html`<dl class="einvoice-facts">
    ${rows
      .filter(([, value]) => value)
      .map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
  </dl>`;
}

function payment(invoice: Invoice): SafeHtml | '' {
  const p = invoice.payment;
  if (!p && !invoice.paymentTerms) return '';
  const rows: readonly (readonly [string, string | undefined])[] = [
    ['Payment', p?.meansText ?? paymentMeansLabel(p?.meansCode)],
    ...(p?.accounts ?? []).map((a): readonly [string, string] => [
      'Account',
      [a.iban, a.bic && `BIC ${a.bic}`, a.accountName].filter(Boolean).join(' · '),
    ]),
    ['Reference', p?.remittanceInformation],
    ['Card', p?.cardLastDigits && `… ${p.cardLastDigits}`],
    ['Mandate', p?.mandateId],
    ['Creditor id', p?.creditorId],
    ['Debited account', p?.debitedAccount],
    [
      'Amount due',
      invoice.totals.amountDue && `${amount(invoice.totals.amountDue)} ${invoice.currency ?? ''}`,
    ],
    ['Terms', invoice.paymentTerms],
  ];
  return html`<section class="einvoice-payment">
    <h3>Payment</h3>
    <dl class="einvoice-facts">
      ${rows
        .filter(([, value]) => value)
        .map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
    </dl>
  </section>`;
}
