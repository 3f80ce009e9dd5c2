import { describe, expect, it } from 'vitest';
import { cardBrandOf, cvvLengthFor, isValidPan, luhnValid } from './card-brands.js';

describe('card brands by IIN and length (RULES.md §7.1)', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['4222222222222', 'visa'],
    ['4000000000000000006', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['2720990000000007', 'mastercard'],
    ['378282246310005', 'amex'],
    ['371449635398431', 'amex'],
    ['6011111111111117', 'discover'],
    ['6445644564456445', 'discover'],
    ['6221260000000000', 'discover'],
    ['3566002020360505', 'jcb'],
    ['30569309025904', 'diners'],
    ['36227206271667', 'diners'],
    ['6200000000000005', 'unionpay'],
    ['6205500000000000004', 'unionpay'],
    ['6759649826438453', 'maestro'],
  ])('%s is %s', (pan, brand) => {
    expect(cardBrandOf(pan)).toBe(brand);
  });

  it('knows the Mastercard 2-series boundaries', () => {
    expect(cardBrandOf('2220990000000000')).toBeNull();
    expect(cardBrandOf('2221000000000009')).toBe('mastercard');
    expect(cardBrandOf('2721000000000000')).toBeNull();
  });

  it('refuses a known prefix at a length the network does not issue', () => {
    expect(cardBrandOf('37828224631000')).toBeNull();
    expect(cardBrandOf('55555555555544441')).toBeNull();
    expect(cardBrandOf('42424242424242')).toBeNull();
    expect(cardBrandOf('9999999999999995')).toBeNull();
    expect(cardBrandOf('4242 4242 4242 4242')).toBeNull();
  });

  it('checks Luhn', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4242-4242')).toBe(false);
    expect(isValidPan('4242424242424241')).toBe(false);
    expect(isValidPan('378282246310005')).toBe(true);
  });

  it('asks for 4 digits of CID on Amex and 3 elsewhere', () => {
    expect(cvvLengthFor('amex')).toBe(4);
    expect(cvvLengthFor('visa')).toBe(3);
  });
});
