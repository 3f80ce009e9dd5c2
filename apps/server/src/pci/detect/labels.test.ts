import { describe, expect, it } from 'vitest';
import { scanPci } from './scan.js';
import type { PciKind } from './types.js';

const found = (text: string) =>
  scanPci(text).findings.map((f) => [f.kind, text.slice(f.start, f.end)] as [PciKind, string]);

describe('CVV, PIN, expiry and SSN by their words', () => {
  it.each([
    ['CVV 123', 'cvv', '123'],
    ['cvc2: 1234', 'cvv', '1234'],
    ['123 is the cvv', 'cvv', '123'],
    ['the security code is 987', 'cvv', '987'],
    ['the three digits on the back are 321', 'cvv', '321'],
    ['card verification value 456', 'cvv', '456'],
    ['my cvv is one two three', 'cvv', 'one two three'],
    ['PIN 1234', 'pin', '1234'],
    ['my pin number is 987654', 'pin', '987654'],
    ['the pin is four three two one', 'pin', 'four three two one'],
    ['exp 12/27', 'expiry', '12/27'],
    ['valid thru 08/2029', 'expiry', '08/2029'],
    ['expiry date: 0827', 'expiry', '0827'],
    ['my card expires December 2027', 'expiry', 'December 2027'],
    ['card 12/2027', 'expiry', '12/2027'],
    ['ssn 123-45-6789', 'ssn', '123-45-6789'],
    ['123-45-6789', 'ssn', '123-45-6789'],
    ['my social security number is 123 45 6789', 'ssn', '123 45 6789'],
    ['SSN: 123456789', 'ssn', '123456789'],
  ])('%s → %s', (text, kind, span) => {
    expect(found(text)).toEqual([[kind, span]]);
  });

  it('takes an expiry and CVV right after a card number without words', () => {
    expect(found('4111111111111111, 12/27, 123').map(([kind]) => kind)).toEqual([
      'pan',
      'expiry',
      'cvv',
    ]);
  });

  it('leaves masked cards, other codes and other dates alone', () => {
    for (const text of [
      'card ending 4242',
      'Visa ending in 4242, what is the cvv?',
      'last four 4242 PIN reset',
      'your verification code is 1234',
      'one-time code 482913',
      'on 12/27 I paid $123',
      'the promo expires 12/31',
      'I paid $123 for the card',
      'ssn 000-12-3456',
      'ssn 666-12-3456',
      'ssn 900-12-3456',
      'ssn 123-00-4567',
      'ssn 123-45-0000',
      'ref 123-45-6789',
      'zip 80202-1234',
      'I have had this card since 2019',
    ])
      expect(found(text), text).toEqual([]);
  });
});
