import { describe, expect, it } from 'vitest';
import { extractEntities } from './index.js';
import type { AccountRef } from './index.js';

const ctx = { now: new Date('2024-01-16T18:00:00Z'), timeZone: 'America/Denver' };
const extract = (text: string) => extractEntities(text, ctx);

describe('account references', () => {
  const cases: [string, AccountRef[]][] = [
    [
      'I want to transfer $500 from checking to savings',
      [
        { kind: 'checking', role: 'from' },
        { kind: 'savings', role: 'to' },
      ],
    ],
    ['put 200 into my savings', [{ kind: 'savings', role: 'to' }]],
    ['take it out of my checking account', [{ kind: 'checking', role: 'from' }]],
    ['what is my savings account balance', [{ kind: 'savings' }]],
    [
      'pay my credit card with checking',
      [
        { kind: 'credit_card', role: 'to' },
        { kind: 'checking', role: 'from' },
      ],
    ],
    ['pay off my car loan', [{ kind: 'loan', role: 'to' }]],
    ['my mortgage payment', [{ kind: 'loan' }]],
    ['the one ending in 4521', [{ last4: '4521' }]],
    ['move it to the one ending in 4521', [{ last4: '4521', role: 'to' }]],
    ['from account ending 4521', [{ last4: '4521', role: 'from' }]],
    ['from savings ending in 4521', [{ kind: 'savings', last4: '4521', role: 'from' }]],
    ['checking x4521', [{ kind: 'checking', last4: '4521' }]],
    ['my credit card ending in 4532', [{ kind: 'credit_card', last4: '4532' }]],
    ['credit card 4532', [{ kind: 'credit_card', last4: '4532' }]],
    // A debit card is a card, not an account; its last four is still reported.
    ['my card ending in 4532', []],
    ['card 4532', []],
    // Verbs and look-alikes.
    ['check number 1234', []],
    ["I'm saving up for a trip", []],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(extract(text).accounts).toEqual(expected);
  });
});

describe('last fours', () => {
  const cases: [string, string[]][] = [
    ['ending in 4521', ['4521']],
    ['ends with 4521', ['4521']],
    ['the card ending 4532', ['4532']],
    ['card 4532', ['4532']],
    ['card #4532', ['4532']],
    ['x4521', ['4521']],
    ['XX4521', ['4521']],
    ['****4521', ['4521']],
    ['...4521', ['4521']],
    ['last four digits are 4521', ['4521']],
    ['the last 4 is 4521', ['4521']],
    ['last four of my card is 4532', ['4532']],
    ['ending in four five two one', ['4521']],
    ['from checking ending in 4521 to savings ending in 9876', ['4521', '9876']],
    // An account number is not a last four, and neither is an amount.
    ['account 123456789', []],
    ['ending in 45', []],
    ['$4521', []],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(extract(text).last4s).toEqual(expected);
  });

  it('ties each last four to its own account', () => {
    expect(extract('from checking ending in 4521 to savings ending in 9876').accounts).toEqual([
      { kind: 'checking', last4: '4521', role: 'from' },
      { kind: 'savings', last4: '9876', role: 'to' },
    ]);
  });
});
