import { describe, expect, it } from 'vitest';
import { worthReading } from './suspect.js';

describe('the second gate', () => {
  it('lets through every sign of card data', () => {
    for (const text of [
      '4111 1111 1111 1111',
      '４１',
      '1\u200b2',
      'four two',
      'cvv 123',
      'pin 1234',
      'exp 12/27',
      'expires 12/27',
      'ssn 123456789',
      'social 123',
      'security code 123',
      'digits on the back 123',
      'card 12/2027',
      'card December 2027',
      'card code 123',
      '123-45-6789',
      '4 four',
    ])
      expect(worthReading(text), text).toBe(true);
  });

  it('stops ordinary numbers', () => {
    for (const text of [
      '$45.99',
      'on 11/21',
      'call (555) 234-5678',
      'your code is 482913',
      'order #12345678',
    ])
      expect(worthReading(text), text).toBe(false);
  });

  it('lets through card numbers in every form (the accuracy suite checks the full corpus)', () => {
    for (const text of [
      '4242424242424242',
      '+1 4242 4242 4242 4242',
      '42 42 42 42 42 42 42 42',
      '4242\u00a04242\u00a04242\u00a04242',
      '4242–4242–4242–4242',
      'four two four two',
      'forty-two forty-two',
      '４２４２',
      '𝟒𝟐𝟒𝟐',
    ])
      expect(worthReading(text), text).toBe(true);
  });

  it('does not take a full date for a month and year, nor a currency sign for a separator', () => {
    for (const text of ['21.11.2026', '1/5/2024', '£45.99', '€12', 'card ••4242'])
      expect(worthReading(text), text).toBe(false);
  });
});
