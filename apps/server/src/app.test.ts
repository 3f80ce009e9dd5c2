import net from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { z } from 'zod';
import { openTestStore } from '../../../test/support/stores.js';
import type { TestStore } from '../../../test/support/stores.js';
import { testSecurity } from '../../../test/support/security.js';
import { buildApp } from './app.js';
import type { App } from './app.js';
import { openStore } from './db/index.js';
import { AppError } from './errors/index.js';
import { createLogger } from './observability/index.js';

const config = {
  mode: 'sandbox' as const,
  http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 1_024, trustProxy: false },
};

function capturingLogger() {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  return { logger: createLogger({ level: 'info', format: 'json', destination: stream }), lines };
}

/** Routes that exist only in this test, to exercise the error handling end to end. */
async function withTestRoutes(app: App): Promise<App> {
  app.post(
    '/test/echo',
    { schema: { body: z.object({ amountCents: z.number().int().positive() }) } },
    async (request) => ({ received: request.body.amountCents }),
  );
  app.get('/test/refuse', async () => {
    throw new AppError('INSUFFICIENT_FUNDS', 'the account does not have enough available funds');
  });
  app.get('/test/crash', async () => {
    throw new Error('boom: card 4242424242424242 at db.internal:5432');
  });
  return app;
}

describe('HTTP application', () => {
  let t: TestStore;
  let app: App;
  const log = capturingLogger();

  beforeAll(async () => {
    t = await openTestStore('pglite');
    app = await withTestRoutes(
      await buildApp({
        config,
        store: t.store,
        logger: log.logger,
        security: testSecurity(t.store).ctx,
      }),
    );
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('answers /healthz and /readyz', async () => {
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', version: expect.any(String) });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      database: { driver: 'pglite', migrationsApplied: 8, migrationsExpected: 8 },
    });
  });

  it.each([
    ['unknown route', { method: 'GET', url: '/nope?to=%2B15552345678' }, 404, 'ROUTE_NOT_FOUND'],
    ['unknown method', { method: 'DELETE', url: '/healthz' }, 404, 'ROUTE_NOT_FOUND'],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/test/echo',
        payload: '{"amountCents":',
        headers: { 'content-type': 'application/json' },
      },
      400,
      'MALFORMED_JSON',
    ],
    [
      'empty JSON body',
      {
        method: 'POST',
        url: '/test/echo',
        payload: '',
        headers: { 'content-type': 'application/json' },
      },
      400,
      'MALFORMED_JSON',
    ],
    [
      'invalid body',
      { method: 'POST', url: '/test/echo', payload: { amountCents: -5 } },
      400,
      'INVALID_INPUT',
    ],
    [
      'wrong media type',
      {
        method: 'POST',
        url: '/test/echo',
        payload: '<a/>',
        headers: { 'content-type': 'application/xml' },
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'body too large',
      { method: 'POST', url: '/test/echo', payload: { amountCents: 1, pad: 'x'.repeat(2_000) } },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a refusal', { method: 'GET', url: '/test/refuse' }, 422, 'INSUFFICIENT_FUNDS'],
  ] as const)(
    'answers %s with the error shape and a stable code',
    async (_name, request, status, code) => {
      const response = await app.inject(request as InjectOptions);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json();
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.code).toBe(code);
      expect(typeof body.error.message).toBe('string');
    },
  );

  it('accepts a valid body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/test/echo',
      payload: { amountCents: 5 },
    });
    expect(response.json()).toEqual({ received: 5 });
  });

  it('hides an unexpected error behind INTERNAL and a reference, and logs it in full', async () => {
    const response = await app.inject({
      url: '/test/crash',
      headers: { 'x-request-id': 'trace-abc_123' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'INTERNAL',
        message: 'something went wrong on our side (reference trace-abc_123)',
      },
    });
    expect(response.body).not.toContain('boom');
    expect(response.body).not.toContain('4242');
    expect(log.lines.some((l) => l.includes('"trace-abc_123"') && l.includes('boom'))).toBe(true);
  });

  it('echoes a well-formed request id and replaces a hostile one', async () => {
    expect(
      (await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } })).headers[
        'x-request-id'
      ],
    ).toBe('abc-123');
    const replaced = await app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'x\u0000<script>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^req_[0-9a-z]{16}$/);
  });

  it('sends security headers and logs requests without query values', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const logged = log.lines.join('\n');
    expect(logged).toContain('/nope?to=…');
    expect(logged).not.toContain('15552345678');
  });
});

describe('readiness', () => {
  it('is NOT_READY while migrations are pending and DB_UNAVAILABLE once the database is gone', async () => {
    const store = await openStore({ driver: 'pglite', dataDir: null });
    const app = await buildApp({
      config,
      store,
      logger: capturingLogger().logger,
      security: testSecurity(store).ctx,
    });
    try {
      const pending = await app.inject({ url: '/readyz' });
      expect(pending.statusCode).toBe(503);
      expect(pending.json().error).toEqual({
        code: 'NOT_READY',
        message: 'database migrations pending: 0 of 8 applied',
      });
      await store.migrate();
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      await store.close();
      const gone = await app.inject({ url: '/readyz' });
      expect(gone.statusCode).toBe(503);
      expect(gone.json().error.code).toBe('DB_UNAVAILABLE');
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, refuses new ones, and only then completes', async () => {
    const t = await openTestStore('pglite');
    const app = await buildApp({
      config,
      store: t.store,
      logger: capturingLogger().logger,
      security: testSecurity(t.store).ctx,
    });
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    app.get('/test/slow', async () => {
      entered();
      await gate;
      return { done: true };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    // Connection 1 has a slow request in flight when the shutdown starts. Connection 2 has sent
    // only part of its request by then and finishes it afterwards: a late request.
    const { port } = new URL(address);
    const connect = () => {
      const socket = net.connect(Number(port), '127.0.0.1');
      const state = {
        received: '',
        closed: new Promise<void>((resolve) => socket.on('close', () => resolve())),
      };
      socket.on('data', (chunk) => (state.received += chunk.toString()));
      return { socket, state };
    };
    const first = connect();
    const second = connect();
    first.socket.write('GET /test/slow HTTP/1.1\r\nHost: localhost\r\n\r\n');
    second.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    await inHandler;
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    second.socket.write('\r\n');
    await second.state.closed;
    expect(second.state.received).toMatch(/^HTTP\/1\.1 503/);
    expect(second.state.received).toContain('"code":"SHUTTING_DOWN"');
    expect(closed).toBe(false);

    release();
    await closing;
    await first.state.closed;
    expect(closed).toBe(true);
    expect(first.state.received).toMatch(/^HTTP\/1\.1 200/);
    expect(first.state.received).toContain('{"done":true}');
    // The in-flight connection is told to close, so shutdown does not wait on keep-alive.
    expect(first.state.received.toLowerCase()).toContain('connection: close');
    await t.close();
  });
});
