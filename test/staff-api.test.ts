import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.js';
import type { App } from '../apps/server/src/app.js';
import { auditLog, staffUsers } from '../apps/server/src/db/index.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import {
  createSession,
  identifyCaller,
  sendOtp,
  verifyAuditChain,
} from '../apps/server/src/security/index.js';
import { alex, seededBank } from './support/seeded-bank.js';
import type { TestSecurity } from './support/security.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const bootstrap = 'bootstrap-token-for-tests-0123456789abcdef';
const http = { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false };

describeEachStore('the staff API', (kind) => {
  let t: TestStore;
  let s: TestSecurity;
  let app: App;
  beforeAll(async () => {
    t = await openTestStore(kind);
    s = await seededBank(t.store);
    app = await buildApp({
      config: { mode: 'sandbox', http },
      store: t.store,
      logger: createLogger({ level: 'silent', format: 'json' }),
      security: s.ctx,
      staffToken: bootstrap,
      staffLoginsPerMinute: 1_000,
    });
  });
  afterAll(async () => {
    await app.close();
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    await t.close();
  });

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const createUser = (token: string, body: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/v1/staff/users', headers: auth(token), payload: body });
  const login = (username: string, password: string, ip = '192.0.2.10') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('lets the bootstrap token create accounts, with passwords hashed like security answers', async () => {
    const created = await createUser(bootstrap, {
      username: 'dana.supervisor',
      displayName: 'Dana Supervisor',
      role: 'supervisor',
      password: 'correct horse battery staple',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'dana.supervisor', role: 'supervisor' });
    const [row] = await t.store.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.username, 'dana.supervisor'));
    expect(row!.passwordHash).toMatch(/^scrypt\$/);
    expect(row!.passwordHash).not.toContain(
      createHash('sha256').update('correct horse battery staple').digest('hex'),
    );
    expect(
      (
        await createUser(bootstrap, {
          username: 'dana.supervisor',
          displayName: 'Again',
          role: 'agent',
          password: 'another long password',
        })
      ).json(),
    ).toEqual({
      error: { code: 'CONFLICT', message: 'the username dana.supervisor is taken' },
    });
  });

  it('refuses weak passwords and bad usernames with INVALID_INPUT', async () => {
    for (const [username, password] of [
      ['sam.agent', 'short'],
      ['sam.agent', 'sam.agent-password'],
      ['sam.agent', 'aaaaaaaaaaaaaaaa'],
      ['Sam Agent!', 'a perfectly fine password'],
    ] as const) {
      const response = await createUser(bootstrap, {
        username,
        displayName: 'Sam',
        role: 'agent',
        password,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('INVALID_INPUT');
    }
  });

  it('logs staff in, says who they are, and logs them out', async () => {
    await createUser(bootstrap, {
      username: 'sam.agent',
      displayName: 'Sam Agent',
      role: 'agent',
      password: 'sam has a long password',
    });
    const response = await login('Sam.Agent', 'sam has a long password');
    expect(response.statusCode).toBe(200);
    const { token, staff } = response.json();
    expect(token).toMatch(/^bdstaff_/);
    expect(staff).toMatchObject({ username: 'sam.agent', role: 'agent' });
    const me = await app.inject({ url: '/api/v1/staff/me', headers: auth(token) });
    expect(me.json()).toEqual({ id: staff.id, role: 'agent', via: 'session' });
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/staff/logout', headers: auth(token) }))
        .statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ url: '/api/v1/staff/me', headers: auth(token) })).json().error.code,
    ).toBe('UNAUTHORIZED');
  });

  it('enforces roles: an agent cannot manage staff; no token is UNAUTHORIZED', async () => {
    const { token } = (await login('sam.agent', 'sam has a long password')).json();
    const refused = await createUser(token, {
      username: 'x.y',
      displayName: 'X',
      role: 'supervisor',
      password: 'a long enough password',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect((await app.inject({ url: '/api/v1/staff/me' })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/v1/staff/me', headers: auth('bdstaff_' + 'A'.repeat(43)) }))
        .statusCode,
    ).toBe(401);
  });

  it('answers unknown users like wrong passwords, and locks an account after 5 failures', async () => {
    const unknown = await login('nobody.here', 'whatever password');
    const wrong = await login('dana.supervisor', 'not the password');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    for (let i = 0; i < 3; i++)
      expect((await login('dana.supervisor', 'still not it')).statusCode).toBe(401);
    expect((await login('dana.supervisor', 'fifth wrong one')).statusCode).toBe(401);
    const locked = await login('dana.supervisor', 'correct horse battery staple');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('LOGIN_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    s.clock.advance(15 * 60_000 + 1);
    expect((await login('dana.supervisor', 'correct horse battery staple')).statusCode).toBe(200);
    const attempts = await t.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'STAFF_LOGIN'));
    expect(attempts.filter((a) => a.result === 'failure').length).toBeGreaterThanOrEqual(6);
  });

  it('shows the sandbox phone its texts', async () => {
    const id = (await createSession(s.ctx, { channel: 'chat', jurisdiction: 'US-CO' })).session.id;
    await identifyCaller(s.ctx, id, alex);
    await sendOtp(s.ctx, id);
    const inbox = await app.inject({ url: '/api/v1/sandbox/sms?to=%2B1%20555%20234%205678' });
    expect(inbox.statusCode).toBe(200);
    const { messages } = inbox.json();
    expect(messages[0]).toMatchObject({ to: '+15552345678', purpose: 'otp' });
    expect(messages[0].body).toContain(await s.lastCode(alex.phone));
    expect((await app.inject({ url: '/api/v1/sandbox/sms?to=nonsense' })).json().error.code).toBe(
      'INVALID_INPUT',
    );
  });
});

describeEachStore('staff logins per address', (kind) => {
  it('are rate-limited with RATE_LIMITED', async () => {
    const t = await openTestStore(kind);
    const s = await seededBank(t.store);
    const app = await buildApp({
      config: { mode: 'production', http },
      store: t.store,
      logger: createLogger({ level: 'silent', format: 'json' }),
      security: s.ctx,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/staff/login',
          payload: { username: 'someone', password: 'guess number ' + i },
          remoteAddress: '198.51.100.23',
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().error.code).toBe('RATE_LIMITED');
      }
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      // Another address is not affected.
      const other = await app.inject({
        method: 'POST',
        url: '/api/v1/staff/login',
        payload: { username: 'someone', password: 'x' },
        remoteAddress: '198.51.100.24',
      });
      expect(other.statusCode).toBe(401);
      // Outside sandbox mode, the sandbox phone does not exist.
      expect(
        (await app.inject({ url: '/api/v1/sandbox/sms?to=%2B15552345678' })).json().error.code,
      ).toBe('ROUTE_NOT_FOUND');
    } finally {
      await app.close();
      await t.close();
    }
  });
});
