import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otpCodes } from '../apps/server/src/db/index.js';
import {
  createSession,
  identifyCaller,
  sendOtp,
  verifyOtp,
} from '../apps/server/src/security/index.js';
import { SnsSmsSender, TwilioSmsSender } from '../apps/server/src/sms/index.js';
import type { SmsSender } from '../apps/server/src/sms/index.js';
import { fakeSns, fakeTwilio, snsAttributes } from './support/fake-providers.js';
import type { FakeServer } from './support/fake-providers.js';
import { alex, seededBank } from './support/seeded-bank.js';
import { testSecurity } from './support/security.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const accountSid = 'AC' + '0123456789abcdef'.repeat(2);
const authToken = 'f'.repeat(32);

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('Twilio, through the official SDK', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await fakeTwilio(accountSid, authToken);
  });
  afterAll(() => fake.close());

  it('posts the Messages API form with Basic auth and returns the message SID', async () => {
    const sender = new TwilioSmsSender({
      accountSid,
      authToken,
      from: '+15005550006',
      apiBaseUrl: fake.url,
    });
    const { messageId } = await sender.send({
      to: '+15552345678',
      body: 'First National Bank: your code is 123456.',
      purpose: 'otp',
    });
    expect(messageId).toMatch(/^SM[0-9a-f]{32}$/);
    const request = fake.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(request.form)).toEqual({
      To: '+15552345678',
      From: '+15005550006',
      Body: 'First National Bank: your code is 123456.',
    });
  });

  it('sends through a messaging service when configured', async () => {
    const service = 'MG' + 'a'.repeat(32);
    const sender = new TwilioSmsSender({
      accountSid,
      authToken,
      messagingServiceSid: service,
      apiBaseUrl: fake.url,
    });
    await sender.send({ to: '+15552345678', body: 'hi', purpose: 'notice' });
    expect(fake.requests.at(-1)!.form.get('MessagingServiceSid')).toBe(service);
    expect(fake.requests.at(-1)!.form.has('From')).toBe(false);
  });

  it('turns a Twilio error into SMS_DELIVERY_FAILED with its code, never the body', async () => {
    const sender = new TwilioSmsSender({
      accountSid,
      authToken,
      from: '+15005550006',
      apiBaseUrl: fake.url,
    });
    const error = await failure(
      sender.send({ to: '+15005550001', body: 'code 654321', purpose: 'otp' }),
    );
    expect(error.code).toBe('SMS_DELIVERY_FAILED');
    expect(error.message).toContain('21211');
    expect(error.message).not.toContain('654321');
    const wrongToken = new TwilioSmsSender({
      accountSid,
      authToken: 'e'.repeat(32),
      from: '+15005550006',
      apiBaseUrl: fake.url,
    });
    expect(
      (await failure(wrongToken.send({ to: '+15552345678', body: 'x', purpose: 'otp' }))).message,
    ).toContain('20003');
  });
});

describe('Amazon SNS, through the official SDK', () => {
  let fake: FakeServer;
  let sender: SnsSmsSender;
  beforeAll(async () => {
    fake = await fakeSns();
    sender = new SnsSmsSender({
      region: 'us-east-1',
      endpoint: fake.url,
      senderId: 'FNBANK',
      credentials: {
        accessKeyId: 'AKIDEXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      },
    });
  });
  afterAll(async () => {
    sender.close();
    await fake.close();
  });

  it('publishes a signed Query API request as a transactional SMS', async () => {
    const { messageId } = await sender.send({
      to: '+15552345678',
      body: 'Your code is 123456.',
      purpose: 'otp',
    });
    expect(messageId).toMatch(/^[0-9a-f-]{36}$/);
    const request = fake.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.form.get('Action')).toBe('Publish');
    expect(request.form.get('Version')).toBe('2010-03-31');
    expect(request.form.get('PhoneNumber')).toBe('+15552345678');
    expect(request.form.get('Message')).toBe('Your code is 123456.');
    expect(snsAttributes(request.form)).toEqual({
      'AWS.SNS.SMS.SMSType': 'Transactional',
      'AWS.SNS.SMS.SenderID': 'FNBANK',
    });
    expect(request.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/sns\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
  });

  it('turns an SNS error into SMS_DELIVERY_FAILED', async () => {
    const error = await failure(
      sender.send({ to: '+15005550001', body: 'code 654321', purpose: 'otp' }),
    );
    expect(error.code).toBe('SMS_DELIVERY_FAILED');
    expect(error.message).toContain('InvalidParameter');
    expect(error.message).not.toContain('654321');
  });
});

describe('one-time codes over a real provider', () => {
  let t: TestStore;
  let fake: FakeServer;
  beforeAll(async () => {
    t = await openTestStore('pglite');
    fake = await fakeTwilio(accountSid, authToken);
  });
  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it('deliver the code through Twilio, and void it when delivery fails', async () => {
    const twilio: SmsSender = new TwilioSmsSender({
      accountSid,
      authToken,
      from: '+15005550006',
      apiBaseUrl: fake.url,
    });
    const s = await seededBank(t.store, { sms: twilio });
    const id = (await createSession(s.ctx, { channel: 'chat', jurisdiction: 'US-CO' })).session.id;
    await identifyCaller(s.ctx, id, alex);
    expect(await sendOtp(s.ctx, id)).toMatchObject({ ok: true, sentToLast4: '5678' });
    const texted = fake.requests.at(-1)!.form;
    expect(texted.get('To')).toBe('+15552345678');
    const code = /\b(\d{6})\b/.exec(texted.get('Body')!)![1]!;
    expect(await verifyOtp(s.ctx, id, code)).toEqual({ ok: true, level: 2 });
    const [stored] = await t.store.db.select().from(otpCodes).where(eq(otpCodes.sessionId, id));
    expect(stored).toMatchObject({
      provider: 'twilio',
      providerMessageId: expect.stringMatching(/^SM/),
    });

    // A provider that refuses: the caller hears that the text failed, and no code stays alive.
    const broken = testSecurity(t.store, {
      sms: new TwilioSmsSender({
        accountSid,
        authToken: 'e'.repeat(32),
        from: '+15005550006',
        apiBaseUrl: fake.url,
      }),
    });
    const other = (await createSession(broken.ctx, { channel: 'chat', jurisdiction: 'US-CO' }))
      .session.id;
    await identifyCaller(broken.ctx, other, alex);
    expect(await sendOtp(broken.ctx, other)).toEqual({ ok: false, code: 'SMS_DELIVERY_FAILED' });
    const [voided] = await t.store.db.select().from(otpCodes).where(eq(otpCodes.sessionId, other));
    expect(voided!.voidedAt).not.toBeNull();
  });
});
