import { randomBytes } from 'node:crypto';
import type { Store } from '../../apps/server/src/db/index.js';
import { createKeys, defaultSecuritySettings } from '../../apps/server/src/security/index.js';
import type {
  Keys,
  SecurityContext,
  SecuritySettings,
} from '../../apps/server/src/security/index.js';
import { SandboxSmsSender, readSandboxOutbox } from '../../apps/server/src/sms/index.js';
import type { SmsSender } from '../../apps/server/src/sms/index.js';

/** A clock tests can move forward, for expiry and rate windows. */
export class TestClock {
  private current: number;
  constructor(start = Date.now()) {
    this.current = start;
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
  set(at: Date): void {
    this.current = at.getTime();
  }
}

export interface TestSecurity {
  ctx: SecurityContext;
  clock: TestClock;
  keys: Keys;
  /** The newest text sent to a number, opened. */
  lastSms(to: string): Promise<string | undefined>;
  /** The code in the newest text to a number. */
  lastCode(to: string): Promise<string>;
}

export function testSecurity(
  store: Store,
  options: { sms?: SmsSender; settings?: Partial<SecuritySettings>; secret?: Buffer } = {},
): TestSecurity {
  const keys = createKeys(options.secret ?? randomBytes(32));
  const clock = new TestClock();
  const sms = options.sms ?? new SandboxSmsSender(store.db, keys.derive('sandbox-outbox'));
  const ctx: SecurityContext = {
    db: store.db,
    keys,
    sms,
    now: clock.now,
    settings: { ...defaultSecuritySettings, ...options.settings },
  };
  const lastSms = async (to: string) =>
    (await readSandboxOutbox(store.db, keys.derive('sandbox-outbox'), to, 1))[0]?.body;
  return {
    ctx,
    clock,
    keys,
    lastSms,
    async lastCode(to) {
      const body = await lastSms(to);
      const code = body?.match(/\b(\d{6})\b/)?.[1];
      if (!code) throw new Error(`no code texted to ${to}`);
      return code;
    },
  };
}
