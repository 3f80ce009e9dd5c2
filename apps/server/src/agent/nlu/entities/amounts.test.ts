import { describe, expect, it } from 'vitest';
import { extractEntities, parseAmountCents } from './index.js';

const ctx = { now: new Date('2024-01-16T18:00:00Z'), timeZone: 'America/Denver' };
const amounts = (text: string) => extractEntities(text, ctx).amountsCents;

describe('amounts in free text', () => {
  const cases: [string, number[]][] = [
    ['$500', [50000]],
    ['$ 500', [50000]],
    ['500$', [50000]],
    ['500 dollars', [50000]],
    ['500 USD', [50000]],
    ['$1,104.24', [110424]],
    ['1,104.24', [110424]],
    ['247.89', [24789]],
    ['$75', [7500]],
    ['a $75-dollar fee', [7500]],
    ['two hundred forty-seven dollars and eighty-nine cents', [24789]],
    ['eleven hundred and four dollars and twenty four cents', [110424]],
    ['one thousand two hundred and fifty dollars', [125000]],
    ['twenty five hundred dollars', [250000]],
    ['twelve dollars fifty', [1250]],
    ['twelve dollars and fifty cents', [1250]],
    ['ninety nine cents', [99]],
    ['99 cents', [99]],
    ['a hundred bucks', [10000]],
    ['fifty bucks', [5000]],
    ['five grand', [500000]],
    ['a grand', [100000]],
    ['$5k', [500000]],
    ['$2.5k', [250000]],
    ['$1.5 million', [150000000]],
    ['5 hundred dollars', [50000]],
    // A number on its own is money when a verb or noun around it says so.
    ['pay twelve fifty', [1250]],
    ['transfer 5k to savings', [500000]],
    ['transfer one hundred to savings', [10000]],
    ['send John 50', [5000]],
    ['pay my credit card 200 from checking', [20000]],
    ['a charge of 75', [7500]],
    ['the balance is 300', [30000]],
    ['the 250 charge at the gas station', [25000]],
    ['500 to savings please', [50000]],
    ['refund of 19.99', [1999]],
    ['send 20 at 10', [2000]],
    ['I paid $1,104.24 and then $75', [110424, 7500]],
    ['$20 and one more thing', [2000]],
    ['twenty dollars and one more thing', [2000]],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('what amounts must not swallow', () => {
  const cases: string[] = [
    'check number 1234',
    'I need to stop payment on check number 1234',
    'check #1234',
    'ending in 4521',
    'card 4532',
    'x4521',
    '+1-555-234-5678',
    'call me at 555 234 5678',
    '123456',
    'my code is 123 456',
    'March 14 1985',
    'born 03/14/1985',
    'DISPUTE-20240115-001',
    'case dp_1NxQkL2eZvKYlo2CXr5EPQmR',
    'SP-20240115-001',
    'my zip is 80202',
    'my account number is 123456789',
    'six days ago',
    'in 2023',
    'on the 15th',
    // A bare number without a money cue.
    'twelve fifty',
    '500',
    'I have 2 accounts',
    'I paid 2 bills',
    'I was charged 3 times',
    'charged twice in 5 days',
    'the one ending in 4521',
    'send the one',
    'I want to check 5 transactions',
    'it happened at 7pm',
    'about 50%',
    'order 0123',
  ];

  it.each(cases)('%s', (text) => {
    expect(amounts(text)).toEqual([]);
  });
});

describe('parseAmountCents, when the engine asked for an amount', () => {
  const cases: [string, number | undefined][] = [
    ['500', 50000],
    ['$500', 50000],
    ['twelve fifty', 1250],
    ['three fifty', 350],
    ['nineteen ninety-nine', 1999],
    ['twelve oh five', 1205],
    ['two hundred forty-seven', 24700],
    ['a hundred', 10000],
    ['5k', 500000],
    ['it was about 250', 25000],
    ['$1,104.24', 110424],
    ['247.89', 24789],
    ['the $75 one at XYZ', 7500],
    ['check 1234', undefined],
    ['ending in 4521', undefined],
    ['555-234-5678', undefined],
    ['March 14', undefined],
    ['no idea', undefined],
    ['', undefined],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseAmountCents(text)).toBe(expected);
  });
});
