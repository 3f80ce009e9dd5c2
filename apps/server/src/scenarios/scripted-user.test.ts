import { describe, expect, it } from 'vitest';
import { parseScenario } from './load-scenarios.js';
import type { Scenario } from './scenario-schema.js';
import { allCodes, chooseUserMove, newestCode } from './scripted-user.js';
import type { OutboxText, UserView } from './scripted-user.js';

function scenario(extra = '', turns = '[first, second]'): Scenario {
  return parseScenario(
    `
id: s
title: s
persona:
  customerId: CUST-10001
  phone: "+1-555-234-5678"
  dob: "1985-03-14"
  zip: "80202"
  securityAnswer: Johnson
  card: { number: "4242424242424242", cvv: "123" }
${extra}
turns: ${turns}
expect: {}
`,
    's.yaml',
  );
}

const otpText = (code: string, sentAt: string): OutboxText => ({
  body: `First National Bank: your verification code is ${code}. It expires in 5 minutes.`,
  purpose: 'otp',
  sentAt,
});

function view(
  s: Scenario,
  reply: Partial<UserView['reply']> = {},
  over: Partial<UserView> = {},
): UserView {
  return {
    reply: { status: 'active', ...reply },
    persona: s.persona,
    channel: s.channel,
    turns: s.turns,
    said: 0,
    outbox: [],
    ...over,
  };
}

