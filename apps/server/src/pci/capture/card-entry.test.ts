import { describe, expect, it } from 'vitest';
import { checkCardNumber, checkCvv, checkExpiry } from './card-entry.js';

const today = { year: 2026, month: 11 };

describe('card entry checks', () => {
  it('takes a card number in any keypad or form shape', () => {
    expect(checkCardNumber('4242424242424242#')).toEqual({
      ok: true,
      value: { pan: '4242424242424242', brand: 'visa' },
    });
    expect(checkCardNumber('3782 822463 10005')).toMatchObject({
      ok: true,
      value: { brand: 'amex' },
    });
    expect(checkCardNumber('2223-0031-2200-3222')).toMatchObject({
      ok: true,
      value: { brand: 'mastercard' },
    });
    expect(checkCardNumber('6205500000000000004')).toMatchObject({
      ok: true,
      value: { brand: 'unionpay' },
    });
  });

  it('refuses a bad number without repeating it', () => {
    for (const entry of [
      '4242424242424241',
      '1234',
      '9999999999999995',
      'four two',
      '4242 4242 4242 424x',
      '',
    ]) {
      const checked = checkCardNumber(entry);
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.field).toBe('number');
        expect(checked.message).not.toMatch(/\d{4}/);
      }
    }
  });

  it('reads the expiry as MMYY or MM/YY(YY) and refuses a month that is over', () => {
    expect(checkExpiry('1229', today)).toEqual({
      ok: true,
      value: { expMonth: 12, expYear: 2029 },
    });
    expect(checkExpiry('08/2030', today)).toEqual({
      ok: true,
      value: { expMonth: 8, expYear: 2030 },
    });
    expect(checkExpiry('11/26', today)).toMatchObject({ ok: true });
    expect(checkExpiry('10/26', today)).toMatchObject({
      ok: false,
      message: 'that card has expired',
    });
    expect(checkExpiry('13/28', today)).toMatchObject({ ok: false, field: 'expiry' });
    expect(checkExpiry('0/28', today)).toMatchObject({ ok: false });
    expect(checkExpiry('12/60', today)).toMatchObject({
      ok: false,
      message: 'that expiry date is too far ahead',
    });
    expect(checkExpiry('soon', today)).toMatchObject({ ok: false });
  });

  it('wants 4 digits of CID on Amex and 3 elsewhere', () => {
    expect(checkCvv('123', 'visa')).toEqual({ ok: true, value: '123' });
    expect(checkCvv('1234#', 'amex')).toEqual({ ok: true, value: '1234' });
    expect(checkCvv('123', 'amex')).toMatchObject({
      ok: false,
      field: 'cvv',
      message: expect.stringContaining('4 digits'),
    });
    expect(checkCvv('12a', 'mastercard')).toMatchObject({ ok: false });
  });
});
