import { describe, expect, it } from 'vitest';
import { containsCardData, redactPci, redactSpans } from './index.js';

describe('redaction', () => {
  it('removes each finding with a label', () => {
    expect(
      redactPci('card 4111 1111 1111 1111 exp 12/27 cvv 123, pin 9876, ssn 123-45-6789').text,
    ).toBe(
      'card [card number removed] exp [expiry removed] cvv [security code removed], pin [PIN removed], ssn [SSN removed]',
    );
    expect(redactPci(';4111111111111111=27121010000000000000?').text).toBe('[track data removed]');
  });

  it('masks a card to its last four in mask style', () => {
    expect(redactPci('use 4242 4242 4242 4242 please', { style: 'mask' }).text).toBe(
      'use •••• 4242 please',
    );
    expect(redactPci('cvv 123', { style: 'mask' }).text).toBe('cvv [security code removed]');
  });

  it('leaves text without card data as it is, masked forms included', () => {
    for (const text of ['hello', 'card ending 4242', '•••• 4242', 'call 555-234-5678'])
      expect(redactPci(text).text).toBe(text);
  });

  it('redacts the earlier spans a scan reported', () => {
    const earlier = ['my card is 4242 4242'];
    const { text, scan } = redactPci('4242 4242', { earlier });
    expect(text).toBe('[card number removed]');
    const span = scan.earlier[0]!;
    expect(redactSpans(earlier[0]!, [span])).toBe('my card is [card number removed]');
    expect(redactSpans(earlier[0]!, [span], 'mask')).toBe('my card is ••••');
  });

  it('merges overlapping spans', () => {
    expect(
      redactSpans('abcdefgh', [
        { start: 1, end: 4, kind: 'pan' },
        { start: 3, end: 6, kind: 'cvv' },
      ]),
    ).toBe('a[card number removed]gh');
  });

  it('answers containsCardData', () => {
    expect(containsCardData('4242424242424242')).toBe(true);
    expect(containsCardData('cvv 123')).toBe(true);
    expect(containsCardData('card ending 4242')).toBe(false);
  });
});
