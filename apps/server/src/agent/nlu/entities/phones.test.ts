import { describe, expect, it } from 'vitest';
import { extractEntities, parsePhone } from './index.js';

describe('parsePhone', () => {
  const written: [string, string][] = [
    ['+1-555-234-5678', '+15552345678'],
    ['+1 (555) 234-5678', '+15552345678'],
    ['(555) 234-5678', '+15552345678'],
    ['555-234-5678', '+15552345678'],
    ['555.234.5678', '+15552345678'],
    ['555 234 5678', '+15552345678'],
    ['5552345678', '+15552345678'],
    ['1 555 234 5678', '+15552345678'],
    ['15552345678', '+15552345678'],
    ['my number is 303-555-0142, thanks', '+13035550142'],
    ['+44 20 7946 0958', '+442079460958'],
  ];
  it.each(written)('typed: %s', (text, e164) => {
    expect(parsePhone(text)).toBe(e164);
  });

  const spoken: [string, string][] = [
    ['five five five two three four five six seven eight', '+15552345678'],
    ['five five five, two three four, five six seven eight', '+15552345678'],
    ['five five five two three four fifty-six seventy-eight', '+15552345678'],
    ['three oh three five five five oh one four two', '+13035550142'],
    ['three oh three, triple five, oh one four two', '+13035550142'],
    ['one five five five two three four five six seven eight', '+15552345678'],
    ['it is 555 two three four 5678', '+15552345678'],
  ];
  it.each(spoken)('spoken: %s', (text, e164) => {
    expect(parsePhone(text)).toBe(e164);
  });

  const notPhones: string[] = [
    '123456',
    'one two three four five six',
    '555-2345',
    '1234567890',
    '0552345678',
    '$5552345678',
    '4111 1111 1111 1111',
    '2024-01-15',
    'DISPUTE-20240115-001',
    '03/14/1985',
    'oh, hello',
  ];
  it.each(notPhones)('not a phone: %s', (text) => {
    expect(parsePhone(text)).toBeUndefined();
  });
});

describe('phones in a whole message', () => {
  const ctx = { now: new Date('2024-01-16T18:00:00Z'), timeZone: 'America/Denver' };

  it('finds no phone in a six-digit code, typed or spoken', () => {
    for (const text of ['123456', '123 456', 'one two three four five six']) {
      const found = extractEntities(text, ctx);
      expect(found.phone).toBeUndefined();
      expect(found.otpCode).toBe('123456');
    }
  });

  it('reads the phone and leaves the rest to other readers', () => {
    const found = extractEntities('call 555-234-5678 about the $40 charge', ctx);
    expect(found.phone).toBe('+15552345678');
    expect(found.amountsCents).toEqual([4000]);
    expect(found.otpCode).toBeUndefined();
  });
});
