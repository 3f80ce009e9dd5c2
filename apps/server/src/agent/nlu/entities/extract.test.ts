import { describe, expect, it } from 'vitest';
import { extractEntities } from './index.js';
import type { Entities, EntityContext } from './index.js';

/** Monday 15 January 2024, 11:30 pm in Denver (already Tuesday in UTC). */
const ctx: EntityContext = {
  now: new Date('2024-01-16T06:30:00Z'),
  timeZone: 'America/Denver',
  merchants: [
    'AMZN MKTP US*2K4L81VW3',
    'ELECTRONICS STORE',
    'XYZ RESTAURANT',
    'SQ *BLUE BOTTLE COFFEE',
    'TST* SHAKE SHACK',
    'ONLINE TRANSFER TO SAVINGS',
    'CHECK 1234',
  ],
};

const empty: Entities = { amountsCents: [], accounts: [], last4s: [] };

describe('extractEntities on the seed dialogues', () => {
  const seeds: [string, Partial<Entities>][] = [
    ["What's my checking balance?", { accounts: [{ kind: 'checking' }] }],
    ['+1-555-234-5678', { phone: '+15552345678' }],
    [
      'I want to transfer $500 from checking to savings',
      {
        amountsCents: [50000],
        accounts: [
          { kind: 'checking', role: 'from' },
          { kind: 'savings', role: 'to' },
        ],
      },
    ],
    ['123456', { otpCode: '123456' }],
    ['I need to stop payment on check number 1234', { checkNumber: '1234' }],
    ['789012', { otpCode: '789012' }],
    ['Johnson', {}],
    ["I see charges on my card I didn't make", {}],
    [
      'The $250 charge at Electronics Store yesterday',
      {
        amountsCents: [25000],
        dateRange: { from: '2024-01-14', to: '2024-01-14', text: 'yesterday' },
        merchant: { text: 'Electronics Store', matched: 'ELECTRONICS STORE', score: 1 },
      },
    ],
    [
      'I want to dispute a charge for $75 at XYZ Restaurant',
      {
        amountsCents: [7500],
        merchant: { text: 'XYZ Restaurant', matched: 'XYZ RESTAURANT', score: 1 },
      },
    ],
    [
      "I see a charge for $247.89 from Amazon that I didn't make",
      {
        amountsCents: [24789],
        merchant: { text: 'Amazon', matched: 'AMZN MKTP US*2K4L81VW3', score: 1 },
      },
    ],
    [
      "What's happening with my dispute from last week?",
      // The calendar week before this one, Sunday to Saturday.
      { dateRange: { from: '2024-01-07', to: '2024-01-13', text: 'last week' } },
    ],
    ['Can I add that I was out of the country when this happened?', {}],
  ];

  it.each(seeds)('%s', (line, expected) => {
    expect(extractEntities(line, ctx)).toEqual({ ...empty, ...expected });
  });
});

describe('extractEntities keeps each number to one meaning', () => {
  const cases: [string, Partial<Entities>][] = [
    ['check number 1234', { checkNumber: '1234' }],
    ['the one ending in 4521', { accounts: [{ last4: '4521' }], last4s: ['4521'] }],
    ['born March 14 1985', { dateOfBirth: '1985-03-14' }],
    ['March 14 1985', { dateOfBirth: '1985-03-14' }],
    ['DISPUTE-20240115-001', { caseNumber: 'DISPUTE-20240115-001' }],
    ['case #FRAUD-20240115-001 please', { caseNumber: 'FRAUD-20240115-001' }],
    ['call me on 555-234-5678', { phone: '+15552345678' }],
    ['the code is 123 456', { otpCode: '123456' }],
    ['my zip code is 80202', { zip: '80202' }],
    ['80202', { zip: '80202' }],
    ['check #1234 for $150', { amountsCents: [15000], checkNumber: '1234' }],
    [
      'pay 500 on 12/15',
      { amountsCents: [50000], dateRange: { from: '2023-12-15', to: '2023-12-15', text: '12/15' } },
    ],
    [
      // chrono alone reads "12.50 on 3/4" as a time of day.
      'paid 12.50 on 3/4',
      { amountsCents: [1250], dateRange: { from: '2024-03-04', to: '2024-03-04', text: '3/4' } },
    ],
    [
      'move 200 into my savings from checking ending in 4521',
      {
        amountsCents: [20000],
        accounts: [
          { kind: 'savings', role: 'to' },
          { kind: 'checking', last4: '4521', role: 'from' },
        ],
        last4s: ['4521'],
      },
    ],
    [
      'I paid $1,104.24 and then $75 on Tuesday',
      {
        amountsCents: [110424, 7500],
        // A bare weekday is the last one: Tuesday the 9th, not tomorrow.
        dateRange: { from: '2024-01-09', to: '2024-01-09', text: 'on Tuesday' },
      },
    ],
  ];

  it.each(cases)('%s', (line, expected) => {
    expect(extractEntities(line, ctx)).toEqual({ ...empty, ...expected });
  });

  it('reads nothing into a message with no entities', () => {
    expect(extractEntities('hello, can you help me?', ctx)).toEqual(empty);
    expect(extractEntities('', ctx)).toEqual(empty);
  });
});
