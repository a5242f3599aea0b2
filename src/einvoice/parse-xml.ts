// Safe XML parsing for e-invoices. Policy: no DTDs at all (so no entity expansion and no external
// entities), a size limit and an element depth limit; nothing is ever fetched or resolved. The result
// is a namespace-resolved element tree so readers look elements up by namespace URI + local name.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlBytes } from './xml-bytes.ts';
import type { XmlAttribute, XmlElement } from './xml-element.ts';
import { XmlParseError } from './xml-error.ts';

export { XmlParseError } from './xml-error.ts';

export interface XmlLimits {
  /** Largest accepted input in bytes (UTF-16 code units for strings). */
  readonly maxBytes: number;
  /** Deepest accepted element nesting. */
  readonly maxDepth: number;
}

export const defaultXmlLimits: XmlLimits = { maxBytes: 20 * 1024 * 1024, maxDepth: 64 };

export interface XmlDocument {
  readonly root: XmlElement;
  /** True when bytes declared as UTF-8 were not valid UTF-8 and were read as Windows-1252. */
  readonly encodingRepaired: boolean;
}

type OrderedNode = Record<string, unknown>;

const parserOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities stay as written and are decoded here, so no DTD-defined entity can ever expand.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

export function parseXml(
  input: string | Uint8Array,
  limits: XmlLimits = defaultXmlLimits,
): XmlDocument {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes) {
    const mb = (limits.maxBytes / 1024 / 1024).toFixed(0);
    throw new XmlParseError('too-large', `it is larger than ${mb} MB`);
  }
  const decoded =
    typeof input === 'string' ? { text: input, repaired: false } : decodeXmlBytes(input);
  const text = decoded.text.replace(/^\uFEFF/, '');
  rejectDtd(text);
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    throw new XmlParseError('malformed', verdict.err.msg, verdict.err.line);
  }
  let nodes: OrderedNode[];
  try {
    const parser = new XMLParser({ ...parserOptions, maxNestedTags: limits.maxDepth });
    nodes = parser.parse(text) as OrderedNode[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested/i.test(message)) throw tooDeep(limits);
    throw new XmlParseError('malformed', message);
  }
  const roots = nodes.filter((node) => tagOf(node) !== undefined);
  const [first] = roots;
  if (!first || roots.length > 1) {
    throw new XmlParseError('malformed', 'An XML document must have exactly one root element.');
  }
  const root = toElement(first, new Map([['xml', xmlNamespace]]), 1, limits);
  return { root, encodingRepaired: decoded.repaired };
}

function rejectDtd(text: string): void {
  const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index).split('\n').length;
  throw new XmlParseError(
    'unsafe',
    `it contains a <!${match[1]?.toUpperCase()}> declaration, which e-invoices never use and which ` +
      'can hide entity expansion or references to outside files',
    line,
  );
}

function tooDeep(limits: XmlLimits): XmlParseError {
  return new XmlParseError(
    'too-deep',
    `its elements are nested more than ${limits.maxDepth} levels deep`,
  );
}

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
}

function toElement(
  node: OrderedNode,
  parentScope: ReadonlyMap<string, string>,
  depth: number,
  limits: XmlLimits,
): XmlElement {
  if (depth > limits.maxDepth) throw tooDeep(limits);
  const qname = tagOf(node) ?? '';
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  let scope = parentScope;
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(
        name === 'xmlns' ? '' : name.slice(6),
        decodeEntities(value),
      );
    }
  }
  const attributes: XmlAttribute[] = [];
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const [prefix, local] = splitName(name);
    // Unprefixed attributes are in no namespace, whatever the default namespace is.
    const ns = prefix === '' ? '' : (scope.get(prefix) ?? '');
    attributes.push({ ns, local, value: decodeEntities(value) });
  }
  const [prefix, local] = splitName(qname);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[qname] ?? []) as OrderedNode[]) {
    if (typeof child['#text'] === 'string') text += decodeEntities(child['#text']);
    else if (Array.isArray(child['#cdata'])) text += cdataText(child['#cdata'] as OrderedNode[]);
    else if (tagOf(child) !== undefined) children.push(toElement(child, scope, depth + 1, limits));
  }
  return { ns: scope.get(prefix) ?? '', local, qname, attributes, children, text };
}

function cdataText(parts: readonly OrderedNode[]): string {
  return parts.map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join('');
}

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

const predefinedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the five predefined entities and character references; anything else is an error. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';'))
      throw new XmlParseError('malformed', `A "&" is not escaped: ${whole}`);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!isXmlChar(code)) {
        throw new XmlParseError('malformed', `The character reference ${whole} is not allowed.`);
      }
      return String.fromCodePoint(code);
    }
    const value = predefinedEntities[body];
    if (value === undefined) {
      throw new XmlParseError('malformed', `The entity ${whole} is not defined.`);
    }
    return value;
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
