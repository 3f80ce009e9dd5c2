import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintPan, openPan, sealFormat, sealPan } from './pan-seal.js';

const key = randomBytes(32);
const token = 'tok_4fGh7Kq2LmN8pR1sT5vW9xYz';
const pan = '4242424242424242';

describe('sealing a card number', () => {
  it('opens under the same key and token only', () => {
    const sealed = sealPan(key, token, pan);
    expect(sealed.startsWith(`${sealFormat}.`)).toBe(true);
    expect(openPan(key, token, sealed)).toBe(pan);
    expect(() => openPan(randomBytes(32), token, sealed)).toThrow();
    expect(() => openPan(key, 'tok_4fGh7Kq2LmN8pR1sT5vW9xYa', sealed)).toThrow();
  });

  it('gives a different value every time and no digits of the number', () => {
    const a = sealPan(key, token, pan);
    const b = sealPan(key, token, pan);
    expect(a).not.toBe(b);
    expect(a).not.toMatch(/\d{6}/);
  });

  it('refuses a changed value or an unknown format', () => {
    const sealed = sealPan(key, token, pan);
    const body = Buffer.from(sealed.slice(sealFormat.length + 1), 'base64url');
    body[14] = body[14]! ^ 1;
    expect(() => openPan(key, token, `${sealFormat}.${body.toString('base64url')}`)).toThrow();
    expect(() => openPan(key, token, `v0.${sealed.split('.')[1]}`)).toThrow(/format/);
    expect(() => openPan(key, token, `${sealFormat}.AAAA`)).toThrow(/short/);
  });
});

describe('the card fingerprint', () => {
  it('is the same for the same card and key, different under another key or card', () => {
    const other = randomBytes(32);
    expect(fingerprintPan(key, pan)).toBe(fingerprintPan(key, pan));
    expect(fingerprintPan(key, pan)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintPan(other, pan)).not.toBe(fingerprintPan(key, pan));
    expect(fingerprintPan(key, '5555555555554444')).not.toBe(fingerprintPan(key, pan));
  });
});
