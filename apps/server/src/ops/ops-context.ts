import type { Db } from '../db/index.js';
import type { BusinessCalendar } from '../domain/regulation/index.js';
import type { StaffRole } from '../security/index.js';

/** What the ops queries run on: the store, the bank's clock, time zone and business days. */
export interface OpsContext {
  db: Db;
  now: () => Date;
  /** The bank's IANA zone: what "today" means for the metrics. */
  timeZone: string;
  /** Dispute deadlines count the bank's business days. */
  calendar: BusinessCalendar;
}

/** The staff member asking; every read of customer data is audited under `actor`. */
export interface StaffReader {
  id: string;
  role: StaffRole;
  /** 'staff:<id>', as the audit names people. */
  actor: string;
  ipAddress?: string | null;
}

export const iso = (at: Date): string => at.toISOString();
export const isoOrNull = (at: Date | null | undefined): string | null =>
  at ? at.toISOString() : null;
