// Entry point for e-invoice XML: parses safely, detects the syntax from the root element and reads it.
// Failures come back as values with messages a person understands; nothing here throws.
import type { DocumentErrorCode } from '../domain/document-error.ts';
import type { Finding } from '../domain/finding.ts';
import type { Invoice } from '../domain/invoice.ts';
import { ciiRootNs, zugferd1RootNs, zugferdRcRootNs } from './cii-dialect.ts';
import type { EInvoiceExtras } from './einvoice-extras.ts';
import type { SyntaxReadResult } from './einvoice-read.ts';
import { parseXml, XmlParseError, type XmlLimits } from './parse-xml.ts';
import { readCii } from './read-cii.ts';
import { ReadContext } from './read-context.ts';
import { readUbl } from './read-ubl.ts';
import { readZugferd1 } from './read-zugferd1.ts';
import { ublCreditNoteNs, ublInvoiceNs } from './ubl-query.ts';
import type { XmlElement } from './xml-element.ts';

export type EInvoiceSyntax = 'UBL' | 'CII' | 'ZUGFeRD1';

export type ReadEInvoiceResult =
  | {
      readonly ok: true;
      readonly invoice: Invoice;
      readonly syntax: EInvoiceSyntax;
      /** Specification identifier (BT-24) or ZUGFeRD 1.0 profile URN, as written. */
      readonly profile?: string;
      /** Values present in the XML but unusable (not a number, not a date, unknown code). */
      readonly findings: readonly Finding[];
      /** EN 16931 terms the invoice model has no field for yet. */
      readonly extras: EInvoiceExtras;
    }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: Extract<DocumentErrorCode, 'corrupt' | 'unsupported-type'>;
        readonly message: string;
      };
    };

type SyntaxReader = (root: XmlElement, ctx: ReadContext) => SyntaxReadResult;

const readers: readonly (readonly [
  ns: string,
  local: string,
  syntax: EInvoiceSyntax,
  read: SyntaxReader,
])[] = [
  [ublInvoiceNs, 'Invoice', 'UBL', readUbl],
  [ublCreditNoteNs, 'CreditNote', 'UBL', readUbl],
  [ciiRootNs, 'CrossIndustryInvoice', 'CII', readCii],
  [zugferd1RootNs, 'CrossIndustryDocument', 'ZUGFeRD1', readZugferd1],
  [zugferdRcRootNs, 'Invoice', 'ZUGFeRD1', readZugferd1],
];

export function readEInvoice(xml: string | Uint8Array, limits?: XmlLimits): ReadEInvoiceResult {
  if (!looksLikeXml(xml)) {
    return failure('unsupported-type', 'This file is not XML, so it cannot be an e-invoice.');
  }
  let root: XmlElement;
  const findings: Finding[] = [];
  try {
    const doc = parseXml(xml, limits);
    root = doc.root;
    if (doc.encodingRepaired) {
      findings.push({
        ruleId: 'XML-ENCODING',
        severity: 'warning',
        message:
          'The file says it is UTF-8 but is not; it was read as Windows-1252. Check umlauts and accents.',
        fields: [],
      });
    }
  } catch (error) {
    return failure('corrupt', parseFailureMessage(error));
  }
  const match = readers.find(([ns, local]) => root.ns === ns && root.local === local);
  if (!match) return failure('unsupported-type', unknownRootMessage(root));
  const [, , syntax, read] = match;
  const ctx = new ReadContext();
  try {
    const result = read(root, ctx);
    const base = {
      ok: true as const,
      invoice: result.invoice,
      syntax,
      findings: [...findings, ...ctx.findings],
      extras: result.extras,
    };
    return result.profile === undefined ? base : { ...base, profile: result.profile };
  } catch (error) {
    return failure('corrupt', `This e-invoice XML could not be read: ${describe(error)}`);
  }
}

function failure(code: 'corrupt' | 'unsupported-type', message: string): ReadEInvoiceResult {
  return { ok: false, error: { code, message } };
}

function looksLikeXml(xml: string | Uint8Array): boolean {
  const head =
    typeof xml === 'string' ? xml.slice(0, 64) : String.fromCharCode(...xml.subarray(0, 64));
  // Byte-order marks, whitespace and UTF-16 zero bytes are skipped; the first real character is "<".
  for (const char of head) {
    if (char === '<') return true;
    if (char.charCodeAt(0) !== 0 && !/[\s\uFEFF\u00EF\u00BB\u00BF\u00FE\u00FF]/.test(char))
      return false;
  }
  return false;
}

function parseFailureMessage(error: unknown): string {
  if (!(error instanceof XmlParseError))
    return `This e-invoice XML could not be read: ${describe(error)}`;
  const where = error.line !== undefined ? ` (line ${error.line})` : '';
  const detail = error.message.replace(/\.$/, '');
  switch (error.kind) {
    case 'unsafe':
      return `This XML file was refused for safety: ${detail}${where}.`;
    case 'too-large':
      return `This XML file is too large to be an e-invoice: ${detail}.`;
    case 'too-deep':
      return `This XML file is too complex to be an e-invoice: ${detail}.`;
    default:
      return `This e-invoice XML is damaged: ${detail}${where}.`;
  }
}

function unknownRootMessage(root: XmlElement): string {
  const known = readers.some(([, local]) => local === root.local);
  if (known) {
    const ns = root.ns === '' ? 'no namespace' : `the namespace ${root.ns}`;
    return `This XML file is not an e-invoice the app can read: its root element <${root.local}> is in ${ns}, not the UBL 2.1, CII or ZUGFeRD namespace.`;
  }
  return `This XML file is not an e-invoice: its root element is <${root.local}>.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
