import { PassThrough } from 'node:stream';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.js';
import type { App } from '../apps/server/src/app.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import { findInTextColumns, standalone } from './support/pci-fixtures.js';
import { priya } from './support/seeded-bank.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { registry, toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

type Outcome = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const chromiumPath = process.env.BANKDESK_CHROMIUM_PATH ?? '/usr/bin/chromium';

// The hosted card form in a real browser: the card goes from the page to the vault endpoint,
// the conversation learns a token, and nothing of the card is left in the page, the logs or
// the database.
describe('the secure card form, in Chromium', () => {
  let t: TestStore;
  let h: ToolHarness;
  let app: App;
  let base: string;
  let browser: Browser;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await openTestStore('pglite');
    h = await toolHarness(t.store);
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => logLines.push(c.toString()));
    app = await buildApp({
      config: {
        mode: 'sandbox',
        http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false },
      },
      store: t.store,
      logger: createLogger({ level: 'info', format: 'json', destination: stream }),
      security: h.security.ctx,
      tools: { services: h.services, registry },
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    // playwright-core gives each launch a fresh temporary profile and never downloads a browser.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    const leaks = await findInTextColumns(t.store.db, [
      { label: 'visa pan', pattern: standalone('4242424242424242') },
      { label: 'mastercard pan', pattern: standalone('5555555555554444') },
      { label: 'cvv', pattern: /(?<![0-9A-Za-z])(?:918|846)(?![0-9A-Za-z])/ },
    ]);
    expect(leaks).toEqual([]);
    // Timings and the clock are the only numbers pino adds itself; left in, a three-digit
    // CVV turns up inside a millisecond timestamp by chance.
    const logs = logLines.join('').replace(/"(time|responseTime|pid)":[\d.]+/g, '"$1":0');
    expect(logs).toContain('/capture/');
    for (const secret of [
      '4242 4242 4242 4242',
      '4242424242424242',
      '5555555555554444',
      '918',
      '846',
    ]) {
      expect(logs).not.toMatch(standalone(secret));
    }
    await t.close();
  });

  const expiry = () => `12/${String(new Date().getUTCFullYear() + 4).slice(2)}`;

  async function startPayment(amountCents: number) {
    const session = await h.session({ ...priya }, 1);
    const started = (await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: amountCents,
    })) as Outcome;
    expect(started).toMatchObject({
      code: 'CARD_CAPTURE_REQUIRED',
      capture_url: `http://bankdesk.test/capture/${started.capture_id}`,
    });
    return { session, captureId: started.capture_id as string };
  }

  it('takes a card typed into the page, and the payment goes through with only its token', async () => {
    const { session, captureId } = await startPayment(4_000);
    const page = await browser.newPage();
    const opened = await page.goto(`${base}/capture/${captureId}`);
    expect(opened!.status()).toBe(200);
    expect(opened!.headers()['cache-control']).toBe('no-store');
    await expect(page.textContent('body')).resolves.toContain(
      'Payment of $40.00 to your credit card ending in 8810',
    );

    // A mistyped number comes back with the field named and nothing of what was typed.
    await page.fill('#number', '4242 4242 4242 4241');
    await page.fill('#expiry', expiry());
    await page.fill('#cvv', '918');
    await page.click('button[type=submit]');
    expect(await page.textContent('[role=alert]')).toContain('not valid');
    const afterMistake = await page.content();
    expect(afterMistake).not.toContain('4242 4242 4242 4241');
    expect(afterMistake).not.toContain('918');

    await page.fill('#number', '4242 4242 4242 4242');
    await page.fill('#expiry', expiry());
    await page.fill('#cvv', '918');
    await page.click('button[type=submit]');
    await expect(page.textContent('h1')).resolves.toBe('Card received');
    expect(await page.textContent('body')).toContain('ending in 4242');
    await page.close();

    const checked = (await h.call(session, 'check_card_capture', {
      capture_id: captureId,
    })) as Outcome;
    expect(checked).toMatchObject({ status: 'authorized', card: { brand: 'visa', last4: '4242' } });
    const paid = await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: 4_000,
      card_token: checked.card.token,
    });
    expect(paid).toMatchObject({ ok: true, status: 'succeeded', card: { last4: '4242' } });

    // The link is single-use.
    const again = await fetch(`${base}/capture/${captureId}`);
    expect(again.status).toBe(410);
  });

  it('accepts the same card as JSON for the chat widget, telling it the last four and never the token', async () => {
    const { captureId } = await startPayment(1_500);
    const post = (body: unknown, id = captureId) =>
      fetch(`${base}/api/v1/captures/${id}/card`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const wrong = await post({ number: '5555555555554444', expiry: '13/40', cvv: '846' });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toEqual({
      error: { code: 'CARD_INVALID', message: 'the expiry month must be 01 to 12' },
      retry: true,
    });
    const good = await post({ number: '5555555555554444', expiry: expiry(), cvv: '846' });
    expect(good.status).toBe(200);
    expect(good.headers.get('cache-control')).toBe('no-store');
    const body = (await good.json()) as Outcome;
    expect(body).toEqual({
      ok: true,
      status: 'authorized',
      card: {
        brand: 'mastercard',
        last4: '4444',
        exp_month: 12,
        exp_year: new Date().getUTCFullYear() + 4,
      },
    });
    expect(JSON.stringify(body)).not.toContain('tok_');
    expect((await post({ number: '5555555555554444', expiry: expiry(), cvv: '846' })).status).toBe(
      409,
    );
    expect((await post({}, 'cap_000000000000000000000000')).status).toBe(404);
    expect((await post({}, 'not-a-capture')).status).toBe(404);
  });

  it('shows a closed page for an unknown or expired link', async () => {
    expect((await fetch(`${base}/capture/cap_000000000000000000000000`)).status).toBe(404);
    const { captureId } = await startPayment(500);
    h.security.clock.advance(10 * 60_000 + 1);
    const page = await browser.newPage();
    const opened = await page.goto(`${base}/capture/${captureId}`);
    expect(opened!.status()).toBe(410);
    expect(await page.textContent('h1')).toBe('This card request is closed');
    await page.close();
  });
});
