import type { Db } from '../db/index.js';
import type { SmsSender } from '../sms/index.js';
import type { Keys } from './keys.js';

export interface SecuritySettings {
  /** How long a one-time code stays valid; at most 10 minutes (NIST SP 800-63B). */
  otpTtlMs: number;
  /** A session ends after this long without an authorised operation. */
  sessionIdleMs: number;
  /** …and after this long in any case. */
  sessionAbsoluteMs: number;
  bankName: string;
}

export const defaultSecuritySettings: SecuritySettings = {
  otpTtlMs: 5 * 60_000,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 3_600_000,
  bankName: 'First National Bank',
};

/** What every verifier needs: the database, the keys, a way to text, and a clock. */
export interface SecurityContext {
  db: Db;
  keys: Keys;
  sms: SmsSender;
  now: () => Date;
  settings: SecuritySettings;
}

/** Who is asking, as the channel saw it: stored on the session and in each audit record. */
export interface RequestOrigin {
  ipAddress?: string | null;
}
