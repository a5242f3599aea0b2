// Layout families render without a browser, label the fields they print, and truth follows labels.
import { describe, expect, it } from 'vitest';
import { compose } from '../../../models/generator/compose.ts';
import { FAMILIES } from '../../../models/generator/layouts/registry.ts';
import { visibleTruth } from '../../../models/generator/truth.ts';
import type { PageWords } from '../../../models/generator/types.ts';

const fields = (html: string): Set<string> =>
  new Set([...html.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1] ?? ''));

describe('layout families', () => {
  it('there are at least 25 families with distinct names', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FAMILIES.map((f) => f.name)).size).toBe(FAMILIES.length);
  });

  it.each(FAMILIES.map((f) => f.name))('%s labels the core fields it prints', (name) => {
    for (let i = 0; i < 8; i++) {
      const c = compose(11, i, 0, name);
      const f = fields(c.html);
      for (const core of [
        'sellerName',
        'issueDate',
        'grossTotal',
        'line.description',
        'line.lineTotal',
      ])
        expect(f, `${name} #${i} ${core}`).toContain(core);
      expect(c.html).toMatch(/^<!doctype html>/);
      expect(c.html).not.toContain('undefined');
      expect(c.html).not.toContain('NaN');
    }
  });

  it('line-item fields carry their line index', () => {
    const c = compose(5, 2, 0, 'classic-right-meta');
    const tagged = [...c.html.matchAll(/data-field="line\.[a-zA-Z]+" data-line="(\d+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(new Set(tagged)).toEqual(new Set(c.invoice.lines.map((l) => l.index)));
  });

  it('randomises within a family: several seeds give different structures', () => {
    const skeletons = new Set(
      Array.from({ length: 10 }, (_, i) =>
        compose(21, i, 0, 'classic-right-meta').html.replace(/>[^<]*</g, '><'),
      ),
    );
    expect(skeletons.size).toBeGreaterThan(5);
  });
});

describe('truth', () => {
  it('keeps only fields that have a labelled word on the page', () => {
    const c = compose(4, 0, 0, 'minimal');
    const page: PageWords = {
      width: 794,
      height: 1123,
      words: [
        { text: c.invoice.number, box: [0, 0, 10, 10], label: 'invoiceNumber', line: -1 },
        { text: 'x', box: [0, 0, 10, 10], label: 'line.lineTotal', line: 0 },
      ],
    };
    const t = visibleTruth(c.invoice, [page]);
    expect(t.invoiceNumber).toBe(c.invoice.number);
    expect(t.grossTotal).toBeNull();
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]?.description).toBeNull();
    expect(t.fieldsCovered).toEqual(['invoiceNumber', 'lines']);
  });

  it('amounts are decimal strings with a dot and dates are ISO', () => {
    for (let i = 0; i < 40; i++) {
      const c = compose(9, i);
      const words = [...c.html.matchAll(/data-field="([^"]+)"(?: data-line="(\d+)")?/g)].map(
        (m) => ({
          text: 'x',
          box: [0, 0, 1, 1] as [number, number, number, number],
          label: m[1] ?? 'O',
          line: m[2] ? Number(m[2]) : -1,
        }),
      );
      const t = visibleTruth(c.invoice, [{ width: 1, height: 1, words }]);
      for (const v of [t.netTotal, t.taxTotal, t.grossTotal, ...t.lines.map((l) => l.lineTotal)])
        if (v !== null) expect(v).toMatch(/^-?\d+\.\d{2}$/);
      for (const v of [t.issueDate, t.dueDate])
        if (v !== null) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
