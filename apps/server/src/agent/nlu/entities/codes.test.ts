import { describe, expect, it } from 'vitest';
import { idPrefixes } from '../../../db/index.js';
import { quotedIdPrefixes } from './case-numbers.js';
import { extractEntities, parseOtpCode } from './index.js';

const ctx = { now: new Date('2024-01-16T18:00:00Z'), timeZone: 'America/Denver' };
const extract = (text: string) => extractEntities(text, ctx);

describe('parseOtpCode', () => {
  const codes: [string, string][] = [
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['12 34 56', '123456'],
    ['it’s 789012', '789012'],
    ['my code is 024 680.', '024680'],
    ['one two three four five six', '123456'],
    ['one two three, four five six', '123456'],
    ['oh two four six eight oh', '024680'],
    ['Oh, one two three four five six', '123456'],
    ['twelve thirty-four fifty-six', '123456'],
    ['double one two three four five', '112345'],
  ];
  it.each(codes)('%s', (text, code) => {
    expect(parseOtpCode(text)).toBe(code);
  });

  const notCodes: string[] = [
    '12345',
    '1234567',
    'one two three four five',
    '555-234-5678',
    '$123456',
    '#123456',
    '12 3456',
    'DISPUTE-20240115-001',
    'I did not get a code',
  ];
  it.each(notCodes)('not a code: %s', (text) => {
    expect(parseOtpCode(text)).toBeUndefined();
  });
});

describe('case and confirmation numbers', () => {
  const cases: [string, string | undefined][] = [
    ['DISPUTE-20240115-001', 'DISPUTE-20240115-001'],
    ["what's the status of case #FRAUD-20240115-001?", 'FRAUD-20240115-001'],
    ['confirmation txn-20261121-4f7k2q', 'TXN-20261121-4F7K2Q'],
    ['SP-20240115-001', 'SP-20240115-001'],
    ['PAY-20240115-A1B2C3', 'PAY-20240115-A1B2C3'],
    ['DSP-20240115-7KQ2MX', 'DSP-20240115-7KQ2MX'],
    ['ZEL-20240115-7KQ2MX', 'ZEL-20240115-7KQ2MX'],
    ['Case #dp_1NxQkL2eZvKYlo2CXr5EPQmR', 'dp_1NxQkL2eZvKYlo2CXr5EPQmR'],
    ['my dispute dp_abc123', 'dp_abc123'],
    ['transfer tr_4F7K2Qa9b8c7d6e5f4g3h2j1', 'tr_4F7K2Qa9b8c7d6e5f4g3h2j1'],
    // Ids that are never shown to a customer are no case numbers.
    ['sess_4F7K2Qa9b8c7d6e5f4g3h2j1', undefined],
    ['2024-01-15', undefined],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(extract(text).caseNumber).toBe(expected);
  });

  it('quotes only prefixes the store really issues', () => {
    const issued = new Set<string>(Object.values(idPrefixes));
    for (const prefix of quotedIdPrefixes) expect(issued).toContain(prefix);
  });
});

describe('check numbers', () => {
  const cases: [string, string | undefined][] = [
    ['I need to stop payment on check number 1234', '1234'],
    ['check #1234', '1234'],
    ['check # 1234', '1234'],
    ['check no. 1234', '1234'],
    ['cheque 1234', '1234'],
    ['stop check 1042 please', '1042'],
    ['check number one two three four', '1234'],
    ['check number 7', '7'],
    // "check" the verb.
    ['can you check 5 things', undefined],
    ['check my balance', undefined],
    ['checking 4521', undefined],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(extract(text).checkNumber).toBe(expected);
  });
});

describe('ZIP codes', () => {
  const cases: [string, string | undefined][] = [
    ['80202', '80202'],
    ['80202-1234', '80202'],
    ['eight oh two oh two', '80202'],
    ['my zip is 80202', '80202'],
    ['zip code: 10001', '10001'],
    ['postal code 94107', '94107'],
    // Five digits inside a sentence, unlabelled, are no ZIP.
    ['I paid 80202 times', undefined],
    ['12345 is my check', undefined],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(extract(text).zip).toBe(expected);
  });
});
