// ZUGFeRD 1.0 (urn:ferd:CrossIndustryDocument:invoice:1p0) and its 2014 release candidate → model.
// Structurally CII with older element names, so the CII reader runs with the ZUGFeRD 1.0 dialect.
import { zugferd1, zugferdRc, zugferdRcRootNs } from './cii-dialect.ts';
import type { SyntaxReadResult } from './einvoice-read.ts';
import { readCiiDialect } from './read-cii.ts';
import type { ReadContext } from './read-context.ts';
import type { XmlElement } from './xml-element.ts';

export function readZugferd1(root: XmlElement, ctx: ReadContext): SyntaxReadResult {
  return readCiiDialect(root.ns === zugferdRcRootNs ? zugferdRc : zugferd1, root, ctx);
}
