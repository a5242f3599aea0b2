// One inbox row: a document joined with the summary of its extraction result, precomputed once so
// search, filters and sorting over thousands of rows never touch IndexedDB.
import type { ExtractionResult, InvoiceDocument } from '../../domain/document.ts';
import type { DocumentId } from '../../domain/ids.ts';
import { amountSearchForms } from '../../i18n/format.ts';

/** What the inbox shows: processing state first, then the bookkeeper's review decision. */
export type InboxStatus =
  'queued' | 'processing' | 'failed' | 'needs-review' | 'approved' | 'rejected' | 'exported';

/** Status filter choices: queued counts as processing. */
export type StatusFilter = Exclude<InboxStatus, 'queued'>;

export const statusFilters: readonly StatusFilter[] = [
  'processing',
  'needs-review',
  'approved',
  'exported',
  'rejected',
  'failed',
];

export interface InboxRow {
  readonly id: DocumentId;
  readonly document: InvoiceDocument;
  readonly status: InboxStatus;
  readonly hasResult: boolean;
  readonly seller: string;
  readonly number: string;
  /** ISO date or ''. */
  readonly issueDate: string;
  /** Decimal string or ''. */
  readonly gross: string;
  readonly currency: string;
  /** Errors and warnings not yet resolved. */
  readonly openFindings: number;
  readonly openErrors: number;
  /** Lower-case seller, number, file name and amount spellings, for search. */
  readonly haystack: string;
}

export function inboxStatus(document: InvoiceDocument): InboxStatus {
  const decided = document.review?.status;
  // A decision on a document whose reading failed (fields typed by hand) is what matters then.
  if (document.status === 'failed')
    return decided && decided !== 'needs-review' ? decided : 'failed';
  if (document.status === 'queued') return 'queued';
  if (document.status === 'processing') return 'processing';
  return document.review?.status ?? 'needs-review';
}

export function filterGroup(status: InboxStatus): StatusFilter {
  return status === 'queued' ? 'processing' : status;
}

export function toInboxRow(
  document: InvoiceDocument,
  result: ExtractionResult | undefined,
): InboxRow {
  const invoice = result?.invoice;
  const seller = invoice?.seller?.name ?? invoice?.seller?.tradingName ?? '';
  const number = invoice?.invoiceNumber ?? '';
  const gross = invoice?.totals.grossTotal ?? invoice?.totals.amountDue ?? '';
  const open = (result?.findings ?? []).filter((finding) => finding.severity !== 'info');
  return {
    id: document.id,
    document,
    status: inboxStatus(document),
    hasResult: result !== undefined,
    seller,
    number,
    issueDate: invoice?.issueDate ?? '',
    gross,
    currency: invoice?.currency ?? '',
    openFindings: open.length,
    openErrors: open.filter((finding) => finding.severity === 'error').length,
    haystack: [seller, number, document.name, amountSearchForms(gross)].join(' ').toLowerCase(),
  };
}

/** Changes whenever the inbox must rebuild a document's row from storage. */
export function rowStamp(document: InvoiceDocument): string {
  return [document.status, document.review?.status, document.review?.at, document.error?.code].join(
    '|',
  );
}
