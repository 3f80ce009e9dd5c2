import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, wrapLanguageModel } from 'ai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.js';
import type { App } from '../apps/server/src/app.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import {
  countPciBlocks,
  guardInbound,
  pciGuardMiddleware,
  recordPciBlock,
  redactSpans,
  submitKeypadEntry,
} from '../apps/server/src/pci/index.js';
import { spelledDigits } from '../apps/server/src/pci/detect/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { testTimeZone } from './support/fixtures.js';
import { startFakeLlm } from './support/fake-llm.js';
import type { FakeLlm } from './support/fake-llm.js';
import { cvvFor, expectedTestCardOutcomes, textColumns } from './support/pci-fixtures.js';
import { priya } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { registry, toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

type Outcome = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const testCards = Object.keys(expectedTestCardOutcomes);
const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spoken = (pan: string) => [...pan].map((d) => words[Number(d)]).join(' ');
const grouped = (pan: string, separator: string) => pan.replace(/(\d{4})(?=\d)/g, `$1${separator}`);

/** Every way a customer or a careless line of code might write a card, for the scan at the end. */
const formats: Record<string, (pan: string) => string> = {
  plain: (pan) => pan,
  spaced: (pan) => grouped(pan, ' '),
  dashed: (pan) => grouped(pan, '-'),
  dotted: (pan) => grouped(pan, '.'),
  fullWidth: (pan) => [...pan].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''),
  spoken,
};

