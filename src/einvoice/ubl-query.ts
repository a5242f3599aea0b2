// UBL 2.1 namespaces and the path lookup every UBL reader module uses.
import { xmlQuery } from './xml-element.ts';

export const ublInvoiceNs = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
export const ublCreditNoteNs = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';

export const ubl = xmlQuery({
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
});
