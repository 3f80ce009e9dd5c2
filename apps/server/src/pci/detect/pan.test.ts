import { describe, expect, it } from 'vitest';
import { scanPci } from './scan.js';

const pans = (text: string) =>
  scanPci(text)
    .findings.filter((f) => f.kind === 'pan')
    .map((f) => ({
      basis: f.basis,
      brand: f.brand,
      last4: f.last4,
      text: text.slice(f.start, f.end),
    }));

describe('card numbers', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['4242 4242 4242 4242', 'visa'],
    ['4242-4242-4242-4242', 'visa'],
    ['4242.4242.4242.4242', 'visa'],
    ['4242/4242/4242/4242', 'visa'],
    ['4242 4242-4242.4242', 'visa'],
    ['3782 822463 10005', 'amex'],
    ['30569309025904', 'diners'],
    ['2223 0031 2200 3222', 'mastercard'],
    ['42 42 42 42 42 42 42 42', 'visa'],
    ['4 2 4 2 4 2 4 2 4 2 4 2 4 2 4 2', 'visa'],
    ['424 242 424 242 4242', 'visa'],
    ['4000000000000000006', 'visa'],
    ['6205500000000000004', 'unionpay'],
    ['6759649826438453', 'maestro'],
    ['４２４２ ４２４２ ４２４２ ４２４２', 'visa'],
  ])('finds %s without any card word (%s)', (pan, brand) => {
    const [found] = pans(`here you go: ${pan} thanks`);
    expect(found).toMatchObject({ basis: 'luhn', brand, text: pan });
  });

  it('reports the brand and last four, never the digits', () => {
    const { findings } = scanPci('my card is 4242 4242 4242 4242');
    expect(findings).toEqual([
      { kind: 'pan', start: 11, end: 30, basis: 'luhn', brand: 'visa', last4: '4242' },
    ]);
  });

  it('flags a card-length number among card words even when Luhn fails', () => {
    expect(pans('my card number is 4242 4242 4242 4241')[0]).toMatchObject({
      basis: 'context',
      last4: '4241',
    });
    expect(pans('credit card 7777 7777 7777 7777')[0]?.basis).toBe('context');
    expect(pans('here is 4242 4242 4242 4241')).toEqual([]);
  });

  it('reads a spoken card number', () => {
    expect(
      pans('visa four two four two four two four two four two four two four two four two')[0],
    ).toMatchObject({
      basis: 'spoken',
      last4: '4242',
    });
    expect(
      pans('forty-two forty-two forty-two forty-two forty-two forty-two forty-two forty-two')[0]
        ?.last4,
    ).toBe('4242');
  });

  it('separates a card number from its expiry and CVV in the same run', () => {
    const { findings } = scanPci('4111 1111 1111 1111 12/27 123');
    expect(findings.map((f) => [f.kind, f.last4])).toEqual([
      ['pan', '1111'],
      ['expiry', undefined],
      ['cvv', undefined],
    ]);
  });

  it('leaves safe and other numbers alone', () => {
    for (const text of [
      'card ending in 4242',
      '•••• 4242',
      '**** **** **** 4242',
      'XXXX-XXXX-XXXX-4242',
      '424242******4242',
      'call me at +1 (555) 234-5678',
      '+57 601 234 5678',
      'order 112-3456789-1234567',
      'ts=1732190000123',
      'created 1732190000123 card',
      '550e8400-e29b-41d4-a716-446655440000',
      'server 192.168.100.200',
      'card reader at 192.168.100.200',
      '2026-11-21 2026-11-22',
      'I paid 4,665.36 4,731.51 4,209.45',
      'IBAN GB29 NWBK 6016 1331 9268 19',
      'USPS 9400 1118 9922 3344 5566 77',
      'TXN-20261121-4F7K2Q',
    ])
      expect(pans(text), text).toEqual([]);
  });

  it('takes another kind of label as the meaning of an unseparated number', () => {
    expect(pans('order 4242424242424242')).toEqual([]);
    expect(pans('tracking number 4242424242424242')).toEqual([]);
    // Grouped in fours it is a card whatever the label says.
    expect(pans('order 4242 4242 4242 4242')).toHaveLength(1);
    // "card account" is the card's own label; at a bank "account" alone does not clear a card.
    expect(pans('my card account 4242424242424242')).toHaveLength(1);
    expect(pans('my account 4242424242424242')).toHaveLength(1);
    expect(pans('account number 0123456789012')).toEqual([]);
  });

  it('reads a 13-digit number as a timestamp only when it is labelled as one', () => {
    expect(pans('ts=4012888888881')).toEqual([]);
    expect(pans('it is 4012888888881')).toHaveLength(1);
  });
});