// Every path card data can take — customer messages in every format and split over turns, tool
// inputs, the web form and its JSON twin, the keypad, payments with every Stripe test card, model
// requests, log lines — and then a search of every table, every captured log line and every model
// request for any test card number in any format: there must be none.
describeEachStore('no card data at rest, in logs or in model requests', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  let app: App;
  let base: string;
  let llm: FakeLlm;
  const logs: string[] = [];
  let ask: (prompt: string) => Promise<string>;

  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    ids = await bankIds(t.store);
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => logs.push(c.toString()));
    const logger = createLogger({ level: 'debug', format: 'json', destination: stream });
    app = await buildApp({
      config: {
        mode: 'sandbox',
        http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false },
      },
      store: t.store,
      logger,
      security: h.security.ctx,
      tools: { services: h.services, registry },
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    llm = await startFakeLlm();
    const model = wrapLanguageModel({
      model: createOpenAICompatible({ name: 'fake', baseURL: llm.baseUrl, apiKey: 'k' })(
        'fake-model',
      ),
      middleware: pciGuardMiddleware({
        onBlocked: (kinds) =>
          recordPciBlock(t.store.db, {
            source: 'llm_request',
            sessionId: null,
            customerId: null,
            channel: 'chat',
            kinds,
            now: new Date(),
          }),
      }),
    });
    ask = async (prompt) => (await generateText({ model, prompt })).text;
    // Careless code logging what it should not: the logger's last hook must mask it.
    logger.info(
      { card: grouped(testCards[0]!, ' '), note: `spoken ${spoken(testCards[1]!)}` },
      `card ${testCards[2]}`,
    );
  }, 60_000);

  afterAll(async () => {
    await app.close();
    await llm.close();
    await t.close();
  });

  it('guards what customers type and say, storing and forwarding only the redacted text', async () => {
    const session = await h.session({ ...priya }, 2);
    const stored: string[] = [];
    const turn = async (text: string) => {
      const guarded = await guardInbound(t.store.db, {
        text,
        earlier: stored,
        source: 'message',
        sessionId: session,
        customerId: ids.priya.customerId,
        channel: 'chat',
        now: h.security.clock.now(),
      });
      for (const span of guarded.earlier)
        stored[span.message] = redactSpans(stored[span.message]!, [span]);
      stored.push(guarded.text);
      // What goes on to the brain is the redacted text, blocked or not.
      await ask(guarded.text);
      return guarded;
    };
    for (const [name, format] of Object.entries(formats)) {
      for (const pan of testCards) {
        const guarded = await turn(`my card is ${format(pan)} and the code is ${cvvFor(pan)}`);
        expect(guarded.blocked, `${name} ${pan.slice(-4)}`).toBe(true);
      }
    }
    // A number given over three messages.
    const pan = testCards[3]!;
    await turn(`card ${pan.slice(0, 4)} ${pan.slice(4, 8)}`);
    await turn(pan.slice(8, 12));
    expect((await turn(pan.slice(12))).blocked).toBe(true);
    await turn('thanks, what is my balance?');

    // What a conversation keeps goes into real tables: a dispute narrative and a hand-over summary.
    const narrative = stored.slice(-8).join(' ').slice(0, 5000);
    const filed = (await h.move(session, 'file_dispute', {
      charge_id: ids.priya.groceryCharge,
      reason: 'general',
      complaint_narrative: narrative,
    })) as Outcome;
    expect(filed).toMatchObject({ ok: true });
    expect(
      await h.call(session, 'escalate_to_human', {
        reason: 'other',
        summary: stored.slice(-3).join(' ').slice(0, 900),
      }),
    ).toMatchObject({ ok: true });
    // Tool inputs that carry a card are refused outright.
    for (const pan of testCards.slice(0, 5)) {
      expect(
        await h.call(session, 'escalate_to_human', {
          reason: 'other',
          summary: `card ${grouped(pan, '-')}`,
        }),
      ).toMatchObject({ code: 'PCI_BLOCKED' });
    }
    // A model request built carelessly from the raw text never leaves.
    const sent = llm.requests.length;
    await expect(ask(`the customer said ${grouped(testCards[4]!, ' ')}`)).rejects.toMatchObject({
      code: 'PCI_BLOCKED',
    });
    expect(llm.requests).toHaveLength(sent);

    // The dashboard's counter, by where the data came from.
    const counts = await countPciBlocks(t.store.db, new Date(0));
    expect(counts.message).toBeGreaterThanOrEqual(Object.keys(formats).length * testCards.length);
    expect(counts.tool_input).toBe(5);
    expect(counts.llm_request).toBe(1);
    expect(await countPciBlocks(t.store.db, new Date(Date.now() + 3_600_000))).toEqual({});
  });

  it('takes every test card through the form, its JSON twin and the keypad', async () => {
    const expiry = `12/${String(new Date().getUTCFullYear() + 3).slice(2)}`;
    for (const [i, pan] of testCards.entries()) {
      const session = await h.session({ ...priya }, 1, i % 3 === 2 ? 'phone' : 'chat');
      const started = (await h.move(session, 'make_card_payment', {
        account: 'credit card',
        amount_cents: 100,
      })) as Outcome;
      expect(started.code).toBe('CARD_CAPTURE_REQUIRED');
      if (i % 3 === 0) {
        const body = new URLSearchParams({
          number: grouped(pan, ' '),
          expiry,
          cvv: cvvFor(pan),
        }).toString();
        await fetch(`${base}/capture/${started.capture_id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
      } else if (i % 3 === 1) {
        await fetch(`${base}/api/v1/captures/${started.capture_id}/card`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ number: grouped(pan, '-'), expiry, cvv: cvvFor(pan) }),
        });
      } else {
        const capture = {
          db: t.store.db,
          keyring: h.services.payments!.keyring,
          processor: h.services.payments!.processor,
          timeZone: testTimeZone,
          now: h.security.clock.now,
        };
        for (const digits of [`${pan}#`, `12${expiry.slice(-2)}#`, `${cvvFor(pan)}#`]) {
          await submitKeypadEntry(capture, {
            captureId: started.capture_id,
            sessionId: session,
            digits,
          });
        }
      }
      const checked = (await h.call(session, 'check_card_capture', {
        capture_id: started.capture_id,
      })) as Outcome;
      expect(checked.status).toBe(expectedTestCardOutcomes[pan]!.ok ? 'authorized' : 'declined');
      if (checked.card) {
        expect(
          await h.move(session, 'make_card_payment', {
            account: 'credit card',
            amount_cents: 100,
            card_token: checked.card.token,
          }),
        ).toMatchObject({ ok: true });
      }
    }
  });

  it('leaves no test card number in any table, log line or model request, in any format', async () => {
    const digitsOf = new Map(testCards.map((pan) => [pan, pan]));
    const hits: string[] = [];
    const search = (where: string, text: string) => {
      const spelled = spelledDigits(text);
      for (const pan of digitsOf.keys()) {
        if (spelled.includes(pan)) hits.push(`${where}: …${pan.slice(-4)}`);
      }
    };
    for (const { column, text } of await textColumns(t.store.db)) {
      // Row by row, so digits of neighbouring rows cannot be read as one number.
      text.split('\n').forEach((row, i) => search(`${column}[${i}]`, row));
    }
    logs
      .join('')
      .split('\n')
      .forEach((line, i) => search(`log line ${i}`, line));
    llm.requests.forEach((request, i) => search(`model request ${i}`, request));
    expect(hits).toEqual([]);
    // The scan would have seen them: the redacted forms are there, and so are the blocks.
    expect(logs.join('')).toContain('•••• ');
    expect(llm.requests.length).toBeGreaterThan(100);
    expect(llm.requests.some((r) => r.includes('[card number removed]'))).toBe(true);

    // And it finds one that is there: planted in a table behind the guards' back, spoken.
    await t.store.db.execute(
      sql`UPDATE disputes SET complaint_narrative = ${`read out ${spoken(testCards[5]!)}`} WHERE customer_id = ${ids.priya.customerId}`,
    );
    for (const { column, text } of await textColumns(t.store.db)) {
      text.split('\n').forEach((row, i) => search(`${column}[${i}]`, row));
    }
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits)
      expect(hit).toMatch(
        new RegExp(`^disputes\\.complaint_narrative\\[\\d+\\]: …${testCards[5]!.slice(-4)}$`),
      );
  });
});
