import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSecretAnswer, normalizeAnswer, verifySecretAnswer } from './answer-hash.js';

const cheap = { log2N: 10, r: 8, p: 1 };
const pepper = randomBytes(32);

describe('security answers', () => {
  it('normalise case, width, spacing and punctuation', () => {
    expect(normalizeAnswer('  Johnson ')).toBe('johnson');
    expect(normalizeAnswer('JOHNSON.')).toBe('johnson');
    expect(normalizeAnswer("O'Brien-Smith")).toBe('obriensmith');
    expect(normalizeAnswer('El   Paso')).toBe('el paso');
    expect(normalizeAnswer('ＪＯＨＮＳＯＮ')).toBe('johnson'); // full-width letters (NFKC)
  });

  it('verify the right answer in any normal form and refuse a wrong one', async () => {
    const stored = await hashSecretAnswer('Johnson', pepper, cheap);
    expect(await verifySecretAnswer('johnson', stored, pepper)).toBe(true);
    expect(await verifySecretAnswer(' JOHNSON! ', stored, pepper)).toBe(true);
    expect(await verifySecretAnswer('Jonson', stored, pepper)).toBe(false);
    expect(await verifySecretAnswer('Johnson', stored, randomBytes(32))).toBe(false);
  });

  it('store a salted, peppered scrypt hash — not SHA-256 of the answer, not the answer', async () => {
    const a = await hashSecretAnswer('Johnson', pepper, cheap);
    const b = await hashSecretAnswer('Johnson', pepper, cheap);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    for (const form of ['Johnson', 'johnson']) {
      const sha = createHash('sha256').update(form).digest();
      expect(a).not.toContain(sha.toString('hex'));
      expect(a).not.toContain(sha.toString('base64'));
      expect(a.toLowerCase()).not.toContain(form.toLowerCase());
    }
  });

  it('refuse malformed or tampered stored values', async () => {
    const stored = await hashSecretAnswer('Johnson', pepper, cheap);
    const parts = stored.split('$');
    parts[5] = Buffer.alloc(32).toString('base64');
    expect(await verifySecretAnswer('Johnson', parts.join('$'), pepper)).toBe(false);
    expect(await verifySecretAnswer('Johnson', 'sha256$abc', pepper)).toBe(false);
    expect(await verifySecretAnswer('Johnson', 'scrypt$40$8$1$a$b', pepper)).toBe(false);
  });
});
