import { describe, expect, it } from 'vitest';
import { extractEntities, matchMerchant } from './index.js';

/** Descriptors as the demo bank's statements carry them, with banking lines that must never match. */
const merchants = [
  'AMZN MKTP US*2K4L81VW3',
  'ELECTRONICS STORE',
  'XYZ RESTAURANT',
  'SQ *BLUE BOTTLE COFFEE',
  'TST* SHAKE SHACK',
  'NETFLIX.COM',
  'STARBUCKS STORE 09871',
  'ONLINE TRANSFER TO SAVINGS',
  'PAYROLL DEPOSIT ACME',
  'CHECK 1234',
];

describe('matchMerchant, when the engine asked which merchant', () => {
  const cases: [string, string, string][] = [
    ['Amazon', 'Amazon', 'AMZN MKTP US*2K4L81VW3'],
    ['Electronics Store', 'Electronics Store', 'ELECTRONICS STORE'],
    ['XYZ Restaurant', 'XYZ Restaurant', 'XYZ RESTAURANT'],
    ['blue bottle', 'blue bottle', 'SQ *BLUE BOTTLE COFFEE'],
    ['shake shack', 'shake shack', 'TST* SHAKE SHACK'],
    ['it was at shake shack I think', 'shake shack', 'TST* SHAKE SHACK'],
    ['the amazon one', 'amazon', 'AMZN MKTP US*2K4L81VW3'],
    ['blue botle', 'blue botle', 'SQ *BLUE BOTTLE COFFEE'],
    ['starbucks', 'starbucks', 'STARBUCKS STORE 09871'],
  ];

  it.each(cases)('%s', (text, said, matched) => {
    const found = matchMerchant(text, merchants);
    expect(found?.text).toBe(said);
    expect(found?.matched).toBe(matched);
    expect(found?.score).toBeGreaterThanOrEqual(0.6);
  });

  it.each(['Target', 'the store', 'coffee', 'yes', '', 'a transfer', 'Comcast', 'the com one'])(
    'no match: %s',
    (text) => {
      expect(matchMerchant(text, merchants)).toBeUndefined();
    },
  );

  it('matches nothing against an empty list', () => {
    expect(matchMerchant('Amazon', [])).toBeUndefined();
  });
});

describe('merchants in free text', () => {
  const ctx = { now: new Date('2024-01-16T18:00:00Z'), timeZone: 'America/Denver', merchants };
  const merchantOf = (text: string, withList = true) =>
    extractEntities(text, withList ? ctx : { ...ctx, merchants: undefined }).merchant;

  it.each([
    ['The $250 charge at Electronics Store yesterday', 'Electronics Store', 'ELECTRONICS STORE'],
    ['I want to dispute a charge for $75 at XYZ Restaurant', 'XYZ Restaurant', 'XYZ RESTAURANT'],
    ["a charge from Amazon that I didn't make", 'Amazon', 'AMZN MKTP US*2K4L81VW3'],
    ['this shake shack charge', 'shake shack', 'TST* SHAKE SHACK'],
    ['did netflix charge me twice?', 'netflix', 'NETFLIX.COM'],
    ['what did I spend at the coffee shop blue bottle', 'blue bottle', 'SQ *BLUE BOTTLE COFFEE'],
  ])('%s', (text, said, matched) => {
    expect(merchantOf(text)).toMatchObject({ text: said, matched });
  });

  it('reports a merchant after "at" or "from" as said when nothing matches', () => {
    expect(merchantOf('a charge at Target last week')).toEqual({ text: 'Target', score: 0 });
    expect(merchantOf('The $250 charge at Electronics Store yesterday', false)).toEqual({
      text: 'Electronics Store',
      score: 0,
    });
  });

  it.each([
    'I want to transfer $500 from checking to savings',
    "What's happening with my dispute from last week?",
    'I need to stop payment on check number 1234',
    "I see charges on my card I didn't make",
    'what did I spend at the store',
    'the first charge',
    'a transfer to savings',
  ])('names no merchant: %s', (text) => {
    expect(merchantOf(text)).toBeUndefined();
  });
});
