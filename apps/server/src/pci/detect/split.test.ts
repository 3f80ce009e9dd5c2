import { describe, expect, it } from 'vitest';
import { scanPci } from './scan.js';

describe('a card number across messages', () => {
  it('joins this message with the end of the earlier one and names the earlier span', () => {
    const earlier = ['my card is 4242 4242'];
    const scan = scanPci('4242 4242', { earlier });
    expect(scan.blocked).toBe(true);
    expect(scan.findings).toEqual([
      { kind: 'pan', start: 0, end: 9, basis: 'split', brand: 'visa', last4: '4242' },
    ]);
    expect(scan.earlier).toEqual([{ message: 0, start: 11, end: 20, kind: 'pan' }]);
    expect(earlier[0]!.slice(11, 20)).toBe('4242 4242');
  });

  it('follows a number over four messages', () => {
    const scan = scanPci('4242', { earlier: ['hi', 'my visa', '4242', '4242', '4242'] });
    expect(scan.earlier.map((s) => s.message)).toEqual([2, 3, 4]);
    expect(scan.findings[0]?.last4).toBe('4242');
  });

  it('follows "and the rest is", and a spoken continuation', () => {
    expect(scanPci('and the rest is 4242 4242', { earlier: ['card 4242 4242'] }).blocked).toBe(
      true,
    );
    const spoken = scanPci('four two four two four two four two', { earlier: ['visa 4242 4242'] });
    expect(spoken.earlier).toHaveLength(1);
  });

  it('blocks a card-length total among card words even when Luhn fails', () => {
    const scan = scanPci('4242 4241', { earlier: ['my credit card is 4242 4242'] });
    expect(scan.findings[0]?.basis).toBe('split');
  });

  it('completes the expiry and CVV after the split number', () => {
    const scan = scanPci('4242 4242 12/27 123', { earlier: ['card 4242 4242'] });
    expect(scan.findings.map((f) => f.kind)).toEqual(['pan', 'expiry', 'cvv']);
  });

  it('does not join unrelated numbers', () => {
    for (const [current, earlier] of [
      ['555-876-5432', ['555-234-5678']],
      ['5678 thanks', ['my phone is 555 234']],
      ['9012 3456', ['my account number is 1234 5678']],
      ['and my phone is 555-234-5678', ['my zip is 80202']],
      ['4242', ['card ending 4242 4242 4242']],
      ['4242 4242', ['hello', 'how are you']],
    ] as const)
      expect(scanPci(current, { earlier }).blocked, current).toBe(false);
  });

  it('answers a label that ended the previous message', () => {
    expect(scanPci('123', { earlier: ['and my cvv is'] }).findings[0]?.kind).toBe('cvv');
    expect(scanPci('4321', { earlier: ['my PIN:'] }).findings[0]?.kind).toBe('pin');
  });

  it('keeps no digits between calls', () => {
    scanPci('4242 4242', { earlier: ['card 4242 4242'] });
    expect(scanPci('4242 4242').blocked).toBe(false);
  });
});
