import { describe, expect, it } from 'vitest';
import { isId, newId, seededIdFactory } from './ids.js';

describe('ids', () => {
  it('are prefixed and 24 base-62 characters, as seed 004 requires for dp_ and ch_', () => {
    expect(newId('dispute')).toMatch(/^dp_[a-zA-Z0-9]{24}$/);
    expect(newId('transaction')).toMatch(/^ch_[a-zA-Z0-9]{24}$/);
    expect(isId('dispute', newId('dispute'))).toBe(true);
    expect(isId('dispute', newId('transaction'))).toBe(false);
  });

  it('do not repeat and use the whole alphabet (unguessable)', () => {
    const ids = Array.from({ length: 20_000 }, () => newId('transaction').slice(3));
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set(ids.join(''));
    expect(seen.size).toBe(62);
  });

  it('seeded factories repeat for the same stream only', () => {
    const stream = (seed: number) => {
      let x = seed;
      return () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    };
    const a = seededIdFactory(stream(7));
    const b = seededIdFactory(stream(7));
    const c = seededIdFactory(stream(8));
    expect(a('customer')).toBe(b('customer'));
    expect(a('customer')).not.toBe(c('customer'));
  });
});
