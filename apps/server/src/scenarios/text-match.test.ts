import { describe, expect, it } from 'vitest';
import { anySays, normalizeText, says } from './text-match.js';

describe('normalizeText', () => {
  it('writes every dollar amount the same way', () => {
    expect(normalizeText('$5,647.32 and $200 and $ 7.5 and $1,104.24')).toBe(
      '$5647.32 and $200.00 and $7.50 and $1104.24',
    );
    expect(normalizeText('200 dollars, 75.50 USD')).toBe('$200.00, $75.50');
  });

  it('folds case, dashes, quotes and whitespace', () => {
    expect(normalizeText('  Mother’s   MAIDEN\nname — 5–7 business days ')).toBe(
      "mother's maiden name - 5-7 business days",
    );
  });

  it('leaves digits that are not amounts alone', () => {
    expect(normalizeText('check 1234 ending in 4521')).toBe('check 1234 ending in 4521');
    expect(normalizeText('version 2.0, 12,400 points')).toBe('version 2.0, 12,400 points');
  });
});

describe('says', () => {
  it('matches "$200" to "$200.00" and "$5,647.32" to itself', () => {
    expect(says('with $200.00 in pending transactions', '$200')).toBe(true);
    expect(says('an available balance of $5,647.32.', '$5,647.32')).toBe(true);
    expect(says('Your balance is $5647.32', '$5,647.32')).toBe(true);
  });

  it('does not match an amount inside a larger one', () => {
    expect(says('a transfer of $2,000.00', '$200')).toBe(false);
    expect(says('a fee of $135.00', '$35')).toBe(false);
    expect(says('$20.00', '$200')).toBe(false);
    expect(says('$200.50', '$200')).toBe(false);
  });

  it('is case- and whitespace-insensitive', () => {
    expect(says('Your card ENDING  IN\n4521 is active', 'ending in 4521')).toBe(true);
    expect(says('A replacement will arrive in 5–7 business days.', '5-7 business days')).toBe(true);
  });

  it('never matches an empty phrase', () => {
    expect(says('anything', '   ')).toBe(false);
  });

  it('checks every message', () => {
    expect(anySays(['hello', 'case FRAUD-20240115-AB12CD'], 'fraud-')).toBe(true);
    expect(anySays(['hello', 'there'], 'fraud-')).toBe(false);
  });
});
