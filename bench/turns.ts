import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { alex } from '../test/support/seeded-bank.js';
import { registry, toolHarness } from '../test/support/tool-harness.js';
import { percentile, report, round, withPostgres } from './support.js';
import type { BenchRow } from './support.js';

const conversations = Number(process.env.BENCH_CONVERSATIONS ?? 32);
const turnsEach = Number(process.env.BENCH_TURNS ?? 40);
const agent = new http.Agent({ keepAlive: true, maxSockets: conversations * 2 });

function post(
  base: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: data ? JSON.parse(data) : null }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function summarise(name: string, latencies: number[], seconds: number): BenchRow {
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    'req/s': round(latencies.length / seconds, 0),
    'p50 ms': round(percentile(latencies, 50), 2),
    'p95 ms': round(percentile(latencies, 95), 2),
    'p99 ms': round(percentile(latencies, 99), 2),
  };
}

function ratio(name: string, turn: BenchRow, floor: BenchRow): BenchRow {
  return {
    name,
    'p50 ms': round(Number(turn['p50 ms']) / Number(floor['p50 ms']), 2),
    'p99 ms': round(Number(turn['p99 ms']) / Number(floor['p99 ms']), 2),
  };
}

/**
 * `lanes` clients, each sending its next request once the last one is answered — at once, or
 * after `between` (a person reading the reply and typing the next message).
 */
async function closedLoop(
  lanes: number,
  each: number,
  send: (lane: number, i: number) => Promise<void>,
  between?: () => Promise<unknown>,
) {
  const latencies: number[] = [];
  const byMessage = new Map<number, number[]>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      // Paced, people arrive over a pause's length rather than all in the same millisecond: a
      // herd of 32 first messages at once measures the start of the benchmark, not the service.
      if (between) await between();
      for (let i = 0; i < each; i++) {
        const t0 = performance.now();
        await send(lane, i);
        const ms = performance.now() - t0;
        latencies.push(ms);
        const same = byMessage.get(i);
        if (same) same.push(ms);
        else byMessage.set(i, [ms]);
        if (between) await between();
      }
    }),
  );
  return { latencies, byMessage, seconds: (performance.now() - started) / 1000 };
}

/** The floor: a bare Fastify route that does one INSERT and COMMIT on the same server. */
async function floor(url: string): Promise<{ base: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const table = `bench_floor_${randomUUID().slice(0, 8)}`;
  await pool.query(
    `CREATE TABLE ${table} (id text PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
  );
  const app = Fastify();
  app.post('/floor', async (request) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO ${table} (id, body) VALUES ($1, $2)`, [
        randomUUID(),
        request.body,
      ]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    return { ok: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await pool.query(`DROP TABLE ${table}`);
      await pool.end();
    },
  };
}

const mix = process.env.BENCH_MIX
  ? process.env.BENCH_MIX.split('|')
  : [
      "What's my checking balance?",
      'show me my recent transactions',
      'thanks',
      'what is my savings balance',
    ];

