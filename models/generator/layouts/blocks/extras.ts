// Payment details, footers with bank and register data, notes, page numbers and CSS logos.
import { esc, type Doc } from '../doc.ts';
import { contactLines, idLines } from './parties.ts';

/** IBAN/BIC or local account lines; IBAN and BIC are labelled. */
export function bankLines(d: Doc, o: { holder?: boolean; bankName?: boolean } = {}): string[] {
  const p = d.inv.payment;
  const out: string[] = [];
  if (o.bankName !== false && p.bankName && d.rng.chance(0.7))
    out.push(`${d.label('bank')} ${esc(p.bankName)}`);
  if (o.holder && d.rng.chance(0.5))
    out.push(`${d.label('accountHolder')} ${esc(d.inv.seller.name)}`);
  if (p.iban) out.push(`${d.label('iban')} ${d.ft('iban', p.iban)}`);
  if (p.bic) out.push(`${d.label('bic')} ${d.ft('bic', p.bic)}`);
  if (p.accountNumber) out.push(`${d.label('accountNumber')} ${esc(p.accountNumber)}`);
  return out;
}

export function paymentBlock(d: Doc, o: { title?: boolean; bank?: boolean } = {}): string {
  const title = o.title !== false ? `<div class="lbl">${d.word('paymentTerms')}</div>` : '';
  const bank =
    o.bank !== false
      ? bankLines(d, { holder: true })
          .map((l) => `<div>${l}</div>`)
          .join('')
      : '';
  return `<div class="payment">${title}<div>${d.terms()}</div>${bank}</div>`;
}

export function notesBlock(d: Doc, cls = 'small'): string {
  if (!d.inv.notes.length) return '';
  return `<div class="notes ${cls}">${d.inv.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>`;
}

/** Three or four small columns: seller, contacts, register and VAT, bank. */
export function footerColumns(d: Doc, o: { border?: boolean } = {}): string {
  const s = d.inv.seller;
  const cols: string[][] = [];
  cols.push([d.ft('sellerName', s.name), ...d.addressLines(s, 'sellerAddress')]);
  const contact = contactLines(d, s);
  if (contact.length) cols.push(contact);
  const ids = idLines(d, s, 'sellerVatId');
  if (ids.length) cols.push(ids);
  const bank = bankLines(d);
  if (bank.length) cols.push(bank);
  const border = o.border !== false ? `border-top:1px solid ${d.theme.rule};padding-top:2mm;` : '';
  const html = d.rng
    .shuffle(cols.slice(1))
    .map((c) => `<div>${c.map((l) => `<div>${l}</div>`).join('')}</div>`);
  const first = `<div>${cols[0]?.map((l) => `<div>${l}</div>`).join('') ?? ''}</div>`;
  return `<div class="footer small muted" style="position:absolute;left:${d.theme.margin[3]}mm;right:${d.theme.margin[1]}mm;bottom:${Math.max(6, d.theme.margin[2] - 6)}mm;${border}display:flex;justify-content:space-between;gap:4mm">${[first, ...html].join('')}</div>`;
}

export function pageNumber(d: Doc, page: number, pages: number): string {
  const style = d.rng.int(0, 2);
  if (style === 0) return `${d.word('page')} ${page} ${d.word('of')} ${pages}`;
  if (style === 1) return `${page}/${pages}`;
  return `- ${page} -`;
}

/** A logo drawn with CSS: initials in a shape, or bars; carries no field. */
export function logo(d: Doc, size = d.rng.int(12, 22)): string {
  const initials = d.inv.seller.name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');
  const t = d.theme;
  const kind = d.rng.int(0, 3);
  const radius = kind === 0 ? '50%' : kind === 1 ? '2mm' : '0';
  if (kind === 3) {
    const bars = [0, 1, 2].map(
      (i) =>
        `<div style="width:${size / 4}mm;height:${size * (0.5 + i * 0.25)}mm;background:${t.accent};opacity:${1 - i * 0.25}"></div>`,
    );
    return `<div class="logo" style="display:flex;align-items:flex-end;gap:1mm;height:${size}mm">${bars.join('')}</div>`;
  }
  return `<div class="logo" style="width:${size}mm;height:${size}mm;border-radius:${radius};background:${t.accent};color:#fff;display:flex;align-items:center;justify-content:center;font:700 ${size * 1.4}px ${t.headFont}">${esc(initials || 'X')}</div>`;
}
