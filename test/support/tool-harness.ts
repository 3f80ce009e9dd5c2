import { randomUUID } from 'node:crypto';
import { defaultBankProfile } from '../../apps/server/src/config/index.js';
import type { Store } from '../../apps/server/src/db/index.js';
import { createBankCalendar } from '../../apps/server/src/domain/regulation/index.js';
import { createSandboxProcessor, createVaultKeyring } from '../../apps/server/src/pci/index.js';
import type { Channel } from '../../apps/server/src/security/index.js';
import {
  createSession,
  identifyCaller,
  sendOtp,
  verifyOtp,
  verifySecurityAnswer,
} from '../../apps/server/src/security/index.js';
import { createRegistry, invokeTool, toolCatalog } from '../../apps/server/src/tools/index.js';
import type { ToolOutcome, ToolServices } from '../../apps/server/src/tools/index.js';
import { testTimeZone } from './fixtures.js';
import { seededBank } from './seeded-bank.js';
import type { TestSecurity } from './security.js';

export interface Caller {
  phone: string;
  dateOfBirth: string;
  answer: string;
}

export interface ToolHarness {
  security: TestSecurity;
  services: ToolServices;
  /** A conversation at the given level, for the given customer (a web chat unless named). */
  session(caller: Caller, level: 0 | 1 | 2 | 3, channel?: Channel): Promise<string>;
  call(
    sessionId: string,
    name: string,
    input: unknown,
    options?: { key?: string; confirmed?: boolean },
  ): Promise<ToolOutcome>;
  /** A money movement as the conversation engine will make it: confirmed, with a fresh key. */
  move(sessionId: string, name: string, input: unknown): Promise<ToolOutcome>;
}

export const registry = createRegistry(toolCatalog);

/** The seeded demo bank with the tool catalog in front of it. */
export async function toolHarness(
  store: Store,
  options: { callsPerMinute?: number } = {},
): Promise<ToolHarness> {
  const security = await seededBank(store);
  const keyring = createVaultKeyring(security.keys);
  const services: ToolServices = {
    db: store.db,
    security: security.ctx,
    bank: defaultBankProfile,
    timeZone: testTimeZone,
    calendar: createBankCalendar(),
    // The tests make hundreds of calls in one frozen minute; the limit itself is tested on its own.
    callsPerMinute: options.callsPerMinute ?? 10_000,
    payments: {
      keyring,
      processor: createSandboxProcessor({
        db: store.db,
        keyring,
        signingKey: security.keys.derive('sandbox-processor'),
      }),
      publicUrl: 'http://bankdesk.test',
    },
  };
  const call: ToolHarness['call'] = (sessionId, name, input, options = {}) =>
    invokeTool(services, registry, {
      name,
      input,
      sessionId,
      idempotencyKey: options.key,
      confirmed: options.confirmed,
    });
  return {
    security,
    services,
    async session(caller, level, channel = 'chat') {
      const id = (await createSession(security.ctx, { channel, jurisdiction: 'US-CO' })).session.id;
      if (level >= 1)
        await identifyCaller(security.ctx, id, {
          phone: caller.phone,
          dateOfBirth: caller.dateOfBirth,
        });
      if (level >= 2) {
        // Each conversation's code goes out under the send limit: move the clock on between them.
        security.clock.advance(6 * 60_000);
        await sendOtp(security.ctx, id);
        const verified = await verifyOtp(security.ctx, id, await security.lastCode(caller.phone));
        if (!verified.ok) throw new Error(`could not reach level 2: ${JSON.stringify(verified)}`);
      }
      if (level >= 3) {
        const answered = await verifySecurityAnswer(security.ctx, id, caller.answer);
        if (!answered.ok) throw new Error('could not reach level 3');
      }
      return id;
    },
    call,
    move: (sessionId, name, input) =>
      call(sessionId, name, input, { key: `key-${randomUUID()}`, confirmed: true }),
  };
}
