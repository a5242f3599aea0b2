// What every syntax reader returns: the invoice, what the model cannot hold yet, and the profile.
import type { Invoice } from '../domain/invoice.ts';
import type { EInvoiceExtras } from './einvoice-extras.ts';

export interface SyntaxReadResult {
  readonly invoice: Invoice;
  readonly extras: EInvoiceExtras;
  /** Specification identifier (BT-24) or ZUGFeRD guideline id, as written. */
  readonly profile?: string;
}
