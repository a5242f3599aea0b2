// A tiny XML writer for the e-invoice serialisers: elements without content disappear (Peppol and
// KoSIT reject empty elements), text and attributes are escaped, characters XML 1.0 forbids dropped.

export interface XmlNode {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlNode[];
  readonly text?: string;
}

/** Anything a builder may pass as children: absent parts are skipped, arrays flattened. */
export type XmlChild = XmlNode | undefined | null | false | '' | readonly XmlChild[];

type Attributes = Readonly<Record<string, string | undefined>>;

function flatten(children: readonly XmlChild[]): XmlNode[] {
  return children.flatMap((child): XmlNode[] => {
    if (!child) return [];
    if (Array.isArray(child)) return flatten(child as readonly XmlChild[]);
    return [child as XmlNode];
  });
}

function attributeList(attributes: Attributes): [string, string][] {
  return Object.entries(attributes).filter((e): e is [string, string] => e[1] !== undefined);
}

/** An element with child elements; undefined when it has none. */
export function el(name: string, ...children: XmlChild[]): XmlNode | undefined {
  return elWith(name, {}, ...children);
}

export function elWith(
  name: string,
  attributes: Attributes,
  ...children: XmlChild[]
): XmlNode | undefined {
  const kids = flatten(children);
  return kids.length === 0
    ? undefined
    : { name, attributes: attributeList(attributes), children: kids };
}

/** An element the schema requires even when it has nothing in it (e.g. CII's header delivery). */
export function elRequired(name: string, ...children: XmlChild[]): XmlNode {
  return { name, attributes: [], children: flatten(children) };
}

/** An element holding text; undefined when the text is absent or blank. */
export function leaf(
  name: string,
  text: string | undefined,
  attributes: Attributes = {},
): XmlNode | undefined {
  const clean = text === undefined ? '' : cleanText(text);
  if (clean.trim() === '') return undefined;
  return { name, attributes: attributeList(attributes), children: [], text: clean };
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogate halves and U+FFFE/U+FFFF.
const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function cleanText(text: string): string {
  return text.replace(forbidden, '');
}

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  return escapeText(cleanText(text))
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attrs = node.attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  if (node.text !== undefined) {
    out.push(`${indent}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`);
    return;
  }
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const child of node.children) write(child, depth + 1, out);
  out.push(`${indent}</${node.name}>`);
}

/** The document as UTF-8 text with declaration, two-space indentation and a final newline. */
export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return out.join('\n') + '\n';
}