async function run(store: Store, url: string): Promise<BenchRow[]> {
  const h = await toolHarness(store, { callsPerMinute: Number.MAX_SAFE_INTEGER });
  const app = await buildApp({
    config: {
      mode: 'sandbox',
      http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false },
    },
    store,
    logger: createLogger({ level: 'silent', format: 'json' }),
    security: h.security.ctx,
    tools: { services: h.services, registry },
    agent: { tools: { services: h.services, registry }, brain: 'builtin' },
    chatLimits: { conversationsPerMinute: 100_000, messagesPerMinute: 100_000 },
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = await floor(url);
  try {
    // Every conversation identified first, so each measured turn reads the customer's data.
    const convs = await Promise.all(
      Array.from({ length: conversations }, async () => {
        const started = await post(base, '/api/v1/conversations', { jurisdiction: 'US-CO' });
        const conv = started.json as { conversationId: string; token: string };
        const say = (text: string) =>
          post(base, `/api/v1/conversations/${conv.conversationId}/messages`, { text }, conv.token);
        await say("What's my checking balance?");
        await say('+1-555-234-5678');
        const identified = await say(alex.dateOfBirth);
        if (identified.json?.authLevel !== 1)
          throw new Error(`identification failed: ${JSON.stringify(identified.json)}`);
        return say;
      }),
    );
    // Warm up both sides before measuring.
    await closedLoop(conversations, 5, (lane, i) =>
      convs[lane]!(mix[i % mix.length]!).then(() => {}),
    );
    await closedLoop(conversations, 5, () =>
      post(bare.base, '/floor', { warm: true }).then(() => {}),
    );

    const rows: BenchRow[] = [];
    // People pause between messages: the same 32 conversations, each waiting 0.5–1.5 s (seeded)
    // after every reply before sending the next message.
    let seed = 42;
    const pause = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return new Promise((resolve) => setTimeout(resolve, 500 + (seed % 1_000)));
    };
    const pacedFloor = await closedLoop(
      conversations,
      turnsEach,
      () => post(bare.base, '/floor', { n: 1 }).then(() => {}),
      pause,
    );
    const pacedTurns = await closedLoop(
      conversations,
      turnsEach,
      async (lane, i) => {
        const res = await convs[lane]!(mix[i % mix.length]!);
        if (res.status !== 200) throw new Error(`turn failed: ${res.status}`);
      },
      pause,
    );
    const pacedFloorRow = summarise(
      'paced floor (0.5–1.5 s between messages)',
      pacedFloor.latencies,
      pacedFloor.seconds,
    );
    const pacedTurnRow = summarise(
      'paced turn (0.5–1.5 s between messages)',
      pacedTurns.latencies,
      pacedTurns.seconds,
    );
    rows.push(
      pacedFloorRow,
      pacedTurnRow,
      ratio('ratio paced turn / floor', pacedTurnRow, pacedFloorRow),
    );
    // Which message costs what: the i-th message of every conversation is mix[i % mix.length].
    for (const [k, text] of mix.entries()) {
      const samples = [...pacedTurns.byMessage]
        .filter(([i]) => i % mix.length === k)
        .flatMap(([, ms]) => ms);
      rows.push(summarise(`  paced: "${text}"`, samples, pacedTurns.seconds));
    }

    // Then the same conversations back to back, which is what saturates the machine.
    const floorRun = await closedLoop(conversations, turnsEach, () =>
      post(bare.base, '/floor', { n: 1 }).then(() => {}),
    );
    const turnRun = await closedLoop(conversations, turnsEach, async (lane, i) => {
      const res = await convs[lane]!(mix[i % mix.length]!);
      if (res.status !== 200)
        throw new Error(`turn failed: ${res.status} ${JSON.stringify(res.json)}`);
    });
    const floorRow = summarise(
      'floor: INSERT + COMMIT route',
      floorRun.latencies,
      floorRun.seconds,
    );
    const turnRow = summarise(
      'non-LLM turn (HTTP in → reply out)',
      turnRun.latencies,
      turnRun.seconds,
    );
    rows.push(floorRow, turnRow, ratio('ratio turn / floor', turnRow, floorRow));

    return rows;
  } finally {
    await bare.close();
    await app.close();
    agent.destroy();
  }
}

const rows = await withPostgres('turns', (store) => run(store, process.env.DATABASE_URL!));
if (rows) {
  report(
    `Conversation turns, ${conversations} concurrent conversations on PostgreSQL`,
    rows,
    'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:turns',
  );
  const paced = rows.find((row) => row.name.startsWith('paced turn'))!;
  const p99 = Number(paced['p99 ms']);
  console.log(
    `goal (paced turn p99 ≤ 25 ms at ${conversations} conversations): ${p99} ms — ${p99 <= 25 ? 'met' : 'not met'} in this run`,
  );
}
