import { randomBytes } from 'node:crypto';
import type { KdfParams } from '../../apps/server/src/security/index.js';

/**
 * Tests hash demo answers with a cheap scrypt cost so a suite that seeds many times stays fast;
 * production cost is exercised by the security tests and the startup benchmark.
 */
export const fastKdf: KdfParams = { log2N: 10, r: 8, p: 1 };

export const testPepper = randomBytes(32);

export const testTimeZone = 'America/New_York';
