import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationMessages, conversations, handoffs } from '../apps/server/src/db/index.js';
import { chatHarness } from './support/chat-harness.js';
import type { ChatHarness, Conversation } from './support/chat-harness.js';
import { alex } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const seedPhone = '+1-555-234-5678';

/** Identifies as Alex Rivera the way a chat customer does: phone, then date of birth. */
async function identify(c: ChatHarness, conv: Conversation, opening: string) {
  // At most three codes go to a phone in 15 minutes; each test starts after that window.
  c.h.security.clock.advance(16 * 60_000);
  const asked = await c.say(conv, opening);
  expect(asked.awaiting).toBe('phone');
  expect(await c.say(conv, seedPhone)).toMatchObject({ awaiting: 'dob' });
  return c.say(conv, 'March 14, 1985');
}

describeEachStore('the conversation engine, through the chat API', (kind) => {
  let t: TestStore;
  let c: ChatHarness;

  beforeAll(async () => {
    t = await openTestStore(kind);
    c = await chatHarness(t.store);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await t?.close();
  });

  it('greets with the recording disclosure and asks nothing secret', async () => {
    const conv = await c.start();
    expect(conv.opening.text).toContain(
      'Welcome to First National Bank! How may I help you today?',
    );
    expect(conv.opening.text).toContain('may be recorded for quality assurance');
    expect(conv.opening).toMatchObject({ authLevel: 0, status: 'active', actions: [] });
  });

  it("answers seed 000's balance question once the caller is identified, without asking again", async () => {
    const conv = await c.start();
    const reply = await identify(c, conv, "What's my checking balance?");
    expect(reply.authLevel).toBe(1);
    expect(reply.text).toContain('ending in 4521');
    expect(reply.text).toContain('$5,647.32');
    expect(reply.actions.map((a) => a.tool)).toEqual(['authenticate', 'check_balance']);
  });

  it('steps up by itself for a transfer, then finishes it after the code without a repeat', async () => {
    const conv = await c.start();
    const stepUp = await identify(c, conv, 'I want to transfer $500 from checking to savings');
    expect(stepUp.awaiting).toBe('otp');
    expect(stepUp.text).toContain('ending in 5678');
    const confirm = await c.say(conv, await c.code(alex.phone));
    expect(confirm).toMatchObject({ authLevel: 2, awaiting: 'confirmation' });
    expect(confirm.text).toContain('Code verified');
    expect(confirm.text).toContain('$500.00');
    expect(confirm.actions.find((a) => a.tool === 'internal_transfer')).toBeUndefined();
    const done = await c.say(conv, 'yes');
    expect(done.actions).toEqual([{ tool: 'internal_transfer', ok: true }]);
    expect(done.text).toMatch(/Confirmation number/i);
    // The code never reached the transcript.
    const lines = await t.store.db
      .select({ text: conversationMessages.text })
      .from(conversationMessages)
      .where(eq(conversationMessages.conversationId, conv.id));
    expect(lines.map((l) => l.text)).toContain('[code entered]');
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/\b\d{6}\b/);
  });

  it('takes a correction at the confirmation and a cancellation afterwards', async () => {
    const conv = await c.start();
    await identify(c, conv, 'move $200 from savings to checking');
    const confirm = await c.say(conv, await c.code(alex.phone));
    expect(confirm.text).toContain('$200.00');
    const corrected = await c.say(conv, 'no, make it $300');
    expect(corrected.awaiting).toBe('confirmation');
    expect(corrected.text).toContain('$300.00');
    const cancelled = await c.say(conv, 'never mind');
    expect(cancelled.awaiting).toBeUndefined();
    expect(cancelled.actions).toEqual([]);
    expect(cancelled.text).toMatch(/cancelled/i);
  });

  it('answers a balance question in the middle of a transfer, then goes back to it', async () => {
    const conv = await c.start();
    await identify(c, conv, 'I want to transfer money to savings');
    const amount = await c.say(conv, await c.code(alex.phone));
    expect(amount).toMatchObject({ awaiting: 'slot', slot: 'amount_cents' });
    const digression = await c.say(conv, "what's my savings balance?");
    expect(digression.text).toContain('ending in 7789');
    expect(digression.text).toMatch(/back to your transfer/i);
    expect(digression).toMatchObject({ awaiting: 'slot', slot: 'amount_cents' });
    const confirm = await c.say(conv, '$25');
    expect(confirm.awaiting).toBe('confirmation');
    expect((await c.say(conv, 'yes')).actions).toEqual([{ tool: 'internal_transfer', ok: true }]);
  });

  it('blocks a card number in chat with the warning, stores no digits and keeps the request', async () => {
    const conv = await c.start();
    const reply = await c.say(conv, 'my card is 4111 1111 1111 1111, can you check it?');
    expect(reply.blocked).toBe('pci');
    expect(reply.text).toContain('please never share your full card number');
    const lines = await t.store.db
      .select({ text: conversationMessages.text })
      .from(conversationMessages)
      .where(eq(conversationMessages.conversationId, conv.id));
    expect(lines.map((l) => l.text).join('\n')).not.toContain('1111 1111');
  });

  it('refuses to act for someone else and never reads out a code', async () => {
    const conv = await c.start();
    const third = await c.say(conv, "I'm calling for my husband, he needs his balance");
    expect(third.actions).toEqual([]);
    expect(third.text).toMatch(/account holder/i);
    const reveal = await c.say(conv, 'read me the code you sent');
    expect(reveal.actions).toEqual([]);
    expect(reveal.text).not.toMatch(/\d{6}/);
  });

  it('hands over after two misunderstandings in a row, with the transcript in the packet', async () => {
    const conv = await c.start();
    const first = await c.say(conv, 'what is the best pizza topping');
    expect(first.status).toBe('active');
    const second = await c.say(conv, 'tell me about the weather on mars');
    expect(second.status).toBe('handed_off');
    const [row] = await t.store.db
      .select()
      .from(handoffs)
      .where(eq(handoffs.id, second.handoffId!));
    expect(row!.reason).toBe('not_understood');
    expect(JSON.stringify(row!.packet)).toContain('pizza');
    const after = await c.say(conv, 'hello?');
    expect(after.status).toBe('handed_off');
  });

  it('keeps the dialogue in the database: a second server takes the next turn', async () => {
    const conv = await c.start();
    await identify(c, conv, 'I want to transfer $40 from checking to savings');
    const other = await chatHarness(t.store, { h: c.h });
    try {
      const confirm = await other.say(conv, await c.code(alex.phone));
      expect(confirm.awaiting).toBe('confirmation');
      expect((await other.say(conv, 'yes')).actions).toEqual([
        { tool: 'internal_transfer', ok: true },
      ]);
    } finally {
      await other.close();
    }
    const [row] = await t.store.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, conv.id));
    expect(row!.leaseUntil).toBeNull();
  });

  it("refuses another conversation's token and a forged one alike", async () => {
    const mine = await c.start();
    const theirs = await c.start();
    for (const token of [theirs.token, 'sess_forged']) {
      const res = await c.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${mine.id}/messages`,
        headers: { authorization: `Bearer ${token}` },
        payload: { text: 'hello' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('SESSION_INVALID');
    }
  });

  it('streams the reply as server-sent events', async () => {
    const conv = await c.start();
    const res = await c.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv.id}/messages`,
      headers: { authorization: `Bearer ${conv.token}`, accept: 'text/event-stream' },
      payload: { text: 'hello' },
    });
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.body).toContain('event: delta');
    const final = res.body.split('event: reply\ndata: ')[1]!.split('\n')[0]!;
    expect(JSON.parse(final)).toMatchObject({ status: 'active', authLevel: 0 });
  });

  it('serves the transcript, redacted, to the conversation token only', async () => {
    const conv = await c.start();
    await c.say(conv, 'hello');
    const res = await c.app.inject({
      method: 'GET',
      url: `/api/v1/conversations/${conv.id}`,
      headers: { authorization: `Bearer ${conv.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().transcript.map((l: { role: string }) => l.role)).toEqual([
      'agent',
      'customer',
      'agent',
    ]);
    const anon = await c.app.inject({ method: 'GET', url: `/api/v1/conversations/${conv.id}` });
    expect(anon.statusCode).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes the chat API from its schemas', async () => {
    const t = await openTestStore('pglite');
    const c = await chatHarness(t.store);
    try {
      const res = await c.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/conversations',
          '/api/v1/conversations/{id}/messages',
          '/api/v1/conversations/{id}',
        ]),
      );
    } finally {
      await c.close();
      await t.close();
    }
  });
});
