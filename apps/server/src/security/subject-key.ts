import { createHmac } from 'node:crypto';
import type { Keys } from './keys.js';

/**
 * A keyed hash naming who an attempt was about (a phone number), so the throttles can count
 * guesses against a number without the table holding numbers that belong to nobody.
 */
export function subjectKey(keys: Keys, kind: 'phone', value: string): string {
  return createHmac('sha256', keys.derive('subject-key'))
    .update(`${kind}:${value}`)
    .digest('base64url');
}