describe('chooseUserMove', () => {
  const s = scenario();

  it('says the next turn when nothing is awaited', () => {
    expect(chooseUserMove(view(s))).toEqual({
      kind: 'text',
      text: 'first',
      answering: 'turn',
      nextSaid: 1,
    });
    expect(chooseUserMove(view(s, {}, { said: 1 }))).toMatchObject({ text: 'second', nextSaid: 2 });
  });

  it.each([
    ['phone', '+1-555-234-5678'],
    ['dob', '1985-03-14'],
    ['zip', '80202'],
    ['security_answer', 'Johnson'],
    ['confirmation', 'yes'],
    ['consent', 'yes'],
  ] as const)('answers %s from the persona without using up a turn', (awaiting, answer) => {
    expect(chooseUserMove(view(s, { awaiting }, { said: 1 }))).toEqual({
      kind: 'text',
      text: answer,
      answering: awaiting,
      nextSaid: 1,
    });
  });

  it('reads the newest one-time code from the outbox', () => {
    const outbox = [
      otpText('111111', '2026-01-01T10:00:00Z'),
      otpText('333333', '2026-01-01T10:05:00Z'),
      { body: 'Your statement is ready', purpose: 'notice', sentAt: '2026-01-01T10:09:00Z' },
      otpText('222222', '2026-01-01T10:02:00Z'),
    ];
    expect(chooseUserMove(view(s, { awaiting: 'otp' }, { outbox }))).toMatchObject({
      kind: 'text',
      text: '333333',
      answering: 'otp',
    });
    expect(allCodes(outbox).sort()).toEqual(['111111', '222222', '333333']);
  });

  it('keys the code in on the phone channel', () => {
    const outbox = [otpText('123456', '2026-01-01T10:00:00Z')];
    expect(
      chooseUserMove(view(s, { awaiting: 'otp' }, { outbox, channel: 'phone' })),
    ).toMatchObject({ kind: 'dtmf', digits: '123456', answering: 'otp' });
  });

  it('says the next turn when no code has arrived', () => {
    expect(newestCode([])).toBeNull();
    expect(chooseUserMove(view(s, { awaiting: 'otp' }))).toMatchObject({ text: 'first' });
  });

  it('stops when it cannot answer and has nothing left to say', () => {
    expect(chooseUserMove(view(s, { awaiting: 'otp' }, { said: 2 }))).toEqual({
      kind: 'stop',
      reason: 'the agent awaits otp and the persona has nothing more to say',
    });
    expect(chooseUserMove(view(s, {}, { said: 2 }))).toEqual({
      kind: 'stop',
      reason: 'every turn has been said',
    });
  });

  it('stops once the conversation is handed off or ended', () => {
    expect(chooseUserMove(view(s, { status: 'handed_off', awaiting: 'dob' }))).toEqual({
      kind: 'stop',
      reason: 'the conversation is handed_off',
    });
  });

  it('withholds what the persona does not reveal', () => {
    const shy = scenario(
      '  reveals: { dob: false, otp: false, securityAnswer: false }\n  confirms: false\n  consents: false',
    );
    const outbox = [otpText('123456', '2026-01-01T10:00:00Z')];
    for (const awaiting of ['dob', 'otp', 'security_answer'] as const) {
      expect(chooseUserMove(view(shy, { awaiting }, { said: 2, outbox }))).toMatchObject({
        kind: 'stop',
      });
    }
    expect(chooseUserMove(view(shy, { awaiting: 'confirmation' }))).toMatchObject({ text: 'no' });
    expect(chooseUserMove(view(shy, { awaiting: 'consent' }))).toMatchObject({ text: 'no' });
  });

  it('says a held turn at its moment instead of the persona’s answer', () => {
    const held = scenario('', '[transfer, { text: "No, make it $300", when: confirmation }]');
    expect(chooseUserMove(view(held, { awaiting: 'confirmation' }, { said: 1 }))).toEqual({
      kind: 'text',
      text: 'No, make it $300',
      answering: 'turn',
      nextSaid: 2,
    });
    // Until then the persona answers what is asked and keeps the line back.
    expect(chooseUserMove(view(held, { awaiting: 'dob' }, { said: 1 }))).toMatchObject({
      text: '1985-03-14',
      nextSaid: 1,
    });
    // After it, a second confirmation gets the ordinary yes.
    expect(chooseUserMove(view(held, { awaiting: 'confirmation' }, { said: 2 }))).toMatchObject({
      text: 'yes',
    });
  });

  it('passes over a held turn whose moment never came', () => {
    const held = scenario('', '[one, { text: "held", when: otp }, three]');
    expect(chooseUserMove(view(held, {}, { said: 1 }))).toEqual({
      kind: 'text',
      text: 'three',
      answering: 'turn',
      nextSaid: 3,
    });
  });

  it('fills a named slot from the persona, else says the next turn', () => {
    const slots = scenario('  slots: { amount: "$100" }');
    expect(chooseUserMove(view(slots, { awaiting: 'slot', slot: 'amount' }))).toMatchObject({
      text: '$100',
      answering: 'slot',
      nextSaid: 0,
    });
    expect(chooseUserMove(view(slots, { awaiting: 'slot', slot: 'reason' }))).toMatchObject({
      text: 'first',
      answering: 'turn',
    });
  });

  it('enters the card in the secure form, then says the next turn or "done"', () => {
    const capture = { captureId: 'cap_abc', url: 'http://x/capture/cap_abc' };
    expect(chooseUserMove(view(s, { awaiting: 'card', capture }, { said: 1 }))).toEqual({
      kind: 'card',
      captureId: 'cap_abc',
      card: { number: '4242424242424242', cvv: '123' },
      then: 'second',
      nextSaid: 2,
    });
    expect(chooseUserMove(view(s, { awaiting: 'card', capture }, { said: 2 }))).toMatchObject({
      kind: 'card',
      then: 'done',
      nextSaid: 2,
    });
    // Without a form to fill there is no card to give.
    expect(chooseUserMove(view(s, { awaiting: 'card' }, { said: 2 }))).toMatchObject({
      kind: 'stop',
    });
  });

  it('says a keypad turn as DTMF', () => {
    const keys = scenario('', '[{ dtmf: "1#" }]');
    expect(chooseUserMove(view(keys))).toEqual({
      kind: 'dtmf',
      digits: '1#',
      answering: 'turn',
      nextSaid: 1,
    });
  });
});
