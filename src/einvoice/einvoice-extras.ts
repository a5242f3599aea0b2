// EN 16931 terms the app's invoice model has no field for yet. Readers fill them so nothing in the
// XML is lost; once the model grows these fields they move there.
import type { IsoDate, InvoiceLine } from '../domain/invoice.ts';

export interface SupportingDocument {
  /** Supporting document reference (BT-122). */
  readonly id: string;
  /** UNTDID 1001 code: 50 tender or lot (BT-17), 130 invoiced object (BT-18), 916 others. */
  readonly typeCode?: string;
  readonly description?: string;
  readonly uri?: string;
}

export interface ItemAttribute {
  /** Item attribute name (BT-160). */
  readonly name: string;
  /** Item attribute value (BT-161). */
  readonly value: string;
}

export interface LineExtras {
  /** Invoice line object identifier (BT-128). */
  readonly objectId?: string;
  /** Invoice line buyer accounting reference (BT-133). */
  readonly accountingReference?: string;
  /** Item country of origin (BT-159). */
  readonly originCountry?: string;
  /** Item classification identifiers (BT-158). */
  readonly classifications?: readonly string[];
  readonly attributes?: readonly ItemAttribute[];
  /** Sub-lines (XRechnung UBL SubInvoiceLine); the line's own amounts already include them. */
  readonly subLines?: readonly InvoiceLine[];
}

export interface EInvoiceExtras {
  /** Value added tax point date (BT-7). */
  readonly taxPointDate?: IsoDate;
  /** Value added tax point date code (BT-8). */
  readonly taxPointDateCode?: string;
  /** Receiving advice reference (BT-15). */
  readonly receivingAdviceReference?: string;
  /** Despatch advice reference (BT-16). */
  readonly despatchAdviceReference?: string;
  /** Tender or lot reference (BT-17). */
  readonly tenderOrLotReference?: string;
  /** Invoiced object identifier (BT-18). */
  readonly invoicedObjectId?: string;
  /** Buyer accounting reference (BT-19). */
  readonly buyerAccountingReference?: string;
  /** Invoice note subject codes (BT-21), index-aligned with the invoice's notes. */
  readonly noteSubjectCodes?: readonly (string | undefined)[];
  /** Additional supporting documents (BG-24). */
  readonly supportingDocuments?: readonly SupportingDocument[];
  /** Document title as printed, e.g. "RECHNUNG" (CII ExchangedDocument/Name). */
  readonly documentName?: string;
  /** Per-line extras, keyed by the line's index in invoice.lines. */
  readonly lines?: Readonly<Record<number, LineExtras>>;
}
