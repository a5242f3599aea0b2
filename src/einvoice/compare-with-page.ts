// XML versus the visible page: flags e-invoice values that are not printed on the PDF's pages.
// Real Factur-X / ZUGFeRD files carry XML that disagrees with their PDF, and the page is what the
// sender and the auditor read, so every key value of the XML should be findable there.
import type { Finding } from '../domain/finding.ts';
import type { Invoice } from '../domain/invoice.ts';
import { amountPattern, compactId, datePattern } from './printed-forms.ts';

/** One word printed on a page (the page model's PageWord satisfies this). */
export interface PageWordText {
  readonly text: string;
}

interface Check {
  readonly field: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly kind: 'id' | 'date' | 'amount' | 'compact' | 'name';
}

/** pages: the words of each page, in reading order. */
export function compareWithPage(
  invoice: Invoice,
  pages: readonly (readonly PageWordText[])[],
): Finding[] {
  const text = pages
    .map((words) => words.map((word) => word.text).join(' '))
    .join('\n')
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ');
  if (text.trim() === '') return [];
  const collapsed = text.replace(/\s+/g, ' ');
  const compact = compactId(text);
  const words = wordsOf(text);
  const checks: Check[] = [
    { field: 'invoiceNumber', label: 'invoice number', value: invoice.invoiceNumber, kind: 'id' },
    { field: 'issueDate', label: 'invoice date', value: invoice.issueDate, kind: 'date' },
    { field: 'dueDate', label: 'due date', value: invoice.dueDate, kind: 'date' },
    {
      field: 'totals.netTotal',
      label: 'total without VAT',
      value: invoice.totals.netTotal,
      kind: 'amount',
    },
    {
      field: 'totals.taxTotal',
      label: 'VAT total',
      value: invoice.totals.taxTotal,
      kind: 'amount',
    },
    {
      field: 'totals.grossTotal',
      label: 'total with VAT',
      value: invoice.totals.grossTotal,
      kind: 'amount',
    },
    {
      field: 'totals.amountDue',
      label: 'amount due',
      value: invoice.totals.amountDue,
      kind: 'amount',
    },
    { field: 'seller.name', label: "seller's name", value: invoice.seller?.name, kind: 'name' },
    { field: 'buyer.name', label: "buyer's name", value: invoice.buyer?.name, kind: 'name' },
    {
      field: 'seller.vatId',
      label: "seller's VAT id",
      value: invoice.seller?.vatId,
      kind: 'compact',
    },
    ...(invoice.payment?.accounts ?? []).map((account, i): Check => ({
      field: `payment.accounts[${i}].iban`,
      label: 'IBAN',
      value: account.iban,
      kind: 'compact',
    })),
  ];
  return checks.flatMap((check) => {
    const value = check.value?.trim();
    if (!value || isPrinted(check.kind, value, { collapsed, compact, words })) return [];
    return [
      {
        ruleId: 'XML-VS-PAGE',
        severity: 'warning' as const,
        message: `The ${check.label} in the e-invoice data (${value}) is not printed on the page; the XML and the visible invoice may disagree.`,
        fields: [check.field],
      },
    ];
  });
}

interface PageForms {
  /** Whitespace collapsed to single spaces. */
  readonly collapsed: string;
  /** Upper case without spaces, dots, dashes, slashes. */
  readonly compact: string;
  /** Lower-case letters and digits only, single spaces between words. */
  readonly words: string;
}

function isPrinted(kind: Check['kind'], value: string, page: PageForms): boolean {
  const { collapsed, compact, words } = page;
  switch (kind) {
    case 'name':
      // Names break across lines, lose punctuation, and text layers split words ("Liefer ant").
      return (
        ` ${words} `.includes(` ${wordsOf(value)} `) ||
        words.replace(/ /g, '').includes(wordsOf(value).replace(/ /g, ''))
      );
    case 'amount':
      return amountPattern(value)?.test(collapsed) ?? true;
    case 'date':
      return datePattern(value)?.test(collapsed) ?? true;
    case 'compact':
      return compact.includes(compactId(value));
    case 'id': {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escape(value.replace(/\s+/g, ' '))}(?![\\p{L}\\p{N}])`,
        'iu',
      );
      // Numbers printed with other spacing or separators ("2018 / 471 102") still count.
      return (
        pattern.test(collapsed) || (/[\s.\-/]/.test(value) && compact.includes(compactId(value)))
      );
    }
  }
}

function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
