// A small, namespace-resolved element tree and path lookups over it. Readers name elements with
// their own prefix table (prefix → namespace URI), so the prefixes a file happens to use never matter.

export interface XmlAttribute {
  /** Namespace URI; '' for unprefixed attributes. */
  readonly ns: string;
  readonly local: string;
  readonly value: string;
}

export interface XmlElement {
  /** Namespace URI; '' when the element is in no namespace. */
  readonly ns: string;
  readonly local: string;
  /** The name as written in the file, e.g. "ram:ID". */
  readonly qname: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Direct text content (entities decoded, CDATA included), not trimmed. */
  readonly text: string;
}

/** Prefix → namespace URI, owned by the reader; '' stands for "no namespace". */
export type NamespaceTable = Readonly<Record<string, string>>;

export interface XmlQuery {
  /** First element at the path, e.g. "cac:Party/cbc:Name". */
  one(from: XmlElement | undefined, path: string): XmlElement | undefined;
  /** Every element at the path (all branches, in document order). */
  all(from: XmlElement | undefined, path: string): XmlElement[];
  /** Trimmed text of the first element at the path; undefined when absent or blank. */
  text(from: XmlElement | undefined, path: string): string | undefined;
  /** Trimmed, non-blank texts of every element at the path. */
  texts(from: XmlElement | undefined, path: string): string[];
}

interface Step {
  readonly ns: string;
  readonly local: string;
}

export function xmlQuery(namespaces: NamespaceTable): XmlQuery {
  const compiled = new Map<string, readonly Step[]>();
  const steps = (path: string): readonly Step[] => {
    let found = compiled.get(path);
    if (!found) {
      found = path.split('/').map((step) => toStep(step, namespaces));
      compiled.set(path, found);
    }
    return found;
  };
  const all = (from: XmlElement | undefined, path: string): XmlElement[] => {
    let current: XmlElement[] = from ? [from] : [];
    for (const step of steps(path)) {
      current = current.flatMap((el) => el.children.filter((c) => matches(c, step)));
    }
    return current;
  };
  const one = (from: XmlElement | undefined, path: string): XmlElement | undefined => {
    let current = from;
    for (const step of steps(path)) {
      current = current?.children.find((c) => matches(c, step));
      if (!current) return undefined;
    }
    return current;
  };
  return {
    one,
    all,
    text: (from, path) => textOf(one(from, path)),
    texts: (from, path) =>
      all(from, path)
        .map(textOf)
        .filter((t): t is string => t !== undefined),
  };
}

function toStep(step: string, namespaces: NamespaceTable): Step {
  const colon = step.indexOf(':');
  const prefix = colon < 0 ? '' : step.slice(0, colon);
  const ns = namespaces[prefix];
  if (ns === undefined) throw new Error(`Unknown prefix "${prefix}" in the reader path "${step}"`);
  return { ns, local: colon < 0 ? step : step.slice(colon + 1) };
}

function matches(el: XmlElement, step: Step): boolean {
  return el.local === step.local && el.ns === step.ns;
}

/** Trimmed text, undefined when the element is absent or its text is blank. */
export function textOf(el: XmlElement | undefined): string | undefined {
  const text = el?.text.trim();
  return text ? text : undefined;
}

/** Value of an attribute in no namespace (schemeID, currencyID, unitCode, format …), trimmed. */
export function attributeOf(el: XmlElement | undefined, local: string): string | undefined {
  const value = el?.attributes.find((a) => a.local === local && a.ns === '')?.value.trim();
  return value ? value : undefined;
}
