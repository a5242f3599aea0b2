// Factur-X: the PDF is re-opened with pdf-lib and its embedded XML read back with the app reader.
import { PDFArray, PDFDocument, PDFName, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { StoredBinary } from '../../../src/domain/binary.ts';
import { readEInvoice } from '../../../src/einvoice/read-einvoice.ts';
import { eInvoiceXml } from '../../../src/export/einvoice.ts';
import type { ExportInput } from '../../../src/export/export-types.ts';
import { exportFacturX, type FacturXResult } from '../../../src/export/facturx.ts';
import { fixedNow, input, paperInvoice, richInvoice, sampleDocument } from './export-fixtures.ts';

const png1x1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const binary = (bytes: Uint8Array, type: string): StoredBinary => ({
  bytes: bytes.slice().buffer,
  type,
});

async function samplePdf(text?: string, attach = false): Promise<StoredBinary> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595.28, 841.89]);
  page.drawRectangle({ x: 50, y: 700, width: 200, height: 40, color: rgb(0.2, 0.3, 0.8) });
  if (text)
    page.drawText(text, { x: 50, y: 650, font: await pdf.embedFont(StandardFonts.Helvetica) });
  if (attach) {
    await pdf.attach(new TextEncoder().encode('<old/>'), 'factur-x.xml', { mimeType: 'text/xml' });
    await pdf.attach(new TextEncoder().encode('<old/>'), 'zugferd-invoice.xml', {
      mimeType: 'text/xml',
    });
  }
  return binary(await pdf.save(), 'application/pdf');
}

async function ok(result: Promise<FacturXResult>) {
  const done = await result;
  if (!done.ok) throw new Error(done.missing.map((m) => m.message).join('; '));
  const pdf = await PDFDocument.load(done.content.bytes);
  const raw = new TextDecoder('latin1').decode(done.content.bytes);
  return { content: done.content, pdf, raw };
}

function embeddedXml(pdf: PDFDocument) {
  const attachments = pdf.getAttachments();
  expect(attachments.map((a) => a.name)).toEqual(['factur-x.xml']);
  const [xml] = attachments;
  return { attachment: xml!, text: new TextDecoder().decode(xml!.data) };
}

const pdfInput = async (overrides: Partial<ExportInput> = {}): Promise<ExportInput> => ({
  ...input(),
  original: await samplePdf(),
  ...overrides,
});

describe('Factur-X export', () => {
  it('embeds the CII XML as factur-x.xml in the original PDF, and it reads back', async () => {
    const { pdf, content } = await ok(exportFacturX(await pdfInput(), { now: fixedNow }));
    expect(content.mimeType).toBe('application/pdf');
    expect(content.warnings).toEqual([]);
    expect(pdf.getPageCount()).toBe(1);
    const { attachment, text } = embeddedXml(pdf);
    expect(attachment.mimeType).toBe('text/xml');
    expect(attachment.afRelationship).toBe('Alternative');
    const expected = eInvoiceXml('facturx', richInvoice());
    expect(expected.ok && text).toBe(expected.ok && expected.xml);
    const back = readEInvoice(text);
    expect(back.ok && back.invoice).toEqual(expected.ok && expected.invoice);
    expect(back.ok && back.profile).toBe('urn:cen.eu:en16931:2017');
  });

  it('is PDF/A-3 with the Factur-X XMP extension schema, output intent and associated files', async () => {
    const { pdf, raw } = await ok(exportFacturX(await pdfInput(), { now: fixedNow }));
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    for (const marker of [
      '<pdfaid:part>3</pdfaid:part>',
      '<pdfaid:conformance>B</pdfaid:conformance>',
      '<fx:DocumentType>INVOICE</fx:DocumentType>',
      '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>',
      '<fx:Version>1.0</fx:Version>',
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
      '/Type /EmbeddedFile',
      '/AFRelationship /Alternative',
      '/S /GTS_PDFA1',
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Invoice RE-2024-0042</rdf:li>',
      '<xmp:ModifyDate>2024-03-20T09:30:00Z</xmp:ModifyDate>',
    ]) {
      expect(raw).toContain(marker);
    }
    expect(pdf.catalog.lookup(PDFName.of('AF'), PDFArray).size()).toBe(1);
    expect(pdf.context.trailerInfo.ID).toBeDefined();
  });

  it('marks the relationship as Data when asked (the French convention)', async () => {
    const { pdf } = await ok(
      exportFacturX(await pdfInput(), { now: fixedNow, afRelationship: 'Data' }),
    );
    expect(embeddedXml(pdf).attachment.afRelationship).toBe('Data');
  });

  it('replaces the e-invoice attachments an original already carries', async () => {
    const original = await samplePdf(undefined, true);
    const { pdf, raw } = await ok(exportFacturX(await pdfInput({ original }), { now: fixedNow }));
    expect(embeddedXml(pdf).text).toContain('RE-2024-0042');
    expect(raw).not.toContain('zugferd-invoice.xml');
  });

  it('builds the PDF from the photo itself for an image original', async () => {
    const photo = binary(
      Uint8Array.from(atob(png1x1), (c) => c.charCodeAt(0)),
      'image/png',
    );
    const document = sampleDocument({ kind: 'png', mimeType: 'image/png', name: 'photo.png' });
    const { pdf } = await ok(
      exportFacturX({ ...input(), document, original: photo }, { now: fixedNow }),
    );
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getWidth()).toBeCloseTo(595.28);
    expect(embeddedXml(pdf).text).toContain('<ram:ID>RE-2024-0042</ram:ID>');
  });

  it('uses the rendered page images for originals pdf-lib cannot read or embed', async () => {
    const page = binary(
      Uint8Array.from(atob(png1x1), (c) => c.charCodeAt(0)),
      'image/png',
    );
    const tiff = sampleDocument({ kind: 'tiff', mimeType: 'image/tiff', name: 'scan.tif' });
    const tiffBytes = binary(Uint8Array.of(0x49, 0x49, 0x2a, 0), 'image/tiff');
    const fromTiff = await ok(
      exportFacturX(
        { ...input(), document: tiff, original: tiffBytes, pageImages: [page, page] },
        { now: fixedNow },
      ),
    );
    expect(fromTiff.pdf.getPageCount()).toBe(2);
    const broken = binary(new TextEncoder().encode('%PDF-1.4 garbage'), 'application/pdf');
    const fromBroken = await ok(
      exportFacturX(await pdfInput({ original: broken, pageImages: [page] }), { now: fixedNow }),
    );
    expect(fromBroken.pdf.getPageCount()).toBe(1);
  });

  it('warns when the original PDF does not embed its fonts', async () => {
    const original = await samplePdf('Rechnung RE-2024-0042');
    const { content } = await ok(exportFacturX(await pdfInput({ original }), { now: fixedNow }));
    expect(content.warnings).toEqual([
      'The original PDF does not embed these fonts, which strict PDF/A checks flag: Helvetica',
    ]);
  });

  it('refuses without a PDF or page images, and refuses invalid invoices before touching the PDF', async () => {
    const none = await exportFacturX(input(), { now: fixedNow });
    expect(none).toEqual({
      ok: false,
      missing: [expect.objectContaining({ ruleId: 'FACTURX-PDF' })],
    });
    const invalid = await exportFacturX(await pdfInput({ invoice: paperInvoice() }), {
      now: fixedNow,
    });
    expect(invalid).toEqual({ ok: false, missing: [expect.objectContaining({ ruleId: 'BR-23' })] });
  });
});
