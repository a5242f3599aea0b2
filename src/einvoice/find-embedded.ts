// Picks the e-invoice among a PDF's attachments: the names Factur-X, ZUGFeRD and XRechnung
// prescribe first, then any other XML attachment that reads as an e-invoice.
import { readEInvoice, type ReadEInvoiceResult } from './read-einvoice.ts';

export interface PdfAttachment {
  readonly filename: string;
  readonly bytes: Uint8Array;
}

/** The chosen attachment and what reading it gave. */
export interface EmbeddedInvoice extends PdfAttachment {
  readonly read: ReadEInvoiceResult;
}

const knownNames = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

/**
 * The first attachment that reads as an e-invoice; else a conventionally named one that failed
 * (read.ok is false, so "factur-x.xml is damaged" can be shown); undefined when there is none.
 */
export function findEmbeddedInvoice(
  attachments: readonly PdfAttachment[],
): EmbeddedInvoice | undefined {
  const nameOf = (a: PdfAttachment) => baseName(a.filename).toLowerCase();
  const known = knownNames.flatMap((name) => attachments.filter((a) => nameOf(a) === name));
  const others = attachments.filter(
    (a) => nameOf(a).endsWith('.xml') && !knownNames.includes(nameOf(a)),
  );
  let firstFailure: EmbeddedInvoice | undefined;
  for (const attachment of [...known, ...others]) {
    const candidate = {
      filename: attachment.filename,
      bytes: attachment.bytes,
      read: readEInvoice(attachment.bytes),
    };
    if (candidate.read.ok) return candidate;
    // A damaged factur-x.xml is worth reporting; a stray XML that is no invoice is not.
    if (!firstFailure && known.includes(attachment)) firstFailure = candidate;
  }
  return firstFailure;
}

// Attachment names may carry a path from the tool that embedded them.
function baseName(filename: string): string {
  return filename.split(/[\\/]/).pop() ?? filename;
}
