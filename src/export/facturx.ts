// Factur-X / ZUGFeRD 2 (profile EN 16931): the original PDF, or a PDF of the page images for photos
// and scans, as PDF/A-3 with the CII XML embedded as factur-x.xml (AFRelationship Alternative or
// Data) and the Factur-X XMP extension schema. Loaded on demand: pdf-lib is large.
import { AFRelationship, PDFDict, PDFDocument, PDFName, embedFacturX } from '@cantoo/pdf-lib';
import { facturXSource, noFacturXSource } from './facturx-source.ts';
import { pdfFromImages } from './image-pdf.ts';
import { eInvoiceXml } from './einvoice.ts';
import {
  missingField,
  type ExportInput,
  type FileContent,
  type MissingField,
} from './export-types.ts';

export interface FacturXOptions {
  /** How the XML relates to the PDF: "Alternative" (ZUGFeRD, Germany) or "Data" (France). */
  readonly afRelationship: 'Alternative' | 'Data';
  readonly now: Date;
}

export type FacturXResult =
  | { readonly ok: true; readonly content: FileContent }
  | { readonly ok: false; readonly missing: readonly MissingField[] };

/** E-invoice attachments of the original that the new XML replaces. */
const eInvoiceAttachments = [
  'factur-x.xml',
  'zugferd-invoice.xml',
  'ZUGFeRD-invoice.xml',
  'xrechnung.xml',
];

const noBase = (message: string): FacturXResult => ({
  ok: false,
  missing: [missingField('FACTURX-PDF', '', message)],
});

async function basePdf(input: ExportInput): Promise<PDFDocument | string> {
  const { original, pageImages = [] } = input;
  const source = facturXSource(input);
  if (source === 'pdf' && original) {
    try {
      const pdf = await PDFDocument.load(new Uint8Array(original.bytes), { updateMetadata: false });
      // pdf-lib opens some damaged files without complaint; a readable one has pages.
      if (!pdf.isEncrypted && pdf.getPageCount() > 0) return pdf;
    } catch {
      // A damaged or protected original: its rendered pages still make a valid PDF/A below.
    }
    if (pageImages.length === 0)
      return 'The original PDF is protected or damaged, and no rendered pages are available to rebuild it.';
  }
  if (source === 'photo' && original) return pdfFromImages([original]);
  if (pageImages.length > 0) return pdfFromImages(pageImages);
  return noFacturXSource;
}

/** Fonts the original does not embed: PDF/A validators reject them, so the user is told. */
function unembeddedFonts(pdf: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const type = object.get(PDFName.of('Type'));
    const subtype = object.get(PDFName.of('Subtype'));
    const name = String(
      object.get(PDFName.of('FontName')) ?? object.get(PDFName.of('BaseFont')) ?? '',
    );
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) =>
      object.has(PDFName.of(key)),
    );
    if (type === PDFName.of('FontDescriptor') && !embedded) names.add(name.replace(/^\//, ''));
    const simple = subtype === PDFName.of('Type1') || subtype === PDFName.of('TrueType');
    if (type === PDFName.of('Font') && simple && !object.has(PDFName.of('FontDescriptor')))
      names.add(name.replace(/^\//, ''));
  }
  return [...names];
}

/** Drops e-invoice XML the original carries, so readers find only the new factur-x.xml. */
function replaceAttachments(pdf: PDFDocument): string[] {
  try {
    for (const name of eInvoiceAttachments) pdf.detach(name);
    return [];
  } catch {
    return ['The attachments of the original PDF could not be checked for an older e-invoice.'];
  }
}

export async function exportFacturX(
  input: ExportInput,
  options: Partial<FacturXOptions> = {},
): Promise<FacturXResult> {
  const xml = eInvoiceXml('facturx', input.invoice);
  if (!xml.ok) return xml;
  const base = await basePdf(input).catch((error: unknown) =>
    error instanceof Error ? error.message : String(error),
  );
  if (typeof base === 'string') return noBase(base);
  const now = options.now ?? new Date();
  const { invoiceNumber = '', issueDate = '' } = xml.invoice;
  const seller = xml.invoice.seller?.name ?? '';
  const replaced = replaceAttachments(base);
  base.setTitle(`Invoice ${invoiceNumber}`);
  base.setAuthor(seller);
  base.setSubject(`Invoice ${invoiceNumber} of ${issueDate} from ${seller}`);
  base.setKeywords(['Invoice', 'Factur-X', 'ZUGFeRD']);
  base.setCreator('Invoice Capture');
  base.setProducer('Invoice Capture (pdf-lib)');
  if (!base.getCreationDate()) base.setCreationDate(now);
  base.setModificationDate(now);
  await embedFacturX(base, new TextEncoder().encode(xml.xml), {
    conformanceLevel: 'EN 16931',
    afRelationship:
      options.afRelationship === 'Data' ? AFRelationship.Data : AFRelationship.Alternative,
    description: 'Factur-X invoice data (EN 16931)',
    creationDate: now,
    modificationDate: now,
  });
  const bytes = await base.save({ useObjectStreams: false });
  const fonts = unembeddedFonts(base);
  const warnings = [
    ...xml.warnings,
    ...replaced,
    ...(fonts.length > 0
      ? [
          `The original PDF does not embed these fonts, which strict PDF/A checks flag: ${fonts.join(', ')}`,
        ]
      : []),
  ];
  return { ok: true, content: { bytes, mimeType: 'application/pdf', warnings } };
}
