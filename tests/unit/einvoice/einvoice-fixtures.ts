// The hand-written e-invoice fixtures (tests/fixtures/einvoice), loaded as text through Vite.
import { expect } from 'vitest';
import type { Invoice } from '../../../src/domain/invoice.ts';
import { readEInvoice, type ReadEInvoiceResult } from '../../../src/einvoice/read-einvoice.ts';
import brokenMismatchedTag from '../../fixtures/einvoice/broken-mismatched-tag.xml?raw';
import ciiEn16931 from '../../fixtures/einvoice/cii-en16931.xml?raw';
import ciiExtendedDefaultNs from '../../fixtures/einvoice/cii-extended-default-ns.xml?raw';
import ciiMinimum from '../../fixtures/einvoice/cii-minimum.xml?raw';
import hostileBillionLaughs from '../../fixtures/einvoice/hostile-billion-laughs.xml?raw';
import hostileExternalEntity from '../../fixtures/einvoice/hostile-external-entity.xml?raw';
import ublCreditNoteReverseCharge from '../../fixtures/einvoice/ubl-credit-note-reverse-charge.xml?raw';
import ublInvoiceFull from '../../fixtures/einvoice/ubl-invoice-full.xml?raw';
import ublOrderUnknownRoot from '../../fixtures/einvoice/ubl-order-unknown-root.xml?raw';
import zugferd1Comfort from '../../fixtures/einvoice/zugferd1-comfort.xml?raw';

export const xml = {
  brokenMismatchedTag,
  ciiEn16931,
  ciiExtendedDefaultNs,
  ciiMinimum,
  hostileBillionLaughs,
  hostileExternalEntity,
  ublCreditNoteReverseCharge,
  ublInvoiceFull,
  ublOrderUnknownRoot,
  zugferd1Comfort,
} as const;

export type ReadOk = Extract<ReadEInvoiceResult, { ok: true }>;

/** Reads a fixture that must be a valid e-invoice. */
export function readOk(text: string | Uint8Array): ReadOk {
  const result = readEInvoice(text);
  if (!result.ok) throw new Error(`expected an e-invoice, got: ${result.error.message}`);
  expect(result.findings).toEqual([]);
  return result;
}

export function invoiceOf(text: string): Invoice {
  return readOk(text).invoice;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
