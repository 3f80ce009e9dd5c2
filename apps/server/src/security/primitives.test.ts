import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneLast4 } from './phone.js';
import { open, seal } from './sealed-box.js';
import { hashToken, isWellFormedToken, newToken } from './tokens.js';

describe('sealed box', () => {
  it('round-trips and hides the plaintext', () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'your code is 482913');
    expect(sealed).not.toContain('482913');
    expect(open(key, sealed)).toBe('your code is 482913');
    expect(seal(key, 'same')).not.toBe(seal(key, 'same'));
  });

  it('refuses another key and any change', () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'secret');
    expect(() => open(randomBytes(32), sealed)).toThrow();
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => open(key, flipped)).toThrow();
    expect(() => open(key, 'v2.' + sealed.slice(3))).toThrow(/version/);
  });
});

describe('tokens', () => {
  it('carry 256 random bits behind a recognisable prefix', () => {
    const token = newToken('session');
    expect(token).toMatch(/^bdsess_[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedToken('session', token)).toBe(true);
    expect(isWellFormedToken('staff', token)).toBe(false);
    expect(newToken('session')).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(7, 20));
  });
});

describe('phone numbers', () => {
  it('normalise the ways people write them', () => {
    for (const input of [
      '+1-555-234-5678',
      '(555) 234-5678',
      '555 234 5678',
      '5552345678',
      '+1 555 234 5678',
    ]) {
      expect(normalizePhone(input)).toBe('+15552345678');
    }
    expect(normalizePhone('not a number')).toBeNull();
    expect(normalizePhone('12')).toBeNull();
    expect(phoneLast4('+15552345678')).toBe('5678');
  });
});
