import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeys } from './keys.js';
import { decodeSecret, resolveMasterSecret } from './master-secret.js';

describe('master secret and keys', () => {
  it('generates a sandbox secret once, private to its owner, and reuses it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-secret-'));
    const first = resolveMasterSecret(undefined, dir);
    const second = resolveMasterSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second.equals(first)).toBe(true);
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'secret.key'), 'utf8')).not.toContain(first.toString('hex'));
  });

  it('accepts 32+ bytes as hex or base64 and refuses short or malformed secrets', () => {
    expect(decodeSecret('ab'.repeat(32)).length).toBe(32);
    expect(decodeSecret(Buffer.alloc(48, 7).toString('base64')).length).toBe(48);
    for (const bad of ['ab'.repeat(31), 'short', 'not base64 at all!!', '']) {
      expect(() => decodeSecret(bad)).toThrow(/at least 32 random bytes/);
    }
  });

  it('derives a different key per purpose, stable for the same secret', () => {
    const secret = Buffer.alloc(32, 1);
    const keys = createKeys(secret);
    const again = createKeys(Buffer.from(secret));
    expect(keys.derive('kba-pepper').equals(again.derive('kba-pepper'))).toBe(true);
    expect(keys.derive('kba-pepper').equals(keys.derive('otp-hmac'))).toBe(false);
    expect(
      keys.derive('kba-pepper').equals(createKeys(Buffer.alloc(32, 2)).derive('kba-pepper')),
    ).toBe(false);
  });
});
