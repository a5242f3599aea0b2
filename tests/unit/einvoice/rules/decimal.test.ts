import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  formatDec,
  isDecimalText,
  mul,
  parseDecimal,
  round,
  shift,
  sub,
  sum,
  type Dec,
} from '../../../../src/domain/rules/decimal.ts';

const d = (text: string): Dec => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return value;
};

describe('decimal', () => {
  it('accepts the decimal forms of XML and rejects everything else', () => {
    for (const ok of ['12', '-3.50', '+0.5', '.5', '5.', '0000.10'])
      expect(isDecimalText(ok)).toBe(true);
    for (const bad of ['', '.', '1,50', '1e3', '1 000', 'abc', '--1'])
      expect(isDecimalText(bad)).toBe(false);
    expect(parseDecimal(' 1.50 ')).toEqual({ units: 150n, scale: 2 });
  });

  it('adds and subtracts exactly across scales', () => {
    expect(formatDec(sum(Array.from({ length: 10 }, () => d('0.1'))))).toBe('1.0');
    expect(formatDec(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatDec(sub(d('1'), d('1.005')))).toBe('-0.005');
    expect(compare(d('1.50'), d('1.5'))).toBe(0);
    expect(compare(d('-2'), d('1'))).toBe(-1);
  });

  it('rounds half away from zero, like "half up" on amounts', () => {
    expect(formatDec(round(d('2.345'), 2))).toBe('2.35');
    expect(formatDec(round(d('-2.345'), 2))).toBe('-2.35');
    expect(formatDec(round(d('2.344'), 2))).toBe('2.34');
    expect(formatDec(round(mul(d('69180.00'), shift(d('27.00'), 2)), 2))).toBe('18678.60');
  });

  it('formats with a minimum number of decimals', () => {
    expect(formatDec(d('5'), 2)).toBe('5.00');
    expect(formatDec(d('-0.5'), 2)).toBe('-0.50');
    expect(formatDec(d('1234.5678'), 2)).toBe('1234.5678');
  });
});
