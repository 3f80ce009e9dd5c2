import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.js';
import type { App } from '../apps/server/src/app.js';
import { customers, newId, payees, rows } from '../apps/server/src/db/index.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import {
  createSession,
  hashSecretAnswer,
  identifyCaller,
  sendOtp,
  verifyOtp,
  verifySecurityAnswer,
} from '../apps/server/src/security/index.js';
import { fastKdf } from './support/fixtures.js';
import { seededBank } from './support/seeded-bank.js';
import type { TestSecurity } from './support/security.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

// Secrets chosen so that nothing else in the bank could contain them by chance.
const customer = { phone: '+15550109876', dateOfBirth: '1977-07-07', postalCode: '30303' };
const answer = 'Quetzal Lighthouse Seven';
const wrongAnswers = ['Marzipan Orbit Nine', 'Pelican Quartz Forty'];
const staffPassword = 'Periwinkle Saxophone Harbor';
const wrongPassword = 'Tangerine Glacier Monday';
const bootstrap = 'bootstrap-token-for-the-secret-scan-000111';

describeEachStore('no secret at rest', (kind) => {
  let t: TestStore;
  let s: TestSecurity;
  let app: App;
  const logLines: string[] = [];
  const codes = new Set<string>();

  beforeAll(async () => {
    t = await openTestStore(kind);
    s = await seededBank(t.store);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => logLines.push(chunk.toString()));
    app = await buildApp({
      config: {
        mode: 'sandbox',
        http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false },
      },
      store: t.store,
      logger: createLogger({ level: 'trace', format: 'json', destination: stream }),
      security: s.ctx,
      staffToken: bootstrap,
    });
    await t.store.db.insert(customers).values({
      id: newId('customer'),
      customerNumber: 'CUST-19999',
      firstName: 'Scan',
      lastName: 'Subject',
      email: 'scan.subject@example.com',
      phone: customer.phone,
      dateOfBirth: customer.dateOfBirth,
      addressLine1: '1 Peachtree St NE',
      city: 'Atlanta',
      region: 'GA',
      postalCode: customer.postalCode,
      jurisdiction: 'US-GA',
      securityQuestion: 'What is your favourite place?',
      securityAnswerHash: await hashSecretAnswer(answer, s.keys.derive('kba-pepper'), fastKdf),
    });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('after every flow that handles one, finds no code, answer or password in any table or log line', async () => {
    // Customers: codes sent, mistyped and right; answers wrong and right.
    for (let round = 0; round < 2; round++) {
      const id = (
        await createSession(s.ctx, {
          channel: 'voice',
          jurisdiction: 'US-GA',
          ipAddress: '192.0.2.1',
        })
      ).session.id;
      expect(
        await identifyCaller(s.ctx, id, { phone: customer.phone, dateOfBirth: '1977-07-08' }),
      ).toMatchObject({ ok: false });
      expect(await identifyCaller(s.ctx, id, customer)).toMatchObject({ ok: true });
      expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true });
      const first = await s.lastCode(customer.phone);
      codes.add(first);
      expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true }); // a resend
      const code = await s.lastCode(customer.phone);
      codes.add(code);
      const typo = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      codes.add(typo);
      expect(await verifyOtp(s.ctx, id, typo)).toMatchObject({ code: 'OTP_INVALID' });
      expect(await verifyOtp(s.ctx, id, code)).toEqual({ ok: true, level: 2 });
      expect(await verifySecurityAnswer(s.ctx, id, wrongAnswers[round]!)).toMatchObject({
        code: 'SECURITY_ANSWER_INVALID',
      });
      expect(await verifySecurityAnswer(s.ctx, id, answer.toUpperCase())).toEqual({
        ok: true,
        level: 3,
      });
      s.clock.advance(16 * 60_000);
    }

    // Staff: an account created, a wrong and a right login, over HTTP with request logging on.
    const auth = { authorization: `Bearer ${bootstrap}` };
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/users',
      headers: auth,
      payload: {
        username: 'scan.agent',
        displayName: 'Scan Agent',
        role: 'agent',
        password: staffPassword,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/staff/login',
          payload: { username: 'scan.agent', password: wrongPassword },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/staff/login',
          payload: { username: 'scan.agent', password: staffPassword },
        })
      ).statusCode,
    ).toBe(200);
    // The sandbox inbox hands codes out, but its responses are never logged.
    const inbox = await app.inject({
      url: `/api/v1/sandbox/sms?to=${encodeURIComponent(customer.phone)}`,
    });
    expect(inbox.body).toContain([...codes][0]);

    const phrases = [answer, ...wrongAnswers, staffPassword, wrongPassword, bootstrap];
    const searchable = [
      ...phrases,
      ...phrases.map((p) => p.toLowerCase().replace(/\s+/g, ' ')),
      ...phrases.map((p) => p.replace(/\s+/g, '')),
    ];
    const leaks = (text: string, where: string) => {
      const found: string[] = [];
      for (const code of codes)
        if (new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text)) found.push(`code ${code} in ${where}`);
      const lower = text.toLowerCase();
      for (const phrase of searchable)
        if (lower.includes(phrase.toLowerCase())) found.push(`"${phrase}" in ${where}`);
      return found;
    };

    // Every text-like column of every table.
    const scanDatabase = async () => {
      const columns = await rows<{ table_name: string; column_name: string }>(
        t.store.db,
        sql`SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY', 'USER-DEFINED')
             ORDER BY 1, 2`,
      );
      expect(columns.length).toBeGreaterThan(100);
      const found: string[] = [];
      for (const { table_name, column_name } of columns) {
        const values = await rows<{ v: string | null }>(
          t.store.db,
          sql`SELECT ${sql.identifier(column_name)}::text AS v FROM ${sql.identifier(table_name)}`,
        );
        found.push(
          ...leaks(values.map((v) => v.v ?? '').join('\n'), `${table_name}.${column_name}`),
        );
      }
      return found;
    };
    const logged = logLines.join('');
    expect(logged.length).toBeGreaterThan(1_000);
    expect([...(await scanDatabase()), ...leaks(logged, 'the log')]).toEqual([]);

    // The control: the same scan does find a secret planted in a table.
    const [scanCustomer] = await rows<{ id: string }>(
      t.store.db,
      sql`SELECT id FROM customers WHERE customer_number = 'CUST-19999'`,
    );
    await t.store.db.insert(payees).values({
      id: newId('payee'),
      customerId: scanCustomer!.id,
      name: `Memo ${[...codes][1]} ${answer}`,
      category: 'other',
    });
    expect(await scanDatabase()).toEqual([
      `code ${[...codes][1]} in payees.name`,
      `"${answer}" in payees.name`,
      `"${answer.toLowerCase()}" in payees.name`,
    ]);
  });
});
